package kz.socialservices.checker.engine.simulation;

import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;

/**
 * One requirement's finding for one case under the current text and under the amended one, each
 * with its message and evidence, so a drafter sees why it changed. {@code before} is null for a
 * requirement the amendment adds, {@code after} for one it withdraws.
 */
public record FindingChange(String requirement, Finding before, Finding after) {

    /** What a requirement that does not exist on one side reads as in a transition. */
    public static final String ABSENT = "ABSENT";

    /** e.g. {@code NON_COMPLIANT->COMPLIANT}, {@code ABSENT->NON_COMPLIANT}. */
    public String transition() {
        return transition(before, after);
    }

    static String transition(Finding before, Finding after) {
        return transition(verdict(before), verdict(after));
    }

    /** The transition between two verdicts, null for a requirement absent on that side: the same words for any two judgements compared. */
    public static String transition(Verdict before, Verdict after) {
        return (before == null ? ABSENT : before.name()) + "->" + (after == null ? ABSENT : after.name());
    }

    private static Verdict verdict(Finding f) {
        return f == null ? null : f.verdict();
    }

    /**
     * Whether the two differ in verdict. A requirement that does not concern the case on the side
     * where it exists (NOT_APPLICABLE, OUT_OF_SCOPE) changes nothing by being added or withdrawn.
     */
    static boolean changes(Finding before, Finding after) {
        return changes(verdict(before), verdict(after));
    }

    /** {@link #changes(Finding, Finding)} on the verdicts alone (null: the requirement absent on that side). */
    public static boolean changes(Verdict before, Verdict after) {
        if (before == null || after == null) {
            Verdict present = before == null ? after : before;
            return present != null && present != Verdict.NOT_APPLICABLE && present != Verdict.OUT_OF_SCOPE;
        }
        return before != after;
    }
}
