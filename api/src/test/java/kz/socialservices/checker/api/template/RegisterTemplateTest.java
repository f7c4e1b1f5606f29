package kz.socialservices.checker.api.template;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.JSON;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import kz.socialservices.checker.api.cli.Cli;
import kz.socialservices.checker.engine.evaluation.Labels;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.CaseCsv.Kind;
import kz.socialservices.checker.standard.DvStandard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The register as a centre keeps it (Excel, Russian-locale CSV, the template) is judged exactly as the plain CSV. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.kz.socialservices.checker.api.web.RequestLog=WARN")
class RegisterTemplateTest {

    static final String AS_OF = "2025-03-31";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Path SAMPLE = FIXTURES.resolve("sample/centre-register.csv");

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private final Labels labels = DvStandard.labels();

    @Test
    void the_sample_as_csv_as_russian_excel_csv_and_as_xlsx_gives_identical_verdicts_through_the_api_and_the_command_line() throws IOException {
        Path ru = FIXTURES.resolve("sample/centre-register.ru-1251.csv");
        Path xlsx = FIXTURES.resolve("sample/centre-register.xlsx");
        JsonNode plain = evaluate("text/csv", Files.readAllBytes(SAMPLE));
        assertThat(plain.get("summary").get("rowsRejected").asLong()).isZero();
        JsonNode russian = evaluate("text/csv", Files.readAllBytes(ru));
        JsonNode russianNamed = evaluate("text/csv; charset=windows-1251", Files.readAllBytes(ru));
        JsonNode excel = evaluate(XLSX, Files.readAllBytes(xlsx));

        assertThat(russian.get("summary").get("input").get("encoding").asString()).isEqualTo("windows-1251");
        assertThat(russian.get("summary").get("input").get("delimiter").asString()).isEqualTo(";");
        assertThat(russianNamed.get("summary").get("input").get("encodingDetected").asString()).isEqualTo("false");
        assertThat(excel.get("summary").get("input").get("format").asString()).isEqualTo("xlsx");
        for (JsonNode other : List.of(russian, russianNamed, excel)) {
            assertThat(other.get("results")).isEqualTo(plain.get("results"));
            assertThat(other.get("summary").get("rowsRead")).isEqualTo(plain.get("summary").get("rowsRead"));
        }
        for (Path file : List.of(SAMPLE, ru, xlsx)) {
            assertThat(commandLine("check", file.toString(), "--as-of", AS_OF, "--format", "json").get("results"))
                    .as(file.getFileName().toString()).isEqualTo(plain.get("results"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void the_downloaded_template_filled_in_with_the_sample_checks_cleanly(String lang) throws IOException {
        byte[] template = download("/api/v1/templates/register.xlsx?lang=" + lang);
        byte[] filled = fillIn(template, lang, SampleRegisterForms.rows(SAMPLE));
        JsonNode viaTemplate = evaluate(XLSX, filled);
        assertThat(viaTemplate.get("summary").get("rowsRejected").asLong()).as(viaTemplate.get("summary").toString()).isZero();
        assertThat(viaTemplate.get("results")).isEqualTo(evaluate("text/csv", Files.readAllBytes(SAMPLE)).get("results"));
    }

    @Test
    void the_template_has_labelled_commented_frozen_headers_drop_downs_date_columns_and_a_guide() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("/api/v1/templates/register.xlsx?lang=kk")))) {
            XSSFSheet register = wb.getSheetAt(0);
            Row header = register.getRow(0);
            for (int i = 0; i < CaseCsv.COLUMNS.size(); i++) {
                String column = CaseCsv.COLUMNS.get(i);
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(labels.column("kk", column));
                assertThat(header.getCell(i).getCellComment().getString().getString()).contains(labels.help("kk", column), column);
            }
            assertThat(register.getPaneInformation().isFreezePane()).isTrue();
            long withChoices = CaseCsv.FORM.values().stream()
                    .filter(f -> f.codes() != null || f.kind() == Kind.BOOLEAN).count();
            long dated = CaseCsv.FORM.values().stream().filter(f -> f.kind() == Kind.DATE).count();
            var validations = register.getDataValidations();
            assertThat(validations.stream().filter(v -> v.getValidationConstraint().getValidationType() == 3).count())
                    .as("list validations").isEqualTo(withChoices);
            assertThat(validations.stream().filter(v -> v.getValidationConstraint().getValidationType() == 4).count())
                    .as("date validations").isEqualTo(dated);
            int dateColumn = CaseCsv.COLUMNS.indexOf("admission_date");
            assertThat(register.getColumnStyle(dateColumn).getDataFormatString()).isEqualTo("dd.mm.yyyy");
            XSSFSheet guide = wb.getSheetAt(1);
            assertThat(guide.getLastRowNum()).isGreaterThanOrEqualTo(CaseCsv.COLUMNS.size());
            assertThat(wb.isSheetHidden(2)).as("the lists the drop-downs read are hidden").isTrue();
        }
    }

    @Test
    void the_template_command_writes_the_template_and_an_unknown_language_is_a_usage_error() throws IOException {
        Path out = dir.resolve("template.xlsx");
        assertThat(Cli.run("template", "--lang", "kk", "--out", out.toString())).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(labels.column("kk", "case_id"));
        }
        assertThat(Cli.run("template", "--lang", "de", "--out", dir.resolve("x.xlsx").toString())).isEqualTo(Cli.USAGE);
        Answer bad = kz.socialservices.checker.api.HttpTestSupport.get(port, "/api/v1/templates/register.xlsx?lang=de");
        assertThat(bad.status()).isEqualTo(400);
    }

    /** Types the rows into the template's first sheet as a person would: dates as dates, codes and yes/no as the labels offered. */
    private byte[] fillIn(byte[] template, String lang, List<Map<String, String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Map<String, Integer> at = new HashMap<>();
            for (Cell c : sheet.getRow(0)) {
                String column = labels.headerAliases().get(kz.socialservices.checker.engine.csv.CsvCaseReader.normalise(c.getStringCellValue()));
                at.put(column, c.getColumnIndex());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (var e : rows.get(r).entrySet()) {
                    if (e.getValue().isEmpty()) {
                        continue;
                    }
                    int index = at.get(e.getKey());
                    Cell cell = row.createCell(index);
                    cell.setCellStyle(sheet.getColumnStyle(index));
                    switch (CaseCsv.FORM.get(e.getKey()).kind()) {
                        case DATE -> cell.setCellValue(LocalDate.parse(e.getValue()));
                        case YEAR -> cell.setCellValue(Double.parseDouble(e.getValue()));
                        case CODE, BOOLEAN -> cell.setCellValue(labels.code(lang, e.getValue()));
                        default -> cell.setCellValue(e.getValue());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private JsonNode evaluate(String contentType, byte[] body) {
        Answer a = post(port, "/api/v1/evaluations?asOf=" + AS_OF, contentType, "application/json", body);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private byte[] download(String path) {
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".xlsx");
            return r.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode commandLine(String... args) {
        var c = kz.socialservices.checker.api.ConsoleCapture.capture(() -> Cli.run(args));
        assertThat(c.result()).as(c.err()).isZero();
        return JSON.readTree(c.out());
    }
}
