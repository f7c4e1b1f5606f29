package kz.socialservices.checker.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line as a user runs it: exit codes, report shapes, refusals that never echo a value. */
class CheckCommandTest {

    static final Path FIXTURES = locateFixtures();
    static final Path SAMPLE = FIXTURES.resolve("sample/centre-register.csv");

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        var c = kz.socialservices.checker.api.ConsoleCapture.capture(() -> Cli.run(args));
        return new Run(c.result(), c.out(), c.err());
    }

    @Test
    void the_sample_register_as_json_has_results_summary_and_provenance() throws Exception {
        Run r = run("check", SAMPLE.toString(), "--as-of", "2025-03-31", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("summary").get("rowsRead").asLong()).isEqualTo(70);
        assertThat(json.get("summary").get("rowsEvaluated").asLong()).isEqualTo(70);
        assertThat(json.get("summary").get("rowsRejected").asLong()).isZero();
        assertThat(json.get("results")).hasSize(70);
        JsonNode finding = json.get("results").get(0).get("findings").get(0);
        for (String field : List.of("requirement", "verdict", "severity", "edition", "basis", "message", "evidence",
                "dueDate", "missingFields")) {
            assertThat(finding.has(field)).as("finding field %s", field).isTrue();
        }
        JsonNode provenance = json.get("provenance");
        assertThat(provenance.get("ruleSetHash").asString()).startsWith("sha256:");
        assertThat(provenance.get("parameterHash").asString()).startsWith("sha256:");
        assertThat(provenance.get("asOf").asString()).isEqualTo("2025-03-31");
        List<String> editions = new ArrayList<>();
        provenance.get("editionsUsed").forEach(e -> editions.add(e.asString()));
        assertThat(editions).containsExactly("1079-2016", "1079-2022", "263-2023");
        assertThat(r.err()).contains("70 rows read, 70 evaluated, 0 rejected");
    }

    @Test
    void the_text_report_puts_non_compliance_first_then_what_falls_due_then_data_to_complete() {
        Run r = run("check", SAMPLE.toString(), "--as-of", "2025-03-31");
        assertThat(r.exit()).isZero();
        int nc = r.out().indexOf("== NOT COMPLIANT");
        int due = r.out().indexOf("== DUE");
        int data = r.out().indexOf("== DATA TO COMPLETE");
        assertThat(nc).isNotNegative().isLessThan(due);
        assertThat(due).isLessThan(data);
        assertThat(r.out()).contains("KRG-2025-026").contains("sha256:");
    }

    @Test
    void messages_follow_the_language_asked_for() {
        assertThat(run("check", SAMPLE.toString(), "--as-of", "2025-03-31", "--lang", "ru").out()).contains("НЕСООТВЕТСТВИЯ");
        assertThat(run("check", SAMPLE.toString(), "--as-of", "2025-03-31", "--lang", "kk").out()).contains("СӘЙКЕССІЗДІКТЕР");
        assertThat(run("check", SAMPLE.toString(), "--lang", "fr").exit()).isEqualTo(Cli.USAGE);
    }

    @Test
    void the_csv_report_has_one_row_per_finding() throws Exception {
        Run r = run("check", SAMPLE.toString(), "--as-of", "2025-03-31", "--format", "csv");
        assertThat(r.exit()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(r.out())).getRecords();
        assertThat(rows).hasSize(70 * kz.socialservices.checker.standard.DvStandard.load().catalogue().all().size());
        assertThat(rows.get(0).get("verdict")).isNotBlank();
    }

    @Test
    void a_file_with_identifying_data_is_refused_with_exit_1_and_the_value_is_never_printed() {
        Run r = run("check", FIXTURES.resolve("malformed/identifying-iin-value.csv").toString(), "--as-of", "2025-03-31");
        assertThat(r.exit()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("row 3").contains("extension_grounds").doesNotContain("900101400000");
        assertThat(r.out()).doesNotContain("900101400000");
        Run column = run("check", FIXTURES.resolve("malformed/identifying-name-column.csv").toString());
        assertThat(column.exit()).isEqualTo(Cli.REFUSED);
        assertThat(column.err()).contains("full_name");
    }

    @Test
    void rows_with_bad_fields_are_rejected_and_counted_while_the_others_are_evaluated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.json");
        Run r = run("check", FIXTURES.resolve("malformed/bad-date.csv").toString(), "--as-of", "2025-03-31",
                "--format", "json", "--out", out.toString());
        assertThat(r.exit()).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(out)).get("summary");
        assertThat(summary.get("rowsRejected").asLong()).isEqualTo(2);
        assertThat(summary.get("rowsRead").asLong()).isEqualTo(summary.get("rowsEvaluated").asLong() + 2);
        assertThat(summary.get("errors").get(0).get("field").asString()).isEqualTo("application_date");
        assertThat(r.err()).contains("row 1, column application_date");
    }

    @Test
    void a_missing_file_or_unknown_option_is_a_usage_or_io_error() {
        assertThat(run("check", "no-such-file.csv").exit()).isEqualTo(Cli.IO_FAILURE);
        assertThat(run("check", SAMPLE.toString(), "--format", "xml").exit()).isEqualTo(Cli.USAGE);
    }

    private static Path locateFixtures() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fixtures/sample"))) {
                return dir.resolve("fixtures");
            }
        }
        throw new IllegalStateException("no fixtures/ folder");
    }
}
