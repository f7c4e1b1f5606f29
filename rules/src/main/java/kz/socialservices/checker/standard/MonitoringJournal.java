package kz.socialservices.checker.standard;

import java.time.LocalDate;
import java.util.List;
import kz.socialservices.checker.engine.evaluation.Obligation;

/**
 * MON-01's reading of the monitoring journal: the gaps are plan to first entry, entry to entry,
 * and last entry to the exit (or to the as-of date while open); only entries on or after the plan
 * date count. The interval comes from the obligation's parameter.
 */
public final class MonitoringJournal {

    public static final String INTERVAL = "monitoring.interval_months";

    /** A gap longer than the interval: from an entry (or the plan) to the next one, the exit or the as-of date. */
    public record JournalGap(LocalDate from, LocalDate to, LocalDate entryDueBy) {
    }

    private MonitoringJournal() {
    }

    /** The first gap longer than the interval, as a list of at most one (empty when none). */
    public static List<JournalGap> firstLongGap(Case c, Obligation o) {
        LocalDate previous = c.planDate();
        for (LocalDate entry : entries(c)) {
            LocalDate dueBy = o.lastDayWithin(previous, INTERVAL);
            if (entry.isAfter(dueBy)) {
                return List.of(new JournalGap(previous, entry, dueBy));
            }
            previous = entry;
        }
        LocalDate end = c.exitDate() != null ? c.exitDate() : o.getAsOf();
        LocalDate dueBy = o.lastDayWithin(previous, INTERVAL);
        return end.isAfter(dueBy) ? List.of(new JournalGap(previous, end, dueBy)) : List.of();
    }

    /** When the next entry falls due: the interval after the last entry, or after the plan. */
    public static LocalDate nextDue(Case c, Obligation o) {
        List<LocalDate> entries = entries(c);
        return o.lastDayWithin(entries.isEmpty() ? c.planDate() : entries.get(entries.size() - 1), INTERVAL);
    }

    public static List<LocalDate> entries(Case c) {
        return c.monitoringDates().stream().filter(d -> !d.isBefore(c.planDate())).sorted().toList();
    }
}
