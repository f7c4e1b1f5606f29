package kz.socialservices.checker.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.CsvRow;
import kz.socialservices.checker.engine.csv.IdentifyingDataPolicy;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.evaluation.ToyCase;
import kz.socialservices.checker.engine.evaluation.ToyStandard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BatchCheckTest {

    static final CsvCaseReader.Schema<ToyCase> SCHEMA = new CsvCaseReader.Schema<>(
            Set.of("case_id", "decision", "application_date", "done_date", "closed_date"),
            new IdentifyingDataPolicy(List.of("iin", "name"),
                    List.of(new IdentifyingDataPolicy.LabelledPattern("an IIN", Pattern.compile("(?<!\\d)\\d{12}(?!\\d)")))),
            BatchCheckTest::parse, ToyCase::id, "case_id", 100);

    static ToyCase parse(CsvRow r) {
        return new ToyCase(r.required("case_id"), "CTR-1", "Toy region", r.text("decision"), r.date("application_date"),
                r.date("done_date"), r.date("closed_date"));
    }

    static Standard<ToyCase> standard;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() {
        standard = ToyStandard.standard();
    }

    @Test
    void a_file_is_checked_end_to_end_with_rejected_rows_counted_and_provenance_written() throws Exception {
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, """
                case_id,decision,application_date,done_date,closed_date
                A,ADMITTED,2024-01-10,2024-01-15,
                B,ADMITTED,2024-01-10,2024-02-30,
                C,ADMITTED,2024-01-10,2024-01-16,
                D,REFUSED,2024-01-10,,
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        RunSummary summary;
        try (JsonReportWriter writer = new JsonReportWriter(out, false)) {
            summary = new BatchCheck<>(new Evaluator<>(standard, 2), SCHEMA)
                    .run(file, LocalDate.parse("2024-02-01"), "en", "run-7", writer, progress::add);
        }
        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(summary.rowsEvaluated()).isEqualTo(3);
        assertThat(summary.rowsRejected()).isEqualTo(1);
        assertThat(summary.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2L);
            assertThat(e.field()).isEqualTo("done_date");
        });
        assertThat(summary.byRequirement().get("T-01")).containsEntry(Verdict.COMPLIANT, 1L)
                .containsEntry(Verdict.NON_COMPLIANT, 1L).containsEntry(Verdict.NOT_APPLICABLE, 1L);
        assertThat(progress).isEmpty();

        JsonNode root = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.get("results").size()).isEqualTo(3);
        assertThat(root.get("results").get(2).get("caseId").asString()).isEqualTo("D");
        assertThat(root.get("summary").get("rowsRejected").asLong()).isEqualTo(1);
        JsonNode p = root.get("provenance");
        assertThat(p.get("runId").asString()).isEqualTo("run-7");
        assertThat(p.get("standard").asString()).isEqualTo("toy");
        assertThat(p.get("ruleSetHash").asString()).isEqualTo(standard.rules().hash());
        assertThat(p.get("parameterHash").asString()).isEqualTo("toy-parameters-hash");
        assertThat(p.get("asOf").asString()).isEqualTo("2024-02-01");
        assertThat(p.get("editionsUsed").get(0).asString()).isEqualTo("TOY-2023");
        assertThat(p.get("calendar").get("firstYear").asInt()).isEqualTo(standard.calendar().firstYear());
        assertThat(p.get("calendar").get("lastYear").asInt()).isEqualTo(standard.calendar().lastYear());
        assertThat(p.get("calendar").get("files").get(0).get("shipped").asBoolean()).isTrue();
    }

    @Test
    void a_refused_file_is_not_evaluated_at_all() throws Exception {
        Path file = dir.resolve("refused.csv");
        Files.writeString(file, "case_id,decision,iin\nA,ADMITTED,\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonReportWriter writer = new JsonReportWriter(out, false)) {
            assertThatThrownBy(() -> new BatchCheck<>(new Evaluator<>(standard), SCHEMA)
                    .run(file, LocalDate.parse("2024-02-01"), "en", "run-8", writer, n -> { }))
                    .isInstanceOf(InputRefusedException.class);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("caseId");
    }

    @Test
    void progress_is_reported_every_ten_thousand_rows() throws Exception {
        StringBuilder csv = new StringBuilder("case_id,decision,application_date\n");
        for (int i = 1; i <= 10_001; i++) {
            csv.append("C").append(i).append(",ADMITTED,2024-01-10\n");
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        List<Long> progress = new ArrayList<>();
        RunSummary summary;
        try (JsonReportWriter writer = new JsonReportWriter(java.io.OutputStream.nullOutputStream(), false)) {
            summary = new BatchCheck<>(new Evaluator<>(standard), SCHEMA)
                    .run(file, LocalDate.parse("2024-02-01"), "en", "run-9", writer, progress::add);
        }
        assertThat(progress).containsExactly(10_000L);
        assertThat(summary.rowsEvaluated()).isEqualTo(10_001);
        assertThat(summary.byVerdict().get(Verdict.NON_COMPLIANT)).as("T-01 and T-02 missed in every case").isEqualTo(2 * 10_001L);
    }
}
