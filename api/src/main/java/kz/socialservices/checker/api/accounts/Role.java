package kz.socialservices.checker.api.accounts;

/**
 * What an account may do. A centre sees its own centre's runs and case keys; the ministry audits
 * across centres and never sees a case key; a drafter simulates, seeing aggregates and flips without
 * case keys; an administrator manages accounts and sees no case data.
 */
public enum Role {
    CENTRE, MINISTRY, DRAFTER, ADMIN;

    /** The authority Spring Security checks ({@code hasRole}). */
    public String authority() {
        return "ROLE_" + name();
    }
}
