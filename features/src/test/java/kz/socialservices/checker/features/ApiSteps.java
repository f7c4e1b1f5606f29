package kz.socialservices.checker.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.standard.CaseCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Steps of the API's own behaviour: forms of input, errors, refusals. */
public class ApiSteps {

    private final Api api;
    private Path file;
    private Api.Answer answer;
    private Api.Answer other;

    public ApiSteps(Api api) {
        this.api = api;
    }

    @Given("the sample register of one centre")
    public void the_sample_register() {
        file = fixtures().resolve("sample/centre-register.csv");
    }

    @Given("the malformed file {string}")
    public void the_malformed_file(String name) {
        file = fixtures().resolve("malformed").resolve(name);
    }

    @When("it is sent as CSV, as of {isoDate}")
    public void sent_as_csv(LocalDate asOf) throws IOException {
        answer = api.post("/api/v1/evaluations?asOf=" + asOf, "text/csv", "application/json", Files.readAllBytes(file));
    }

    @When("it is sent as CSV accepting only {string}")
    public void sent_accepting(String accept) throws IOException {
        answer = api.post("/api/v1/evaluations", "text/csv", accept, Files.readAllBytes(file));
    }

    @When("it is sent as CSV and as JSON, as of {isoDate}")
    public void sent_as_csv_and_json(LocalDate asOf) throws IOException {
        sent_as_csv(asOf);
        other = api.post("/api/v1/evaluations?asOf=" + asOf, "application/json", "application/json",
                Api.JSON.writeValueAsBytes(asJson(file)));
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @When("it is sent as .xlsx, as of {isoDate}")
    public void sent_as_xlsx(LocalDate asOf) throws IOException {
        answer = api.post("/api/v1/evaluations?asOf=" + asOf, XLSX, "application/json", Files.readAllBytes(file));
    }

    @When("it is sent as CSV and its workbook {string} as .xlsx, as of {isoDate}")
    public void sent_as_csv_and_xlsx(String workbook, LocalDate asOf) throws IOException {
        sent_as_csv(asOf);
        other = api.post("/api/v1/evaluations?asOf=" + asOf, XLSX, "application/json", Files.readAllBytes(fixtures().resolve(workbook)));
    }

    @When("it is sent as CSV and its other form {string} as CSV, as of {isoDate}")
    public void sent_as_csv_and_other_csv(String form, LocalDate asOf) throws IOException {
        sent_as_csv(asOf);
        other = api.post("/api/v1/evaluations?asOf=" + asOf, "text/csv", "application/json", Files.readAllBytes(fixtures().resolve(form)));
    }

    @When("the register below is sent as CSV, as of {isoDate}")
    public void register_below_sent(LocalDate asOf, io.cucumber.datatable.DataTable table) throws IOException {
        java.io.StringWriter csv = new java.io.StringWriter();
        try (var out = new org.apache.commons.csv.CSVPrinter(csv, org.apache.commons.csv.CSVFormat.RFC4180)) {
            for (List<String> row : table.cells()) {
                out.printRecord(row.stream().map(c -> c == null ? "" : c).toList());
            }
        }
        answer = api.post("/api/v1/evaluations?asOf=" + asOf, "text/csv", "application/json", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Then("the other answer says it read {string} as {string}")
    public void other_detected(String key, String value) {
        assertThat(other.json().get("summary").get("input").get(key).asString()).isEqualTo(value);
    }

    @Then("the finding of {word} is {word}")
    public void finding_is(String requirement, String verdict) {
        JsonNode findings = answer.json().get("results").get(0).get("findings");
        String actual = null;
        for (JsonNode f : findings) {
            if (f.get("requirement").asString().equals(requirement)) {
                actual = f.get("verdict").asString();
            }
        }
        assertThat(actual).isEqualTo(verdict);
    }

    @Then("an error lists the codes {string}")
    public void error_lists_codes(String codes) {
        assertThat(answer.json().get("summary").get("errors").toString()).contains(codes);
    }

    @Then("an error has the code {string}")
    public void error_has_code(String code) {
        List<String> codes = new ArrayList<>();
        answer.json().get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).contains(code);
    }

    @When("its case {word} is sent alone, as of {isoDate}")
    public void sent_alone(String caseId, LocalDate asOf) throws IOException {
        sent_as_csv(asOf);
        JsonNode one = null;
        for (JsonNode c : asJson(file)) {
            if (c.get("caseId").asString().equals(caseId)) {
                one = c;
            }
        }
        assertThat(one).as("case %s in the register", caseId).isNotNull();
        other = api.post("/api/v1/evaluations/single?asOf=" + asOf, "application/json", "application/json",
                Api.JSON.writeValueAsBytes(one));
    }

    @When("the JSON cases {} are sent, as of {isoDate}")
    public void json_cases_sent(String body, LocalDate asOf) {
        answer = api.post("/api/v1/evaluations?asOf=" + asOf, "application/json", "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @When("{string} is sent as {string}")
    public void sent_as(String body, String contentType) {
        answer = api.post("/api/v1/evaluations", contentType, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    @Then("both answers hold the same findings for every case")
    public void same_findings() {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        assertThat(other.json().get("results")).isEqualTo(answer.json().get("results"));
    }

    @Then("its findings are those it gets in the register")
    public void same_as_in_register() {
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        String caseId = other.json().get("caseId").asString();
        JsonNode inRegister = null;
        for (JsonNode r : answer.json().get("results")) {
            if (r.get("caseId").asString().equals(caseId)) {
                inRegister = r.get("findings");
            }
        }
        assertThat(other.json().get("findings")).isEqualTo(inRegister);
    }

    @Then("the answer counts {long} rows read, {long} evaluated and {long} rejected")
    public void counts(long read, long evaluated, long rejected) {
        JsonNode s = answer.json().get("summary");
        assertThat(List.of(s.get("rowsRead").asLong(), s.get("rowsEvaluated").asLong(), s.get("rowsRejected").asLong()))
                .containsExactly(read, evaluated, rejected);
    }

    @Then("the answer is {int}")
    public void status(int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    }

    @Then("the answer is a {int} problem")
    public void problem(int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    }

    @Then("the summary counts {long} rejected rows")
    public void rejected(long rows) {
        assertThat(answer.json().get("summary").get("rowsRejected").asLong()).isEqualTo(rows);
    }

    @Then("an error names row {long} and field {string}")
    public void error_names(long row, String field) {
        JsonNode json = answer.json();
        JsonNode errors = json.has("errors") ? json.get("errors") : json.get("summary").get("errors");
        List<String> named = new ArrayList<>();
        errors.forEach(e -> named.add(e.get("row").asLong() + "/" + e.get("field").asString()));
        assertThat(named).contains(row + "/" + field);
    }

    @Then("the answer does not contain {string}")
    public void not_echoed(String text) {
        assertThat(answer.body()).doesNotContain(text);
    }

    static ArrayNode asJson(Path csv) throws IOException {
        return CaseCsv.toJson(csv);
    }

    static Path fixtures() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fixtures/sample"))) {
                return dir.resolve("fixtures");
            }
        }
        throw new IllegalStateException("no fixtures/ folder");
    }
}
