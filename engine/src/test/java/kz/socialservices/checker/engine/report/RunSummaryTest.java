package kz.socialservices.checker.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.csv.RowError;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RunSummaryTest {

    static Finding finding(String requirement, Verdict verdict, String edition) {
        return new Finding(requirement, verdict, Severity.MAJOR, edition, Basis.LAW, "m", Map.of(), null, List.of());
    }

    static CaseResult result(String id, Finding... findings) {
        return new CaseResult(id, "CTR", Map.of(), List.of(findings));
    }

    static List<RowError> errors(long row, int n) {
        List<RowError> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new RowError(row, "f" + i, "bad_date", "msg"));
        }
        return out;
    }

    @Test
    void rows_read_are_the_rows_evaluated_plus_the_rows_rejected() {
        RunSummary s = new RunSummary(List.of("T-01"));
        s.evaluated(result("A", finding("T-01", Verdict.COMPLIANT, "E1")));
        s.rejected(errors(2, 2));
        s.evaluated(result("C", finding("T-01", Verdict.PENDING, "E1")));
        s.rejected(errors(4, 1));
        s.evaluated(result("E", finding("T-01", Verdict.COMPLIANT, "E1")));
        assertThat(s.rowsEvaluated()).isEqualTo(3);
        assertThat(s.rowsRejected()).isEqualTo(2);
        assertThat(s.rowsRead()).isEqualTo(5).isEqualTo(s.rowsEvaluated() + s.rowsRejected());
        assertThat(s.errorCount()).isEqualTo(3);
        assertThat(s.errors()).extracting(RowError::row).containsExactly(2L, 2L, 4L);
    }

    @Test
    void exactly_the_maximum_number_of_errors_is_kept_in_full() {
        RunSummary s = new RunSummary(List.of());
        for (int row = 1; row <= RunSummary.MAX_ERRORS_KEPT; row++) {
            s.rejected(errors(row, 1));
        }
        assertThat(s.errors()).hasSize(RunSummary.MAX_ERRORS_KEPT);
        assertThat(s.errorCount()).isEqualTo(RunSummary.MAX_ERRORS_KEPT);
    }

    @Test
    void errors_past_the_maximum_are_counted_but_not_kept_and_the_first_ones_are_the_ones_kept() {
        RunSummary s = new RunSummary(List.of());
        for (int row = 1; row <= 600; row++) {
            s.rejected(errors(row, 2));
        }
        assertThat(s.errors()).hasSize(RunSummary.MAX_ERRORS_KEPT);
        assertThat(s.errorCount()).isEqualTo(1200);
        assertThat(s.rowsRejected()).isEqualTo(600);
        assertThat(s.errors().get(0).row()).isEqualTo(1L);
        assertThat(s.errors().get(RunSummary.MAX_ERRORS_KEPT - 1).row()).isEqualTo(500L);
    }

    @Test
    void findings_are_counted_by_verdict_and_by_requirement_in_catalogue_order() {
        RunSummary s = new RunSummary(List.of("T-02", "T-01", "T-03"));
        s.evaluated(result("A", finding("T-01", Verdict.COMPLIANT, "E1"), finding("T-02", Verdict.NON_COMPLIANT, "E1"),
                finding("T-03", Verdict.OUT_OF_SCOPE, null)));
        s.evaluated(result("B", finding("T-01", Verdict.COMPLIANT, "E2"), finding("T-02", Verdict.COMPLIANT, "E2"),
                finding("T-03", Verdict.OUT_OF_SCOPE, null)));
        assertThat(s.byVerdict()).containsOnly(entry(Verdict.COMPLIANT, 3L), entry(Verdict.NON_COMPLIANT, 1L),
                entry(Verdict.OUT_OF_SCOPE, 2L));
        assertThat(s.byRequirement().keySet()).containsExactly("T-02", "T-01", "T-03");
        assertThat(s.byRequirement().get("T-01")).containsOnly(entry(Verdict.COMPLIANT, 2L));
        assertThat(s.byRequirement().get("T-02")).containsOnly(entry(Verdict.COMPLIANT, 1L), entry(Verdict.NON_COMPLIANT, 1L));
        assertThat(s.editionsUsed()).containsExactly("E1", "E2");
    }

    @Test
    void a_requirement_without_findings_is_still_listed_with_no_counts() {
        RunSummary s = new RunSummary(List.of("T-01", "T-02"));
        s.evaluated(result("A", finding("T-01", Verdict.COMPLIANT, "E1")));
        assertThat(s.byRequirement()).containsKey("T-02");
        assertThat(s.byRequirement().get("T-02")).isEmpty();
    }

    @Test
    void an_empty_run_counts_nothing() {
        RunSummary s = new RunSummary(List.of("T-01"));
        assertThat(s.rowsRead()).isZero();
        assertThat(s.errorCount()).isZero();
        assertThat(s.byVerdict()).isEmpty();
        assertThat(s.editionsUsed()).isEmpty();
    }
}
