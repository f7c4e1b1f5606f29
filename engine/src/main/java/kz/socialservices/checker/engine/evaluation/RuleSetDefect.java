package kz.socialservices.checker.engine.evaluation;

/** The rule set gave a case no verdict or two verdicts for one requirement: a bug, never data's fault. */
public final class RuleSetDefect extends RuntimeException {
    public RuleSetDefect(String message) {
        super(message);
    }
}
