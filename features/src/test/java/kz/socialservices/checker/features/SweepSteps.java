package kz.socialservices.checker.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A drafter's sweep of a parameter through {@code POST /api/v1/simulations/sweep}. */
public class SweepSteps {

    private final Api api;
    private byte[] register;
    private Api.Answer answer;

    public SweepSteps(Api api) {
        this.api = api;
    }

    @Given("the national register for a sweep")
    public void the_national_register() throws IOException {
        register = Files.readAllBytes(ApiSteps.fixtures().resolve("national/national.csv"));
    }

    @When("the drafter sweeps {word} from {int} to {int} as of {isoDate}")
    public void sweeps(String parameter, int from, int to, LocalDate asOf) {
        answer = api.post(kz.socialservices.checker.api.accounts.Role.DRAFTER, "/api/v1/simulations/sweep?sweep=" + parameter + "=" + from + ".." + to + "&asOf=" + asOf, "text/csv",
                "application/json", register);
    }

    @Then("the sweep judges {word} and {word}")
    public void judges(String a, String b) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get("requirements").forEach(r -> ids.add(r.asString()));
        assertThat(ids).containsExactly(a, b);
    }

    private JsonNode curve(String kind, String group, String requirement) {
        for (JsonNode c : answer.json().get("curves")) {
            if (c.get("kind").asString().equals(kind) && c.get("group").asString().equals(group)
                    && (requirement == null ? c.get("requirement").isNull() : requirement.equals(c.get("requirement").asString(null)))) {
                return c;
            }
        }
        throw new AssertionError("no curve " + kind + " " + group + " " + requirement);
    }

    private static JsonNode at(JsonNode curve, int value) {
        for (JsonNode p : curve.get("points")) {
            if (p.get("value").asInt() == value) {
                return p;
            }
        }
        throw new AssertionError("no point at " + value);
    }

    @Then("the national {word} rate at {int} days is the current text's")
    public void current(String requirement, int value) {
        JsonNode c = curve("all", "", requirement);
        assertThat(c.get("current").get("value").asInt()).isEqualTo(value);
        assertThat(at(c, value).get("compliant").asLong()).isEqualTo(c.get("current").get("compliant").asLong());
        assertThat(at(c, value).get("nonCompliant").asLong()).isEqualTo(c.get("current").get("nonCompliant").asLong());
    }

    @Then("the national {word} rate never falls as the deadline grows")
    public void never_falls(String requirement) {
        double last = -1;
        for (JsonNode p : curve("all", "", requirement).get("points")) {
            assertThat(p.get("rate").asDouble()).as("at %s", p.get("value")).isGreaterThanOrEqualTo(last);
            last = p.get("rate").asDouble();
        }
    }

    @Then("the smallest deadline bringing {word} to {int}% nationally is {int} days")
    public void smallest(String requirement, int percent, int value) {
        Integer first = null;
        for (JsonNode p : curve("all", "", requirement).get("points")) {
            if (p.get("rate").asDouble() >= percent / 100.0) {
                first = p.get("value").asInt();
                break;
            }
        }
        assertThat(first).isEqualTo(value);
    }

    @Then("there is a curve for {word} and for {word} centres")
    public void per_ownership(String a, String b) {
        assertThat(curve("ownership", a, null).get("points").size()).isEqualTo(14);
        assertThat(curve("ownership", b, null).get("points").size()).isEqualTo(14);
    }

    @Then("the sweep is refused with {string}")
    public void refused(String text) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains(text);
    }
}
