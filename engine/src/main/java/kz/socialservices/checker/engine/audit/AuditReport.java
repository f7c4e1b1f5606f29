package kz.socialservices.checker.engine.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.report.Provenance;

/**
 * An audit's figures, as they may leave a centre: every figure about fewer than {@code minCell} cases,
 * and every figure that would let one be recomputed, is null and named in its row's {@code suppressed}.
 * No case key appears anywhere in it.
 */
public record AuditReport(Settings audit, Input input, List<Grouping> groupings, Provenance provenance) {

    /** The overall row of a group: every requirement together. */
    public static final String ALL = "ALL";
    /** The grouping (and its one value) of every case audited. */
    public static final String TOTAL = "all";

    /** What was asked: the grouping, the as-of date, the threshold, the days counted as due soon, the years. */
    public record Settings(List<String> by, LocalDate asOf, int minCell, int dueSoonDays, String years) {
    }

    /** What the register held: rows read, evaluated, rejected (with the rejections' error codes, counted). */
    public record Input(long rowsRead, long rowsEvaluated, long rowsRejected, long errorCount, Map<String, Long> errorsByCode,
                        Map<String, String> read) {
    }

    /** One way of grouping: by a dimension ({@code region}), two crossed ({@code region|year}), or all cases ({@value #TOTAL}). */
    public record Grouping(String grouping, List<String> dimensions, List<Group> groups) {
    }

    /**
     * @param value  the group's values joined by {@code |} ({@code Almaty city|2021}), or {@value #TOTAL}
     * @param values each dimension's value
     * @param worst  the requirements with the lowest published compliance rates, lowest first
     */
    public record Group(String value, Map<String, String> values, List<RequirementFigures> requirements,
                        List<Worst> worst, List<IndicatorFigures> indicators) {
    }

    /**
     * One requirement's figures in a group ({@value #ALL}: all requirements together, {@code cases} then
     * counting distinct cases and the verdicts counting findings).
     *
     * @param complianceRate   C / (C + NC); null when C + NC = 0, or suppressed
     * @param dataCompleteness 1 - U / (C + NC + P + U); null when there is no such finding, or suppressed
     * @param overdue          non-compliant findings of cases still open at the as-of date
     * @param dueSoon          pending findings due within the due-soon days of the as-of date
     * @param suppressed       the names of the figures withheld
     */
    public record RequirementFigures(String requirement, Long cases, Long compliant, Long nonCompliant, Long pending,
                                     Long undetermined, Long overdue, Long dueSoon, Double complianceRate,
                                     Double dataCompleteness, List<String> suppressed) {
    }

    public record Worst(String requirement, double complianceRate) {
    }

    /**
     * A standard's own indicator in a group (e.g. plan measures done, exit reasons).
     *
     * @param cases the distinct cases that add to it
     * @param total the sum of its categories
     */
    public record IndicatorFigures(String indicator, Long cases, Long total, List<Category> categories, List<String> suppressed) {
    }

    /** @param share count / total; null when suppressed or the total is 0 */
    public record Category(String category, Long count, Double share, List<String> suppressed) {
    }

    /** The grouping of this name; throws when the audit has none. */
    public Grouping grouping(String name) {
        return groupings.stream().filter(g -> g.grouping().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no grouping " + name));
    }
}
