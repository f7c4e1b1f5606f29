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
        return name(before) + "->" + name(after);
    }

    static String name(Finding f) {
        return f == null ? ABSENT : f.verdict().name();
    }

    /**
     * Whether the two differ in verdict. A requirement that does not concern the case on the side
     * where it exists (NOT_APPLICABLE, OUT_OF_SCOPE) changes nothing by being added or withdrawn.
     */
    static boolean changes(Finding before, Finding after) {
        if (before == null || after == null) {
            Finding present = before == null ? after : before;
            return present != null && present.verdict() != Verdict.NOT_APPLICABLE && present.verdict() != Verdict.OUT_OF_SCOPE;
        }
        return before.verdict() != after.verdict();
    }
}
