package kz.socialservices.checker.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.engine.csv.RowError;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonReportWriterTest {

    static final Provenance PROVENANCE = new Provenance("run-1", "toy", "0.0.1", "sha256:rules", "sha256:params",
            List.of("E1"), LocalDate.parse("2024-02-01"), "en",
            new WorkingDayCalendar.Coverage(2017, 2027, List.of(),
                    List.of(new WorkingDayCalendar.Source("kz.csv", true, List.of(2017, 2026)),
                            new WorkingDayCalendar.Source("2027.csv", false, List.of(2027)))));

    static CaseResult result(String id) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("reason", "late");
        evidence.put("done", LocalDate.parse("2024-01-16"));
        evidence.put("daysLate", 1L);
        evidence.put("nothing", null);
        Finding f = new Finding("T-01", Verdict.NON_COMPLIANT, Severity.MAJOR, "E1", Basis.LAW, "late",
                evidence, LocalDate.parse("2024-01-15"), List.of());
        return new CaseResult(id, "CTR", Map.of("region", "Toy"), List.of(f));
    }

    static JsonNode write(boolean pretty, List<CaseResult> results, RunSummary summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonReportWriter w = new JsonReportWriter(out, pretty)) {
            for (CaseResult r : results) {
                w.result(r);
            }
            w.finish(summary, PROVENANCE);
        }
        return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    }

    static RunSummary summary(List<CaseResult> results) {
        RunSummary s = new RunSummary(List.of("T-01"));
        results.forEach(s::evaluated);
        s.rejected(List.of(new RowError(3L, "start_date", "bad_date", "start_date must be a date yyyy-MM-dd")));
        return s;
    }

    @Test
    void the_report_is_valid_json_with_results_then_summary_and_provenance() throws Exception {
        List<CaseResult> results = List.of(result("A"), result("B"));
        JsonNode root = write(false, results, summary(results));
        assertThat(root.propertyNames()).containsExactly("results", "summary", "provenance");
        assertThat(root.get("results").size()).isEqualTo(2);
        assertThat(root.get("results").get(1).get("caseId").asString()).isEqualTo("B");
        JsonNode finding = root.get("results").get(0).get("findings").get(0);
        assertThat(finding.get("requirement").asString()).isEqualTo("T-01");
        assertThat(finding.get("verdict").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(finding.get("evidence").get("daysLate").asLong()).isEqualTo(1L);
        assertThat(finding.get("evidence").get("nothing").isNull()).isTrue();
    }

    @Test
    void a_result_shows_its_key_centre_dimensions_and_findings_and_a_finding_its_anchor_date_but_not_what_only_an_audit_reads()
            throws Exception {
        CaseResult r = result("A");
        Finding anchored = new Finding("T-02", Verdict.COMPLIANT, Severity.MINOR, "E1", Basis.LAW, "ok", Map.of(), null, List.of(),
                LocalDate.parse("2024-01-05"));
        CaseResult withAudit = new CaseResult("A", "CTR", r.dimensions(), List.of(r.findings().get(0), anchored),
                LocalDate.parse("2024-01-02"), true, List.of(new kz.socialservices.checker.engine.evaluation.Tally("x", "y",
                        LocalDate.parse("2024-01-03"), 2)));
        JsonNode result = write(false, List.of(withAudit), summary(List.of(withAudit))).get("results").get(0);
        assertThat(result.propertyNames()).containsExactly("caseId", "centreId", "dimensions", "findings");
        assertThat(result.get("findings").get(1).get("anchorDate").asString()).isEqualTo("2024-01-05");
        assertThat(result.get("findings").get(0).get("anchorDate").isNull()).isTrue();
    }

    @Test
    void dates_are_written_as_iso_strings() throws Exception {
        List<CaseResult> results = List.of(result("A"));
        JsonNode root = write(false, results, summary(results));
        JsonNode finding = root.get("results").get(0).get("findings").get(0);
        assertThat(finding.get("dueDate").isString()).isTrue();
        assertThat(finding.get("dueDate").asString()).isEqualTo("2024-01-15");
        assertThat(finding.get("evidence").get("done").asString()).isEqualTo("2024-01-16");
        assertThat(root.get("provenance").get("asOf").isString()).isTrue();
        assertThat(root.get("provenance").get("asOf").asString()).isEqualTo("2024-02-01");
    }

    @Test
    void the_summary_counts_rows_and_findings_and_lists_errors() throws Exception {
        List<CaseResult> results = List.of(result("A"), result("B"));
        JsonNode summary = write(false, results, summary(results)).get("summary");
        assertThat(summary.get("rowsRead").asLong()).isEqualTo(3);
        assertThat(summary.get("rowsEvaluated").asLong()).isEqualTo(2);
        assertThat(summary.get("rowsRejected").asLong()).isEqualTo(1);
        assertThat(summary.get("errorCount").asLong()).isEqualTo(1);
        assertThat(summary.get("findingsByVerdict").get("NON_COMPLIANT").asLong()).isEqualTo(2);
        assertThat(summary.get("findingsByRequirement").get("T-01").get("NON_COMPLIANT").asLong()).isEqualTo(2);
        JsonNode error = summary.get("errors").get(0);
        assertThat(error.get("row").asLong()).isEqualTo(3);
        assertThat(error.get("field").asString()).isEqualTo("start_date");
        assertThat(error.get("code").asString()).isEqualTo("bad_date");
    }

    @Test
    void the_provenance_says_what_produced_the_figures() throws Exception {
        JsonNode p = write(false, List.of(), new RunSummary(List.of())).get("provenance");
        assertThat(p.get("runId").asString()).isEqualTo("run-1");
        assertThat(p.get("standard").asString()).isEqualTo("toy");
        assertThat(p.get("engineVersion").asString()).isEqualTo("0.0.1");
        assertThat(p.get("ruleSetHash").asString()).isEqualTo("sha256:rules");
        assertThat(p.get("parameterHash").asString()).isEqualTo("sha256:params");
        assertThat(p.get("editionsUsed").get(0).asString()).isEqualTo("E1");
        assertThat(p.get("language").asString()).isEqualTo("en");
        JsonNode calendar = p.get("calendar");
        assertThat(calendar.get("firstYear").asInt()).isEqualTo(2017);
        assertThat(calendar.get("lastYear").asInt()).isEqualTo(2027);
        assertThat(calendar.get("files").get(1).get("name").asString()).isEqualTo("2027.csv");
        assertThat(calendar.get("files").get(1).get("shipped").asBoolean()).isFalse();
        assertThat(calendar.get("files").get(1).get("years").get(0).asInt()).isEqualTo(2027);
    }

    @Test
    void an_empty_run_and_a_pretty_printed_report_are_valid_json_too() throws Exception {
        JsonNode empty = write(false, List.of(), new RunSummary(List.of()));
        assertThat(empty.get("results").isArray()).isTrue();
        assertThat(empty.get("results").size()).isZero();
        List<CaseResult> results = List.of(result("A"));
        JsonNode pretty = write(true, results, summary(results));
        assertThat(pretty.get("results").get(0).get("findings").get(0).get("dueDate").asString()).isEqualTo("2024-01-15");
    }

    /** An enum that writes otherwise than its name: the direct path must leave it to the mapper. */
    enum Spoken {
        YES;

        @Override
        public String toString() {
            return "yes, spoken";
        }
    }

    @Test
    void evidence_json_is_what_the_mapper_writes_for_every_kind_of_value_evidence_holds() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("reason", "late");
        plain.put("done", LocalDate.parse("2024-01-16"));
        plain.put("daysLate", 1L);
        plain.put("limit", 10);
        plain.put("open", true);
        plain.put("until", null);
        plain.put("verdicts", List.of(Verdict.COMPLIANT, Verdict.PENDING));
        plain.put("codes", List.of("A", "B"));
        plain.put("none", List.of());
        plain.put("text", "Алматы, 5 «дней»");
        Map<String, Object> escaped = new LinkedHashMap<>(plain);
        escaped.put("quote", "a \"b\" \\ c\n\td");
        Map<String, Object> other = new LinkedHashMap<>(plain);
        other.put("rate", 0.5);
        other.put("spoken", Spoken.YES);
        other.put("nested", Map.of("k", 1));
        for (Map<String, Object> evidence : List.of(plain, escaped, other, Map.<String, Object>of())) {
            assertThat(JsonReportWriter.evidenceJson(evidence)).isEqualTo(JsonReportWriter.MAPPER.writeValueAsString(evidence));
        }
    }
}
