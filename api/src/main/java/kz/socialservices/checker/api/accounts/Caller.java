package kz.socialservices.checker.api.accounts;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in account a request acts for.
 *
 * @param centreId the centre of a CENTRE account; null for the other roles
 */
public record Caller(String name, Role role, String centreId) {

    /** The caller of the current request, if signed in. */
    public static Optional<Caller> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Caller c ? Optional.of(c) : Optional.empty();
    }

    /** The caller of the current request, which the security chain has made sure is signed in. */
    public static Caller require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in caller"));
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Whether this caller may see case keys of the given centre: only a centre, its own. */
    public boolean seesCasesOf(String centre) {
        return role == Role.CENTRE && centreId != null && centreId.equals(centre);
    }
}
