package kz.socialservices.checker.api.accounts;

import java.time.Instant;

/** An account as listed (never its password hash). */
public record Account(String name, Role role, String centreId, boolean enabled, Instant lockedUntil, Instant createdAt) {

    public Caller caller() {
        return new Caller(name, role, centreId);
    }
}
