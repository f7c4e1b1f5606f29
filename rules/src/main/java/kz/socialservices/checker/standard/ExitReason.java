package kz.socialservices.checker.standard;

/** The closed list of reasons to end services (note, Table 11). */
public enum ExitReason {
    PERIOD_ENDED, RECIPIENT_DECISION, TRANSFER, RULES_VIOLATION, UNAUTHORISED_ABSENCE, GOALS_ACHIEVED, DEATH
}
