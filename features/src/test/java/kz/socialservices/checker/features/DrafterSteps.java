package kz.socialservices.checker.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The steps of a drafter's scenarios: a shipped amendment (applied from its effective date, or as
 * if in force from another), a case, and what the amendment changes for it, through
 * {@code POST /api/v1/simulations} as the drafter's tools call it.
 */
public class DrafterSteps {

    private final Api api;
    private final CaseSteps caseSteps;
    private final List<String> amendments = new ArrayList<>();
    private LocalDate inForceFrom;
    private final Map<String, JsonNode> changes = new LinkedHashMap<>();
    private Map<String, JsonNode> current;

    public DrafterSteps(Api api, CaseSteps caseSteps) {
        this.api = api;
        this.caseSteps = caseSteps;
    }

    @Given("the amendment {string}")
    public void the_amendment(String id) {
        amendments.add(id);
    }

    @Given("the amendment {string} as if in force from {isoDate}")
    public void the_amendment_as_if_in_force_from(String id, LocalDate from) {
        amendments.add(id);
        inForceFrom = from;
    }

    @When("the case is simulated as of {isoDate}")
    public void simulated_as_of(LocalDate asOf) {
        StringBuilder query = new StringBuilder("/api/v1/simulations?asOf=" + asOf);
        amendments.forEach(a -> query.append("&amendment=").append(a));
        if (inForceFrom != null) {
            query.append("&inForceFrom=").append(inForceFrom);
        }
        Api.Answer a = api.post(query.toString(), "text/csv", "application/json", Api.oneRowRegister(caseSteps.fields()));
        assertThat(a.status()).as("the simulation: %s", a.body()).isEqualTo(200);
        JsonNode report = a.json();
        assertThat(report.get("summary").get("rowsRejected").asLong()).as("rejected: %s", report.get("summary").get("errors")).isZero();
        changes.clear();
        report.get("cases").forEach(c -> c.get("changes").forEach(ch -> changes.put(ch.get("requirement").asString(), ch)));
        current = api.check(caseSteps.fields(), asOf);
    }

    @Then("{requirement} goes from {word} to {word}")
    public void goes_from_to(String requirement, String before, String after) {
        assertThat(changes).as("%s changes; the changes: %s", requirement, changes.keySet()).containsKey(requirement);
        assertThat(changes.get(requirement).get("transition").asString()).as("%s", changes.get(requirement))
                .isEqualTo(before + "->" + after);
    }

    @Then("{requirement} stays {word}")
    public void stays(String requirement, String verdict) {
        assertThat(changes).as("%s does not change: %s", requirement, changes.get(requirement)).doesNotContainKey(requirement);
        assertThat(current.get(requirement).get("verdict").asString()).as("%s under the current text", requirement).isEqualTo(verdict);
    }

    @Then("{requirement} is not judged differently")
    public void not_judged_differently(String requirement) {
        assertThat(changes).as("%s does not change", requirement).doesNotContainKey(requirement);
    }

    @Then("the amended {requirement} message says {string}")
    public void amended_message_says(String requirement, String text) {
        assertThat(changes.get(requirement).get("after").get("message").asString()).contains(text);
    }

    @Then("the current {requirement} message says {string}")
    public void current_message_says(String requirement, String text) {
        assertThat(changes.get(requirement).get("before").get("message").asString()).contains(text);
    }

    @Then("the amended {requirement} basis is {word}")
    public void amended_basis_is(String requirement, String basis) {
        assertThat(changes.get(requirement).get("after").get("basis").asString()).isEqualTo(basis);
    }

    @Then("the amended {requirement} missing fields are {fieldList}")
    public void amended_missing_fields(String requirement, List<String> missing) {
        List<String> actual = new ArrayList<>();
        changes.get(requirement).get("after").get("missingFields").forEach(m -> actual.add(m.asString()));
        assertThat(actual).containsExactlyElementsOf(missing);
    }
}
