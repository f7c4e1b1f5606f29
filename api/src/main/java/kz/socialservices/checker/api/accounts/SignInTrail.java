package kz.socialservices.checker.api.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.socialservices.checker.api.audittrail.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records sign-ins in the audit trail. The API is stateless (every request carries its credentials), so
 * an account's sign-in is recorded once per {@link #EVERY}, not once per request; what it then does is
 * recorded by each action. A servlet filter after the security chain, so it sees whom the chain signed in.
 */
@Component
class SignInTrail extends OncePerRequestFilter {

    static final Duration EVERY = Duration.ofMinutes(10);

    private final AuditTrail trail;
    private final Map<String, Long> lastRecorded = new ConcurrentHashMap<>();

    SignInTrail(AuditTrail trail) {
        this.trail = trail;
    }

    /** The pages sign in once per session, recorded by their form's success ({@link PageSecurity}). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return java.util.Arrays.stream(ApiSecurity.PATHS).noneMatch(p -> PATH_MATCHER.match(p, request.getRequestURI()));
    }

    private static final org.springframework.util.AntPathMatcher PATH_MATCHER = new org.springframework.util.AntPathMatcher();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller.current().ifPresent(c -> {
            long now = System.nanoTime();
            String how = request.getHeader("Authorization") != null && request.getHeader("Authorization").regionMatches(true, 0, "Bearer ", 0, 7)
                    ? "token" : "password";
            Long before = lastRecorded.get(c.name() + how);
            if (before == null || now - before > EVERY.toNanos()) {
                lastRecorded.put(c.name() + how, now);
                trail.record(c.name(), "signed-in", c.name(), "with=" + how + " role=" + c.role());
            }
        });
        chain.doFilter(request, response);
    }
}
