package kz.socialservices.checker.engine;

/** The outcome of one requirement for one case. */
public enum Verdict {
    COMPLIANT,
    NON_COMPLIANT,
    /** The case is open and the deadline has not passed at the as-of date. */
    PENDING,
    /** The requirement does not concern this case. */
    NOT_APPLICABLE,
    /** Data needed to judge is missing; never read as compliant. */
    UNDETERMINED,
    /** No edition of the standard was in force at the requirement's anchor date. */
    OUT_OF_SCOPE
}
