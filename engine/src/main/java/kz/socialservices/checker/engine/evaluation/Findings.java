package kz.socialservices.checker.engine.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.calendar.CalendarNotCoveredException;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.params.ParameterValue;

/**
 * The rules' only way to say something: the global {@code findings} of every session. Each
 * obligation gets exactly one finding; a second one is a defect of the rule set, reported as such.
 */
public final class Findings {

    private final Map<Obligation, Finding> found = new IdentityHashMap<>();

    public void compliant(Obligation o, Object... evidence) {
        add(o, Verdict.COMPLIANT, o.getDue(), List.of(), evidence);
    }

    public void nonCompliant(Obligation o, Object... evidence) {
        add(o, Verdict.NON_COMPLIANT, o.getDue(), List.of(), evidence);
    }

    /** The event happened on or before the deadline. */
    public void onTime(Obligation o, LocalDate done) {
        add(o, Verdict.COMPLIANT, o.getDue(), List.of(), "reason", "onTime", "done", done);
    }

    /**
     * The event happened after the deadline: {@code daysLate} in calendar days and, for a deadline
     * in working days, {@code workingDaysLate} beside it (see {@link #inWorkingDays}).
     */
    public void late(Obligation o, LocalDate done) {
        add(o, Verdict.NON_COMPLIANT, o.getDue(), List.of(), inWorkingDays(o, done, "workingDaysLate",
                "reason", "late", "done", done, "daysLate", ChronoUnit.DAYS.between(o.getDue(), done)));
    }

    /**
     * No record of the event and the deadline has passed (the case closed after it, or is open past it):
     * {@code daysOverdue} in calendar days and, for a deadline in working days, {@code workingDaysOverdue}.
     */
    public void missed(Obligation o, LocalDate closedOn) {
        LocalDate end = closedOn != null ? closedOn : o.getAsOf();
        add(o, Verdict.NON_COMPLIANT, o.getDue(), List.of(), inWorkingDays(o, end, "workingDaysOverdue",
                "reason", closedOn != null ? "missedBeforeClosing" : "missed", "done", null, "until", end,
                "daysOverdue", ChronoUnit.DAYS.between(o.getDue(), end)));
    }

    /**
     * A deadline set in working days is also missed by a number of working days: those after the due
     * date up to and including {@code end}, counted with the holiday calendar, added as {@code key}.
     * When that count runs into a year the calendar does not cover, the verdict stands (the date is
     * after the deadline whatever the calendar) but the count is left out: the evidence says
     * {@code detail: workingDaysNotCounted} and the {@code calendarYear} missing. Other units: unchanged.
     */
    private static Object[] inWorkingDays(Obligation o, LocalDate end, String key, Object... evidence) {
        Requirement.Deadline d = o.getDefinition().deadline();
        if (d == null || o.unit(d.parameter()) != LimitUnit.WORKING_DAYS) {
            return evidence;
        }
        Object[] out = Arrays.copyOf(evidence, evidence.length + 2);
        try {
            out[evidence.length] = key;
            out[evidence.length + 1] = o.calendar().workingDaysAfter(o.getDue(), end);
            return out;
        } catch (CalendarNotCoveredException e) {
            out = Arrays.copyOf(evidence, evidence.length + 4);
            out[evidence.length] = "detail";
            out[evidence.length + 1] = "workingDaysNotCounted";
            out[evidence.length + 2] = "calendarYear";
            out[evidence.length + 3] = e.year();
            return out;
        }
    }

    public void pending(Obligation o, LocalDate dueDate, Object... evidence) {
        add(o, Verdict.PENDING, dueDate, List.of(), evidence);
    }

    public void notApplicable(Obligation o, String reason, Object... evidence) {
        Object[] withReason = new Object[evidence.length + 2];
        withReason[0] = "reason";
        withReason[1] = reason;
        System.arraycopy(evidence, 0, withReason, 2, evidence.length);
        add(o, Verdict.NOT_APPLICABLE, o.getDue(), List.of(), withReason);
    }

    public void undetermined(Obligation o, String... missingFields) {
        add(o, Verdict.UNDETERMINED, o.getDue(), List.of(missingFields));
    }

    /** A limit the rule counts itself runs into a year the holiday calendar does not list yet (see {@link Obligation#uncountedYear}). */
    public void calendarNotCovered(Obligation o, int year) {
        add(o, Verdict.UNDETERMINED, o.getDue(), List.of("calendar:" + year), "reason", "calendarNotCovered", "calendarYear", year);
    }

    /**
     * An optional part of a list item is absent (e.g. a plan measure's {@code outcome_stated}): the
     * missing field is {@code field.part}, and the evidence says which items lack it, so the message
     * can name the part where a column label cannot.
     */
    public void partAbsent(Obligation o, String field, String part, Object... evidence) {
        Object[] withReason = new Object[evidence.length + 4];
        withReason[0] = "reason";
        withReason[1] = "partAbsent";
        withReason[2] = "part";
        withReason[3] = part;
        System.arraycopy(evidence, 0, withReason, 4, evidence.length);
        add(o, Verdict.UNDETERMINED, o.getDue(), List.of(field + "." + part), withReason);
    }

    private void add(Obligation o, Verdict verdict, LocalDate dueDate, List<String> missing, Object... kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException(o.getRequirement() + ": evidence needs name/value pairs");
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            evidence.put((String) kv[i], kv[i + 1]);
        }
        addLimitEvidence(o, evidence);
        Requirement r = o.getDefinition();
        Finding f = new Finding(r.id(), verdict, r.severity(), o.getEdition().id(), o.getEdition().basisOf(r), null,
                evidence, dueDate, missing, o.getAnchorDate());
        Finding earlier = found.put(o, f);
        if (earlier != null) {
            throw new RuleSetDefect(r.id() + ": two rules concluded for one case (" + earlier.verdict()
                    + " and " + verdict + "); the rule set must give exactly one verdict");
        }
    }

    /** Deadline findings show what the limit was and how sure we are of it. */
    private static void addLimitEvidence(Obligation o, Map<String, Object> evidence) {
        Requirement.Deadline d = o.getDefinition().deadline();
        if (d == null || o.getDue() == null) {
            return;
        }
        ParameterValue v = o.value(d.parameter());
        evidence.put("from", d.from());
        evidence.put("fromDate", o.getDeadlineFrom());
        evidence.put("limit", v.value());
        evidence.put("unit", o.unit(d.parameter()).fileName());
        evidence.put("limitBasis", v.basis());
        evidence.put("due", o.getDue());
    }

    /** The finding the rules gave an obligation; a rule gap that left it without one is a defect. */
    Finding of(Obligation o) {
        Finding f = found.get(o);
        if (f == null) {
            throw new RuleSetDefect(o.getRequirement() + ": no rule concluded for a case; the rule set has a gap");
        }
        return f;
    }

}
