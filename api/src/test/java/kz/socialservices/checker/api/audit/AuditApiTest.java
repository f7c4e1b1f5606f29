package kz.socialservices.checker.api.audit;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.JSON;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /api/v1/audits}: the command line's figures, from every form of register, errors as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditApiTest {

    static final Path NATIONAL = FIXTURES.resolve("national/national.csv");
    static final Path SAMPLE = FIXTURES.resolve("sample/centre-register.csv");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    /** The command line's answer, as a file. */
    static String cli(Path dir, String format, String... args) throws IOException {
        Path out = dir.resolve("audit." + format);
        List<String> all = new ArrayList<>(List.of("audit"));
        all.addAll(List.of(args));
        all.addAll(List.of("--format", format, "--out", out.toString()));
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(kz.socialservices.checker.api.cli.Cli.run(all.toArray(String[]::new))).isZero();
        } finally {
            System.setErr(err);
        }
        return Files.readString(out);
    }

    /** The figures without what differs between two runs of the same evaluation: the run id. */
    static JsonNode figures(String json) {
        ObjectNode report = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) report.get("provenance")).remove("runId");
        return report;
    }

    @Test
    void the_national_register_audited_by_region_and_year_gives_the_command_lines_figures_as_json_and_csv(@TempDir Path dir)
            throws IOException {
        byte[] national = Files.readAllBytes(NATIONAL);
        Answer json = post(port, "/api/v1/audits?by=region&by=year&asOf=2025-12-31", "text/csv", "application/json", national);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(figures(json.body())).isEqualTo(figures(cli(dir, "json", NATIONAL.toString(), "--by", "region,year",
                "--as-of", "2025-12-31")));
        assertThat(json.json().get("audit").get("by").toString()).isEqualTo("[\"region\",\"year\"]");

        Answer csv = post(port, "/api/v1/audits?by=region,year&asOf=2025-12-31", "text/csv", "text/csv", national);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo(cli(dir, "csv", NATIONAL.toString(), "--by", "region,year", "--as-of", "2025-12-31"));
        assertThat(csv.body().lines().findFirst().orElseThrow())
                .startsWith("group,value,requirement,cases,compliant,non_compliant,pending,undetermined,compliance_rate,suppressed"
                        .replace(",suppressed", ",data_completeness,overdue,due_soon,suppressed"));
    }

    @Test
    void a_register_gives_the_same_audit_as_csv_as_a_workbook_as_json_cases_and_as_an_upload() throws IOException {
        String query = "/api/v1/audits?by=year&asOf=2025-03-31&minCell=3";
        JsonNode fromCsv = figures(post(port, query, "text/csv", "application/json", Files.readAllBytes(SAMPLE)).body());
        Answer workbook = post(port, query, XLSX, "application/json", Files.readAllBytes(FIXTURES.resolve("sample/centre-register.xlsx")));
        Answer cases = post(port, query, "application/json", "application/json", JSON.writeValueAsBytes(CaseCsv.toJson(SAMPLE)));
        Answer upload = upload(query, "centre-register.csv", Files.readAllBytes(SAMPLE));
        for (Answer a : List.of(workbook, cases, upload)) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            JsonNode f = figures(a.body());
            assertThat(f.get("groupings")).isEqualTo(fromCsv.get("groupings"));
            assertThat(f.get("provenance")).isEqualTo(fromCsv.get("provenance"));
        }
        assertThat(fromCsv.get("input").get("rowsEvaluated").asLong()).isEqualTo(70);
    }

    @Test
    void no_case_key_of_the_register_appears_in_any_answer() throws IOException {
        List<String> keys = new ArrayList<>();
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(SAMPLE, CaseCsv.SCHEMA)) {
            reader.forEachRemaining(r -> keys.add(r.value().caseId()));
        }
        byte[] sample = Files.readAllBytes(SAMPLE);
        for (String accept : List.of("application/json", "text/csv")) {
            Answer a = post(port, "/api/v1/audits?by=centre,year&asOf=2025-03-31", "text/csv", accept, sample);
            assertThat(a.status()).isEqualTo(200);
            for (String key : keys) {
                assertThat(a.body()).doesNotContain(key);
            }
        }
    }

    @Test
    void an_audit_that_cannot_be_run_is_a_400_problem_and_identifying_data_a_422_never_echoed() throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLE);
        Answer low = post(port, "/api/v1/audits?by=centre&minCell=2", "text/csv", "application/json", sample);
        assertThat(low.status()).isEqualTo(400);
        assertThat(low.contentType()).startsWith("application/problem+json");
        assertThat(low.json().get("errors").get(0).get("code").asString()).isEqualTo("invalid_audit");
        assertThat(low.json().get("detail").asString()).contains("below 3");
        assertThat(post(port, "/api/v1/audits?by=shoe_size", "text/csv", "application/json", sample).status()).isEqualTo(400);
        assertThat(post(port, "/api/v1/audits?by=centre&by=region&by=year", "text/csv", "application/json", sample).status()).isEqualTo(400);
        assertThat(post(port, "/api/v1/audits", "text/csv", "application/json", sample).status()).as("no by").isEqualTo(400);
        assertThat(post(port, "/api/v1/audits?by=centre&years=twenty", "text/csv", "application/json", sample).status()).isEqualTo(400);
        Answer notANumber = post(port, "/api/v1/audits?by=centre&minCell=five", "text/csv", "application/json", sample);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.contentType()).startsWith("application/problem+json");

        Answer iin = post(port, "/api/v1/audits?by=centre", "text/csv", "application/json",
                Files.readAllBytes(FIXTURES.resolve("malformed/identifying-iin-value.csv")));
        assertThat(iin.status()).isEqualTo(422);
        assertThat(iin.contentType()).startsWith("application/problem+json");
        assertThat(iin.body()).doesNotContain("900101400000");
        assertThat(post(port, "/api/v1/audits?by=centre", "text/csv", "application/json", new byte[0]).status()).isEqualTo(400);
    }

    @Test
    void the_openapi_document_lists_the_audits() {
        JsonNode paths = kz.socialservices.checker.api.HttpTestSupport.get(port, "/v3/api-docs").json().get("paths");
        assertThat(paths.has("/api/v1/audits")).isTrue();
    }

    private Answer upload(String query, String name, byte[] content) {
        String boundary = "----audit-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(port, query, "multipart/form-data; boundary=" + boundary, "application/json", body.toByteArray());
    }
}
