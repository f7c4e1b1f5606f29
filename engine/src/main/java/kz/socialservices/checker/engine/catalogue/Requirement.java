package kz.socialservices.checker.engine.catalogue;

import java.util.List;
import java.util.Set;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;

/**
 * One numbered requirement of a standard, as data.
 *
 * @param appliesTo  the kind of case it concerns (a scope the standard's case adapter understands,
 *                   e.g. {@code ADMITTED}); other cases get NOT_APPLICABLE without running rules
 * @param anchor     the case field whose date picks the edition (and scope)
 * @param withoutAnchor the verdict when the anchor date is empty: UNDETERMINED (naming the field)
 *                   or NOT_APPLICABLE (the anchor is the event the requirement is about)
 * @param deadline   where the requirement has one: the date it runs from and its parameter
 * @param verdicts   every verdict the requirement can give; tests must reach each
 * @param inForceFrom for a requirement an amendment adds or replaces, the first anchor date it is judged
 *                   for (earlier anchors are NOT_APPLICABLE, reason {@code notInForce}); null: always
 */
public record Requirement(
        String id,
        String chapter,
        String title,
        Basis basis,
        String source,
        Severity severity,
        String appliesTo,
        String anchor,
        Verdict withoutAnchor,
        Deadline deadline,
        List<String> parameters,
        Set<Verdict> verdicts,
        java.time.LocalDate inForceFrom) {

    public Requirement(String id, String chapter, String title, Basis basis, String source, Severity severity, String appliesTo,
                       String anchor, Verdict withoutAnchor, Deadline deadline, List<String> parameters, Set<Verdict> verdicts) {
        this(id, chapter, title, basis, source, severity, appliesTo, anchor, withoutAnchor, deadline, parameters, verdicts, null);
    }

    /** The same requirement, judged only for anchors on or after {@code date}. */
    public Requirement inForceFrom(java.time.LocalDate date) {
        return new Requirement(id, chapter, title, basis, source, severity, appliesTo, anchor, withoutAnchor, deadline, parameters,
                verdicts, date);
    }

    public record Deadline(String from, String parameter) {
    }
}
