package kz.socialservices.checker.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Tally;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.RunSummary;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The audit figures of REQUIREMENTS.md ("Audit figures"), from case results built by hand (no rules run). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditTest {

    static final LocalDate AS_OF = LocalDate.parse("2025-12-31");
    static final List<String> REQUIREMENTS = List.of("R-1", "R-2");
    static final Provenance PROVENANCE = new Provenance("run-1", "toy", "0.0.1", "sha256:r", "sha256:p", List.of("E1"), AS_OF,
            "en", null);

    private int next;

    /** A case result: its key is never to appear in an audit. */
    private CaseResult result(String centre, String region, boolean open, LocalDate start, List<Tally> tallies, Finding... findings) {
        return new CaseResult("SECRET-KEY-" + (++next), centre, Map.of("region", region, "ownership", "STATE"), List.of(findings),
                start, open, tallies);
    }

    private CaseResult result(String centre, String region, Finding... findings) {
        return result(centre, region, false, LocalDate.parse("2021-01-01"), List.of(), findings);
    }

    static Finding finding(String requirement, Verdict verdict, String anchor) {
        return finding(requirement, verdict, anchor, null);
    }

    static Finding finding(String requirement, Verdict verdict, String anchor, String due) {
        return new Finding(requirement, verdict, Severity.MAJOR, "E1", Basis.LAW, "m", Map.of(), due == null ? null : LocalDate.parse(due),
                List.of(), anchor == null ? null : LocalDate.parse(anchor));
    }

    static AuditReport audit(AuditSpec spec, List<CaseResult> results) {
        Audit audit = new Audit(spec, REQUIREMENTS, List.of("region", "ownership"), Map.of());
        RunSummary summary = new RunSummary(REQUIREMENTS);
        results.forEach(r -> {
            summary.evaluated(r);
            audit.result(r);
        });
        audit.finish(summary, PROVENANCE);
        return audit.report();
    }

    static AuditSpec by(int minCell, String... dims) {
        return new AuditSpec(List.of(dims), AS_OF, minCell, AuditSpec.DEFAULT_DUE_SOON_DAYS, null);
    }

    static AuditReport.Group group(AuditReport report, String grouping, String value) {
        return report.grouping(grouping).groups().stream().filter(g -> g.value().equals(value)).findFirst().orElseThrow();
    }

    static AuditReport.RequirementFigures row(AuditReport.Group group, String requirement) {
        return group.requirements().stream().filter(f -> f.requirement().equals(requirement)).findFirst().orElseThrow();
    }

    private List<CaseResult> times(int n, java.util.function.Supplier<CaseResult> make) {
        List<CaseResult> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(make.get());
        }
        return out;
    }

    @Test
    void each_verdict_is_counted_per_requirement_and_the_overall_row_counts_distinct_cases_and_all_findings() {
        List<CaseResult> results = new ArrayList<>();
        results.addAll(times(6, () -> result("KC-1", "North", finding("R-1", Verdict.COMPLIANT, "2021-02-01"),
                finding("R-2", Verdict.NON_COMPLIANT, "2021-02-01"))));
        results.addAll(times(4, () -> result("KC-1", "North", finding("R-1", Verdict.UNDETERMINED, null),
                finding("R-2", Verdict.NOT_APPLICABLE, "2021-02-01"))));
        results.addAll(times(3, () -> result("KC-1", "North", finding("R-1", Verdict.OUT_OF_SCOPE, "2016-12-01"),
                finding("R-2", Verdict.COMPLIANT, "2021-03-01"))));
        AuditReport.Group centre = group(audit(by(3, "centre"), results), "centre", "KC-1");

        AuditReport.RequirementFigures r1 = row(centre, "R-1");
        assertThat(List.of(r1.cases(), r1.compliant(), r1.nonCompliant(), r1.pending(), r1.undetermined())).containsExactly(10L, 6L, 0L, 0L, 4L);
        assertThat(r1.complianceRate()).isEqualTo(1.0);
        assertThat(r1.dataCompleteness()).isEqualTo(0.6);
        AuditReport.RequirementFigures r2 = row(centre, "R-2");
        assertThat(List.of(r2.cases(), r2.compliant(), r2.nonCompliant())).containsExactly(9L, 3L, 6L);
        assertThat(r2.complianceRate()).isEqualTo(3.0 / 9);

        AuditReport.RequirementFigures all = centre.requirements().get(0);
        assertThat(all.requirement()).isEqualTo(AuditReport.ALL);
        assertThat(all.cases()).isEqualTo(13L); // every case has a finding that counts
        assertThat(List.of(all.compliant(), all.nonCompliant(), all.undetermined())).containsExactly(9L, 6L, 4L);
        assertThat(all.complianceRate()).isEqualTo(9.0 / 15);
        assertThat(all.dataCompleteness()).isEqualTo(1 - 4.0 / 19);
        assertThat(all.suppressed()).isEmpty();
    }

    @Test
    void a_compliance_rate_without_any_compliant_or_non_compliant_finding_is_undefined_not_zero() {
        List<CaseResult> results = times(5, () -> result("KC-1", "North", true, LocalDate.parse("2025-12-01"), List.of(),
                finding("R-1", Verdict.PENDING, "2025-12-01", "2026-03-01")));
        AuditReport.RequirementFigures r1 = row(group(audit(by(3, "centre"), results), "centre", "KC-1"), "R-1");
        assertThat(r1.pending()).isEqualTo(5L);
        assertThat(r1.complianceRate()).isNull();
        assertThat(r1.suppressed()).isEmpty();
        assertThat(r1.dataCompleteness()).isEqualTo(1.0);
    }

    @Test
    void overdue_counts_non_compliance_of_open_cases_and_due_soon_the_pending_due_within_the_days_asked() {
        List<CaseResult> results = new ArrayList<>();
        results.addAll(times(4, () -> result("KC-1", "North", true, LocalDate.parse("2025-11-01"), List.of(),
                finding("R-1", Verdict.NON_COMPLIANT, "2025-11-01"), finding("R-2", Verdict.PENDING, "2025-11-01", "2026-01-14"))));
        results.addAll(times(3, () -> result("KC-1", "North", false, LocalDate.parse("2025-11-01"), List.of(),
                finding("R-1", Verdict.NON_COMPLIANT, "2025-11-01"), finding("R-2", Verdict.PENDING, "2025-11-01", "2026-01-15"))));
        AuditReport.Group centre = group(audit(by(3, "centre"), results), "centre", "KC-1");
        assertThat(row(centre, "R-1").overdue()).isEqualTo(4L);
        assertThat(row(centre, "R-2").dueSoon()).isEqualTo(4L); // due on day 14 counts, day 15 does not

        AuditSpec month = new AuditSpec(List.of("centre"), AS_OF, 3, 30, null);
        assertThat(row(group(audit(month, results), "centre", "KC-1"), "R-2").dueSoon()).isEqualTo(7L);
    }

    @Test
    void a_finding_counts_in_the_year_of_its_anchor_date_else_of_the_cases_start_and_years_can_be_chosen() {
        List<CaseResult> results = new ArrayList<>();
        results.addAll(times(5, () -> result("KC-1", "North", false, LocalDate.parse("2020-12-30"), List.of(),
                finding("R-1", Verdict.COMPLIANT, "2020-12-30"), finding("R-2", Verdict.COMPLIANT, "2021-01-04"))));
        results.addAll(times(5, () -> result("KC-1", "North", false, LocalDate.parse("2021-06-01"), List.of(),
                finding("R-1", Verdict.UNDETERMINED, null), finding("R-2", Verdict.COMPLIANT, "2021-06-03"))));
        results.addAll(times(3, () -> result("KC-1", "North", false, null, List.of(), finding("R-1", Verdict.UNDETERMINED, null))));
        AuditReport report = audit(by(3, "year"), results);
        assertThat(report.grouping("year").groups()).extracting(AuditReport.Group::value).containsExactly("2020", "2021", "unknown");
        assertThat(row(group(report, "year", "2020"), "R-1").compliant()).isEqualTo(5L);
        assertThat(row(group(report, "year", "2021"), "R-1").undetermined()).isEqualTo(5L);
        assertThat(row(group(report, "year", "2021"), "R-2").compliant()).isEqualTo(10L);
        // a case whose findings fall in two years is one case of each year, and one case overall
        assertThat(row(group(report, "year", "2020"), AuditReport.ALL).cases()).isEqualTo(5L);
        assertThat(row(group(report, "year", "2021"), AuditReport.ALL).cases()).isEqualTo(10L);
        assertThat(row(group(report, AuditReport.TOTAL, AuditReport.TOTAL), AuditReport.ALL).cases()).isEqualTo(13L);

        AuditReport only2021 = audit(new AuditSpec(List.of("centre"), AS_OF, 3, 14, Years.parse("2021")), results);
        AuditReport.Group centre = group(only2021, "centre", "KC-1");
        assertThat(row(centre, "R-1").cases()).isEqualTo(5L);
        assertThat(row(centre, "R-2").cases()).isEqualTo(10L);
        assertThat(only2021.audit().years()).isEqualTo("2021");
    }

    @Test
    void two_dimensions_are_crossed_and_each_is_also_shown_alone_with_the_crossing_adding_up_to_both() {
        List<CaseResult> results = new ArrayList<>();
        results.addAll(times(7, () -> result("KC-1", "North", finding("R-1", Verdict.COMPLIANT, "2021-02-01"))));
        results.addAll(times(6, () -> result("KC-1", "North", finding("R-1", Verdict.NON_COMPLIANT, "2022-02-01"))));
        results.addAll(times(8, () -> result("KC-2", "South", finding("R-1", Verdict.COMPLIANT, "2022-02-01"))));
        AuditReport report = audit(by(5, "region", "year"), results);
        assertThat(report.groupings()).extracting(AuditReport.Grouping::grouping).containsExactly("region", "year", "region|year", "all");
        assertThat(report.grouping("region|year").groups()).extracting(AuditReport.Group::value)
                .containsExactly("North|2021", "North|2022", "South|2022");
        assertThat(group(report, "region|year", "North|2022").values()).containsExactly(Map.entry("region", "North"), Map.entry("year", "2022"));
        assertThat(row(group(report, "year", "2022"), "R-1").cases()).isEqualTo(14L);
        assertThat(row(group(report, "region", "North"), "R-1").complianceRate()).isEqualTo(7.0 / 13);
    }

    @Test
    void a_centre_with_three_cases_is_suppressed_in_the_regional_table_and_the_regions_total_does_not_reveal_it() {
        List<CaseResult> results = new ArrayList<>();
        results.addAll(times(3, () -> result("KC-SMALL", "North", finding("R-1", Verdict.COMPLIANT, "2021-02-01"))));
        results.addAll(times(12, () -> result("KC-MID", "North", finding("R-1", Verdict.NON_COMPLIANT, "2021-02-01"))));
        results.addAll(times(20, () -> result("KC-BIG", "North", finding("R-1", Verdict.COMPLIANT, "2021-02-01"))));
        results.addAll(times(30, () -> result("KC-SOUTH", "South", finding("R-1", Verdict.COMPLIANT, "2021-02-01"))));
        AuditReport report = audit(by(5, "region", "centre"), results);

        AuditReport.RequirementFigures small = row(group(report, "region|centre", "North|KC-SMALL"), "R-1");
        assertThat(small.cases()).isNull();
        assertThat(small.compliant()).isNull();
        assertThat(small.complianceRate()).isNull();
        assertThat(small.suppressed()).contains("cases", "compliant", "nonCompliant", "complianceRate");
        assertThat(row(group(report, "centre", "KC-SMALL"), "R-1").cases()).isNull(); // the same figure in the centre table
        assertThat(row(group(report, "region", "North"), "R-1").cases()).as("the region's total").isNotNull();
        long published = report.groupings().stream().flatMap(g -> g.groups().stream()).flatMap(g -> g.requirements().stream())
                .filter(f -> f.requirement().equals("R-1") && f.suppressed().contains("cases")).count();
        assertThat(published).as("figures withheld besides the small centre's").isGreaterThan(2);

        assertThat(recomputable(report, "R-1", Audit.CASES)).isEmpty();
        assertThat(recomputable(report, "R-1", Audit.COMPLIANT)).isEmpty();
    }

    /**
     * The attacker's view of one requirement and one column: the published figures of every group and the
     * sums an auditor knows hold between them (each dimension's groups add up to all cases, each
     * crossing's groups to each of its dimensions' groups).
     */
    static Map<Integer, Long> recomputable(AuditReport report, String requirement, int column) {
        List<Long> values = new ArrayList<>();
        BitSet withheld = new BitSet();
        Map<String, Integer> id = new LinkedHashMap<>();
        for (AuditReport.Grouping g : report.groupings()) {
            for (AuditReport.Group group : g.groups()) {
                AuditReport.RequirementFigures f = row(group, requirement);
                Long v = java.util.Arrays.asList(f.cases(), f.compliant(), f.nonCompliant(), f.pending(), f.undetermined()).get(column);
                id.put(g.grouping() + "/" + group.value(), values.size());
                if (v == null) {
                    withheld.set(values.size());
                    values.add(-1L);
                } else {
                    values.add(v);
                }
            }
        }
        List<int[]> sums = new ArrayList<>();
        for (AuditReport.Grouping g : report.groupings()) {
            if (g.dimensions().size() == 1) {
                sums.add(sum(id.get("all/all"), g.groups().stream().map(x -> id.get(g.grouping() + "/" + x.value())).toList()));
            } else if (g.dimensions().size() == 2) {
                for (int side = 0; side < 2; side++) {
                    String dim = g.dimensions().get(side);
                    for (AuditReport.Group one : report.grouping(dim).groups()) {
                        String value = one.value();
                        int s = side;
                        sums.add(sum(id.get(dim + "/" + value), g.groups().stream()
                                .filter(x -> x.value().split("\\|")[s].equals(value)).map(x -> id.get(g.grouping() + "/" + x.value())).toList()));
                    }
                }
            }
        }
        return Recomputation.recompute(values, sums, withheld);
    }

    private static int[] sum(int total, List<Integer> parts) {
        int[] out = new int[parts.size() + 1];
        out[0] = total;
        for (int i = 0; i < parts.size(); i++) {
            out[i + 1] = parts.get(i);
        }
        return out;
    }

    @Test
    void a_standards_own_indicator_is_summed_by_group_and_year_with_its_shares_and_its_small_categories_suppressed() {
        List<CaseResult> results = new ArrayList<>();
        results.addAll(times(8, () -> result("KC-1", "North", false, LocalDate.parse("2021-01-01"),
                List.of(new Tally("exit", "HOME", LocalDate.parse("2021-05-01"), 1)), finding("R-1", Verdict.COMPLIANT, "2021-01-01"))));
        results.addAll(times(2, () -> result("KC-1", "North", false, LocalDate.parse("2021-01-01"),
                List.of(new Tally("exit", "AWAY", LocalDate.parse("2021-05-01"), 1)), finding("R-1", Verdict.COMPLIANT, "2021-01-01"))));
        results.addAll(times(6, () -> result("KC-1", "North", false, LocalDate.parse("2021-01-01"),
                List.of(new Tally("exit", "OTHER", LocalDate.parse("2021-05-01"), 1)), finding("R-1", Verdict.COMPLIANT, "2021-01-01"))));
        Audit audit = new Audit(by(5, "centre"), REQUIREMENTS, List.of(), Map.of("exit", List.of("HOME", "AWAY", "OTHER", "NEVER")));
        RunSummary summary = new RunSummary(REQUIREMENTS);
        results.forEach(audit::result);
        audit.finish(summary, PROVENANCE);
        AuditReport.IndicatorFigures exits = group(audit.report(), "centre", "KC-1").indicators().get(0);
        assertThat(exits.indicator()).isEqualTo("exit");
        assertThat(exits.cases()).isEqualTo(16L);
        assertThat(exits.total()).isEqualTo(16L);
        assertThat(exits.categories()).extracting(AuditReport.Category::category).containsExactly("HOME", "AWAY", "OTHER", "NEVER");
        assertThat(exits.categories().get(1).count()).isNull();
        assertThat(exits.categories().get(1).suppressed()).containsExactly("count", "share");
        assertThat(exits.categories().get(2).count()).as("the complement: the smallest other").isNull();
        assertThat(exits.categories().get(0).share()).isEqualTo(0.5);
        assertThat(exits.categories().get(3).count()).isZero();
        assertThat(exits.categories().get(3).share()).isZero();
    }

    @Test
    void the_worst_requirements_of_a_group_are_those_with_the_lowest_published_rates() {
        List<CaseResult> results = new ArrayList<>();
        results.addAll(times(6, () -> result("KC-1", "North", finding("R-1", Verdict.COMPLIANT, "2021-02-01"),
                finding("R-2", Verdict.NON_COMPLIANT, "2021-02-01"))));
        results.addAll(times(6, () -> result("KC-1", "North", finding("R-1", Verdict.NON_COMPLIANT, "2021-02-01"),
                finding("R-2", Verdict.NON_COMPLIANT, "2021-02-01"))));
        AuditReport.Group centre = group(audit(by(5, "centre"), results), "centre", "KC-1");
        assertThat(centre.worst()).extracting(AuditReport.Worst::requirement).containsExactly("R-2", "R-1");
        assertThat(centre.worst().get(0).complianceRate()).isZero();
    }

    @Test
    void no_case_key_appears_in_the_json_or_the_csv_and_csv_cells_cannot_run_as_formulas() throws Exception {
        List<CaseResult> results = new ArrayList<>();
        results.addAll(times(4, () -> result("=HYPERLINK(1)", "North", finding("R-1", Verdict.COMPLIANT, "2021-02-01"))));
        results.addAll(times(9, () -> result("KC-2", "North", finding("R-1", Verdict.NON_COMPLIANT, "2021-02-01"))));
        AuditReport report = audit(by(5, "centre", "region"), results);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        AuditExports.json(report, json, true);
        StringWriter csv = new StringWriter();
        AuditExports.csv(report, csv);
        for (String out : List.of(json.toString(StandardCharsets.UTF_8), csv.toString())) {
            assertThat(out).doesNotContain("SECRET-KEY");
        }
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", AuditExports.CSV_HEADER));
        assertThat(lines).anyMatch(l -> l.startsWith("centre,'=HYPERLINK(1),ALL,"));
        // an empty count is a withheld one, and the row names it; an empty rate is withheld or undefined
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            List<String> named = List.of(cells[12].split(";"));
            assertThat(List.of(cells).subList(13, 17)).containsExactly("2025-12-31", "0.0.1", "sha256:r", "sha256:p");
            for (int c = 3; c < 12; c++) {
                String column = AuditExports.CSV_HEADER.get(c);
                if (!column.endsWith("_rate") && !column.equals("data_completeness")) {
                    assertThat(cells[c].isEmpty()).as("%s: %s", line, column).isEqualTo(named.contains(column));
                } else if (named.contains(column)) {
                    assertThat(cells[c]).as("%s: %s", line, column).isEmpty();
                }
            }
        }
        assertThat(lines).contains("centre,KC-2,R-2,0,0,0,0,0,,,0,0,,2025-12-31,0.0.1,sha256:r,sha256:p"); // no finding of R-2: nothing to hide
    }

    @Test
    void an_audit_below_three_cases_a_cell_an_unknown_dimension_or_three_dimensions_is_refused() {
        assertThatThrownBy(() -> by(2, "centre")).isInstanceOf(InvalidAuditException.class).hasMessageContaining("below 3");
        assertThatThrownBy(() -> audit(by(5, "shoe_size"), List.of())).isInstanceOf(InvalidAuditException.class)
                .hasMessageContaining("centre, year, region, ownership");
        assertThatThrownBy(() -> by(5, "centre", "region", "year")).isInstanceOf(InvalidAuditException.class)
                .hasMessageContaining("at most two");
        assertThat(by(3, "centre", "centre").by()).containsExactly("centre");
    }
}
