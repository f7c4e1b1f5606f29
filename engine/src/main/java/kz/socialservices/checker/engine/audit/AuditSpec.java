package kz.socialservices.checker.engine.audit;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an audit is asked for.
 *
 * @param by          one dimension, or two to be crossed (each is then also shown alone): {@value #CENTRE},
 *                    {@value #YEAR} (of each finding's anchor date) or a dimension of the standard's cases
 * @param asOf        the date the cases were judged as of (overdue and due soon are counted from it)
 * @param minCell     a figure about fewer cases than this is suppressed; never below {@value #LOWEST_MIN_CELL}
 * @param dueSoonDays a pending finding due within this many days of the as-of date is due soon
 * @param years       only findings (and indicator tallies) dated in these years; null for all
 */
public record AuditSpec(List<String> by, LocalDate asOf, int minCell, int dueSoonDays, Years years) {

    public static final String CENTRE = "centre";
    public static final String YEAR = "year";
    public static final int DEFAULT_MIN_CELL = 5;
    /** Below three, a suppressed pair could be two cases whose owners know each other's. */
    public static final int LOWEST_MIN_CELL = 3;
    public static final int DEFAULT_DUE_SOON_DAYS = 14;

    public AuditSpec {
        if (by == null || by.isEmpty()) {
            throw new InvalidAuditException("say what to group by: centre, year or a dimension of the cases");
        }
        by = List.copyOf(new LinkedHashSet<>(by));
        if (by.size() > 2) {
            throw new InvalidAuditException("at most two dimensions are crossed; asked for " + String.join(", ", by));
        }
        if (asOf == null) {
            throw new InvalidAuditException("an audit needs the as-of date of the evaluation");
        }
        if (minCell < LOWEST_MIN_CELL) {
            throw new InvalidAuditException("the smallest cell shown cannot be set below " + LOWEST_MIN_CELL + " cases (asked: " + minCell + ")");
        }
        if (dueSoonDays < 0) {
            throw new InvalidAuditException("due soon cannot be a negative number of days");
        }
    }

    public AuditSpec(List<String> by, LocalDate asOf) {
        this(by, asOf, DEFAULT_MIN_CELL, DEFAULT_DUE_SOON_DAYS, null);
    }
}
