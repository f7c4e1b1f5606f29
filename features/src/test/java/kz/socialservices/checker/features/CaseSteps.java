package kz.socialservices.checker.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The steps of the centre's scenarios: a case's fields, an as-of date, and the findings expected. */
public class CaseSteps {

    private final CaseChecker checker;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private Map<String, JsonNode> findings;

    public CaseSteps(CaseChecker checker) {
        this.checker = checker;
    }

    @Given("a case with:")
    public void a_case_with(DataTable table) {
        fields.clear();
        the_case_also_has(table);
    }

    @Given("the case also has:")
    public void the_case_also_has(DataTable table) {
        for (List<String> row : table.asLists()) {
            fields.put(row.get(0).strip(), row.get(1) == null ? "" : row.get(1).strip());
        }
    }

    /** The scenario's case as CSV cells, for other steps (a drafter's simulation) to send. */
    Map<String, String> fields() {
        return fields;
    }

    @When("the case is checked as of {isoDate}")
    public void checked_as_of(LocalDate asOf) {
        findings = checker.check(fields, asOf);
    }

    @Then("{requirement} is {word}")
    public void verdict_is(String requirement, String verdict) {
        assertThat(text(requirement, "verdict")).as("%s: %s", requirement, finding(requirement)).isEqualTo(verdict);
    }

    @Then("the {requirement} due date is {isoDate}")
    public void due_date_is(String requirement, LocalDate due) {
        assertThat(text(requirement, "dueDate")).as("%s due date: %s", requirement, finding(requirement)).isEqualTo(due.toString());
    }

    @Then("the {requirement} missing fields are {fieldList}")
    public void missing_fields_are(String requirement, List<String> missing) {
        List<String> actual = new java.util.ArrayList<>();
        finding(requirement).get("missingFields").forEach(m -> actual.add(m.asString()));
        assertThat(actual).as("%s", finding(requirement)).containsExactlyElementsOf(missing);
    }

    @Then("the {requirement} edition is {word}")
    public void edition_is(String requirement, String edition) {
        assertThat(text(requirement, "edition")).as("%s", finding(requirement)).isEqualTo(edition);
    }

    @Then("the {requirement} basis is {word}")
    public void basis_is(String requirement, String basis) {
        assertThat(text(requirement, "basis")).as("%s", finding(requirement)).isEqualTo(basis);
    }

    @Then("the {requirement} evidence shows {word} {long}")
    public void evidence_shows(String requirement, String key, long value) {
        JsonNode shown = finding(requirement).get("evidence").get(key);
        assertThat(shown).as("%s evidence %s: %s", requirement, key, finding(requirement)).isNotNull();
        assertThat(shown.asLong()).as("%s evidence %s: %s", requirement, key, finding(requirement)).isEqualTo(value);
    }

    @Then("the {requirement} message says {string}")
    public void message_says(String requirement, String text) {
        assertThat(text(requirement, "message")).as("%s", finding(requirement)).contains(text);
    }

    private String text(String requirement, String field) {
        JsonNode v = finding(requirement).get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private JsonNode finding(String requirement) {
        assertThat(findings).as("the case must be checked first").isNotNull();
        assertThat(findings).as("a finding for %s", requirement).containsKey(requirement);
        return findings.get(requirement);
    }

    static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
