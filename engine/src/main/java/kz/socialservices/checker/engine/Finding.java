package kz.socialservices.checker.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One requirement's verdict for one case, with what it rests on.
 *
 * @param evidence      the dates and values used (insertion-ordered), never identifying data
 * @param dueDate       for PENDING, when the duty falls due; for a deadline finding, the deadline
 * @param missingFields for UNDETERMINED, the case fields that must be completed
 * @param anchorDate    the requirement's anchor date in this case (the date that picked the edition),
 *                      or null where it is not recorded or had not happened by the as-of date; audits
 *                      count the finding in this date's year
 */
public record Finding(
        String requirement,
        Verdict verdict,
        Severity severity,
        String edition,
        Basis basis,
        String message,
        Map<String, Object> evidence,
        LocalDate dueDate,
        List<String> missingFields,
        LocalDate anchorDate) {

    public Finding {
        // Evidence keeps its insertion order, in a copy no caller can change.
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
        missingFields = missingFields == null ? List.of() : List.copyOf(missingFields);
    }

    /** A finding whose anchor date is not known (or does not matter). */
    public Finding(String requirement, Verdict verdict, Severity severity, String edition, Basis basis, String message,
                   Map<String, Object> evidence, LocalDate dueDate, List<String> missingFields) {
        this(requirement, verdict, severity, edition, basis, message, evidence, dueDate, missingFields, null);
    }

    public Finding withMessage(String newMessage) {
        return new Finding(requirement, verdict, severity, edition, basis, newMessage, evidence, dueDate, missingFields, anchorDate);
    }
}
