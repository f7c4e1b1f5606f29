package kz.socialservices.checker.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;

/** The ministry's steps: a register of several centres, an audit of it through the API, and what the audit shows. */
public class AuditSteps {

    private static final List<String> COLUMNS = List.of("case_id", "centre_id", "region", "ownership", "decision", "violence_forms",
            "application_date", "admission_date", "contract_date", "needs_assessment_date", "exit_date", "exit_reason",
            "confidentiality_informed");

    private final Api api;
    private byte[] register;
    private final List<String> caseKeys = new ArrayList<>();
    private String query;
    private Api.Answer answer;

    public AuditSteps(Api api) {
        this.api = api;
    }

    @Given("a register of these centres, every woman assessed within three days of her contract:")
    public void a_register_of_these_centres(DataTable centres) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter out = CSVFormat.RFC4180.print(csv)) {
            out.printRecord(COLUMNS);
            for (Map<String, String> centre : centres.asMaps()) {
                int cases = Integer.parseInt(centre.get("cases"));
                for (int i = 0; i < cases; i++) {
                    LocalDate admitted = LocalDate.parse("2021-03-01").plusDays(3L * i);
                    String key = centre.get("centre") + "-" + (i + 1);
                    caseKeys.add(key);
                    out.printRecord(key, centre.get("centre"), centre.get("region"), centre.get("ownership"), "ADMITTED", "PHYSICAL",
                            admitted, admitted, admitted, admitted.plusDays(2), admitted.plusDays(40), "GOALS_ACHIEVED", "true");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        register = csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Given("the national synthetic register")
    public void the_national_synthetic_register() throws IOException {
        register = Files.readAllBytes(ApiSteps.fixtures().resolve("national/national.csv"));
    }

    @When("the ministry audits it by {word} and {word}, as of {isoDate}")
    public void audits_by_two(String first, String second, LocalDate asOf) {
        audit("by=" + first + "&by=" + second + "&asOf=" + asOf);
    }

    @When("the ministry audits it by {word}, as of {isoDate}")
    public void audits_by(String dimension, LocalDate asOf) {
        audit("by=" + dimension + "&asOf=" + asOf);
    }

    @When("the ministry audits it by {word} for {int}, as of {isoDate}")
    public void audits_by_for(String dimension, int year, LocalDate asOf) {
        audit("by=" + dimension + "&years=" + year + "&asOf=" + asOf);
    }

    @When("the ministry audits it by {word} with figures about fewer than {int} cases suppressed, as of {isoDate}")
    public void audits_with_threshold(String dimension, int minCell, LocalDate asOf) {
        audit("by=" + dimension + "&minCell=" + minCell + "&asOf=" + asOf);
    }

    private void audit(String q) {
        query = "/api/v1/audits?" + q;
        answer = api.post(query, "text/csv", "application/json", register);
    }

    private JsonNode report() {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Groups by value, in every grouping but the national total (whose value is "all"). */
    private Map<String, JsonNode> groups() {
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode grouping : report().get("groupings")) {
            for (JsonNode group : grouping.get("groups")) {
                out.put(group.get("value").asString(), group);
            }
        }
        return out;
    }

    private JsonNode figures(String group, String requirement) {
        JsonNode g = groups().get(group);
        assertThat(g).as("group %s among %s", group, groups().keySet()).isNotNull();
        for (JsonNode r : g.get("requirements")) {
            if (r.get("requirement").asString().equals(requirement)) {
                return r;
            }
        }
        throw new AssertionError("no " + requirement + " in " + group);
    }

    @Then("the {requirement} cases of {string} are suppressed")
    public void cases_suppressed(String requirement, String group) {
        JsonNode f = figures(group, requirement);
        assertThat(f.get("cases").isNull()).as("%s", f).isTrue();
        assertThat(f.get("suppressed").toString()).contains("\"cases\"");
    }

    @Then("the {requirement} cases of {string} are shown")
    public void cases_shown(String requirement, String group) {
        assertThat(figures(group, requirement).get("cases").isNull()).as("%s", figures(group, requirement)).isFalse();
    }

    @Then("the {requirement} cases of {string} are {long}")
    public void cases_are(String requirement, String group, long cases) {
        assertThat(figures(group, requirement).get("cases").asLong()).isEqualTo(cases);
    }

    @Then("the {requirement} compliance rate of {string} is {word}")
    public void rate_is(String requirement, String group, String rate) {
        JsonNode f = figures(group, requirement);
        assertThat(String.format(java.util.Locale.ROOT, "%.1f%%", 100 * f.get("complianceRate").asDouble())).as("%s", f).isEqualTo(rate);
    }

    @Then("the {requirement} compliance rate of {string} and of {string} are both shown")
    public void rates_shown(String requirement, String one, String other) {
        for (String group : List.of(one, other)) {
            JsonNode rate = figures(group, requirement).get("complianceRate");
            assertThat(rate.isNull()).as("%s of %s", requirement, group).isFalse();
            assertThat(rate.asDouble()).isBetween(0.0, 1.0);
        }
    }

    /**
     * What a reader can work out: each group's cases are its verdicts added up, the country's are the sum of
     * each grouping's groups, and a region's the sum of its centres. Solving one unknown at a time must find
     * no suppressed figure.
     */
    @Then("no suppressed {requirement} figure can be worked out from the figures shown beside it")
    public void nothing_recomputable(String requirement) {
        Map<String, Long> shown = new HashMap<>();
        List<String> suppressed = new ArrayList<>();
        List<List<String>> sums = new ArrayList<>(); // first the total, then its parts
        List<String> columns = List.of("cases", "compliant", "nonCompliant", "pending", "undetermined");
        Map<String, List<String>> members = new TreeMap<>();
        for (JsonNode grouping : report().get("groupings")) {
            String name = grouping.get("grouping").asString();
            for (JsonNode group : grouping.get("groups")) {
                String value = group.get("value").asString();
                JsonNode f = figures(value, requirement);
                for (String c : columns) {
                    String cell = name + "=" + value + "." + c;
                    if (f.get(c).isNull()) {
                        suppressed.add(cell);
                    } else {
                        shown.put(cell, f.get(c).asLong());
                    }
                }
                sums.add(columns.stream().map(c -> name + "=" + value + "." + c).toList());
                if (!name.equals("all")) {
                    members.computeIfAbsent("all=all", k -> new ArrayList<>());
                    if (!name.contains("|")) {
                        members.get("all=all").add(name + "=" + value);
                    } else {
                        String[] dims = name.split("\\|");
                        String[] values = value.split("\\|");
                        for (int d = 0; d < 2; d++) {
                            members.computeIfAbsent(dims[d] + "=" + values[d], k -> new ArrayList<>()).add(name + "=" + value);
                        }
                    }
                }
            }
        }
        // "all=all" collects the groups of both dimensions: one sum per dimension
        members.forEach((total, parts) -> {
            Map<String, List<String>> byGrouping = new TreeMap<>();
            parts.forEach(p -> byGrouping.computeIfAbsent(p.substring(0, p.indexOf('=')), k -> new ArrayList<>()).add(p));
            byGrouping.values().forEach(list -> columns.forEach(c -> {
                List<String> sum = new ArrayList<>(List.of(total + "." + c));
                list.forEach(p -> sum.add(p + "." + c));
                sums.add(sum);
            }));
        });
        List<String> found = new ArrayList<>();
        for (boolean more = true; more; ) {
            more = false;
            for (List<String> sum : sums) {
                List<String> unknown = sum.stream().filter(c -> !shown.containsKey(c)).toList();
                if (unknown.size() == 1) {
                    long parts = sum.subList(1, sum.size()).stream().filter(shown::containsKey).mapToLong(shown::get).sum();
                    shown.put(unknown.get(0), unknown.get(0).equals(sum.get(0)) ? parts : shown.get(sum.get(0)) - parts);
                    found.add(unknown.get(0));
                    more = true;
                }
            }
        }
        assertThat(suppressed).isNotEmpty();
        assertThat(found).as("worked out").doesNotContainAnyElementsOf(suppressed);
    }

    @Then("the audit is refused as a {int} problem saying {string}")
    public void refused(int status, String words) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains(words);
    }

    @Then("no case key of the register appears in the answer")
    public void no_case_key() {
        assertThat(report().toString()).isNotEmpty();
        caseKeys.forEach(k -> assertThat(answer.body()).doesNotContain(k));
    }

    @Then("no case key of the register appears in the answer as CSV")
    public void no_case_key_in_csv() {
        Api.Answer csv = api.post(query, "text/csv", "text/csv", register);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("group,value,requirement,");
        caseKeys.forEach(k -> assertThat(csv.body()).doesNotContain(k));
    }

    @Then("the groups are {string} and {string}")
    public void the_groups_are(String one, String other) {
        List<String> values = new ArrayList<>();
        report().get("groupings").get(0).get("groups").forEach(g -> values.add(g.get("value").asString()));
        assertThat(values).containsExactly(one, other);
    }

    @Then("for every requirement each group shows its compliance rate or says it is suppressed or undefined")
    public void every_rate_accounted_for() {
        for (JsonNode group : report().get("groupings").get(0).get("groups")) {
            for (JsonNode r : group.get("requirements")) {
                boolean suppressed = r.get("suppressed").toString().contains("complianceRate");
                boolean undefined = !r.get("compliant").isNull() && !r.get("nonCompliant").isNull()
                        && r.get("compliant").asLong() + r.get("nonCompliant").asLong() == 0;
                assertThat(!r.get("complianceRate").isNull() || suppressed || undefined).as("%s", r).isTrue();
            }
        }
    }

    /** The answer each centre gives, by the ASSUMED thresholds of REQUIREMENTS.md, counted. */
    private Map<String, Integer> answers(java.util.function.Function<JsonNode, Double> figure, double[] bounds, String[] names) {
        Map<String, Integer> out = new TreeMap<>();
        for (JsonNode centre : report().get("groupings").get(0).get("groups")) {
            Double v = figure.apply(centre);
            assertThat(v).as("a suppressed figure of %s cannot be read", centre.get("value")).isNotNull();
            int band = 0;
            while (band < bounds.length && v < bounds[band]) {
                band++;
            }
            out.merge(names[band], 1, Integer::sum);
        }
        return out;
    }

    private static Double nullable(JsonNode n) {
        return n == null || n.isNull() ? null : n.asDouble();
    }

    private static JsonNode named(JsonNode list, String key, String name) {
        for (JsonNode n : list) {
            if (n.get(key).asString().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name);
    }

    @Then("by their ASM-02 compliance rate {int} centres always, {int} almost always and {int} often assess within the deadline")
    public void table_9(int always, int almostAlways, int often) {
        Map<String, Integer> counted = answers(c -> nullable(named(c.get("requirements"), "requirement", "ASM-02").get("complianceRate")),
                new double[] {0.97, 0.90, 0.75, 0.40}, new String[] {"always", "almost always", "often", "sometimes", "never"});
        assertThat(counted).isEqualTo(Map.of("always", always, "almost always", almostAlways, "often", often));
    }

    @Then("by their plan completion {int} centres carry out 95-100% of their plans, {int} centres 75-95% and {int} centre 50-75%")
    public void table_10(int top, int middle, int low) {
        Map<String, Integer> counted = answers(c -> nullable(named(named(c.get("indicators"), "indicator", "plan_measures")
                .get("categories"), "category", "done").get("share")), new double[] {0.95, 0.75, 0.50},
                new String[] {"95-100%", "75-95%", "50-75%", "under 50%"});
        assertThat(counted).isEqualTo(Map.of("95-100%", top, "75-95%", middle, "50-75%", low));
    }

    @Then("{int} centres end some services for breach: {int} for violations of the internal rules and {int} for absence")
    public void terminations(int breach, int violations, int absence) {
        int[] counted = new int[3];
        for (JsonNode centre : report().get("groupings").get(0).get("groups")) {
            JsonNode exits = named(centre.get("indicators"), "indicator", "exit_reason").get("categories");
            JsonNode rv = named(exits, "category", "RULES_VIOLATION").get("count");
            JsonNode ua = named(exits, "category", "UNAUTHORISED_ABSENCE").get("count");
            assertThat(rv.isNull() || ua.isNull()).as("%s: a suppressed count cannot be read", centre.get("value")).isFalse();
            counted[0] += rv.asLong() + ua.asLong() > 0 ? 1 : 0;
            counted[1] += rv.asLong() > 0 ? 1 : 0;
            counted[2] += ua.asLong() > 0 ? 1 : 0;
        }
        assertThat(counted).containsExactly(breach, violations, absence);
    }
}
