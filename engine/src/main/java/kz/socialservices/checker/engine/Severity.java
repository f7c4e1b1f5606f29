package kz.socialservices.checker.engine;

public enum Severity {
    /** A person's access to protection or shelter was affected. */
    CRITICAL,
    /** A deadline or duty was missed. */
    MAJOR,
    /** Record-keeping. */
    MINOR,
    /** The requirement only prevents a false finding; it never gives a non-compliance. */
    NONE
}
