package kz.socialservices.checker.api.simulation;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.get;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static kz.socialservices.checker.api.HttpTestSupport.postMultipart;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.api.HttpTestSupport;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import kz.socialservices.checker.api.HttpTestSupport.Part;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Amendments and simulations through the API: the packages offered, the three kinds of change end to end, refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimulationApiTest {

    static final String SAMPLE = "sample/centre-register.csv";
    static final String PAST = "&inForceFrom=2017-01-20&asOf=2025-03-31";

    @LocalServerPort
    int port;

    private Answer simulate(String query) throws Exception {
        return post(port, "/api/v1/simulations?" + query, "text/csv", "application/json", Files.readAllBytes(FIXTURES.resolve(SAMPLE)));
    }

    private Answer upload(String query, String packageFile) throws Exception {
        return postMultipart(port, "/api/v1/simulations?" + query, "application/json",
                new Part("file", "register.csv", "text/csv", Files.readAllBytes(FIXTURES.resolve(SAMPLE))),
                new Part("package", "package.yaml", "application/yaml", Files.readAllBytes(FIXTURES.resolve(packageFile))));
    }

    @Test
    void the_seven_shipped_packages_are_offered_with_their_titles_dates_and_changes() {
        Answer a = get(port, "/api/v1/amendments");
        assertThat(a.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        a.json().forEach(p -> ids.add(p.get("id").asString()));
        assertThat(ids).containsExactly("asm-02-seven-days", "asm-02-five-working-days", "ipr-expected-outcomes", "mon-recipient-view",
                "follow-up-severe", "infectious-named-diseases", "complex-stays-12-months");
        a.json().forEach(p -> {
            assertThat(p.get("title").get("ru").asString()).isNotBlank();
            assertThat(p.get("effective").asString()).isEqualTo("2027-01-01");
            assertThat(p.get("contentHash").asString()).startsWith("sha256:");
        });
        JsonNode one = get(port, "/api/v1/amendments/asm-02-five-working-days").json();
        assertThat(one.get("parameters").get("assessment.deadline_days").get("unit").asString()).isEqualTo("working_days");
        assertThat(one.get("basis").asString()).isEqualTo("ASSUMED");
        Answer none = get(port, "/api/v1/amendments/asm-02-nine-days");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_parameter_change_flips_asm_02_in_the_sample_and_gives_the_rates_per_centre_before_and_after() throws Exception {
        Answer a = simulate("amendment=asm-02-seven-days" + PAST);
        assertThat(a.status()).isEqualTo(200);
        JsonNode s = a.json().get("summary");
        assertThat(s.get("flips").get("byRequirement").get("ASM-02").get("NON_COMPLIANT->COMPLIANT").asLong()).isPositive();
        JsonNode centre = s.get("rates").get("byCentre").get("KC-KRG-01").get("ASM-02");
        assertThat(centre.get("after").get("rate").asDouble()).isGreaterThan(centre.get("before").get("rate").asDouble());
        assertThat(a.json().get("cases").get(0).get("changes").get(0).get("after").get("message").asString()).contains("7 calendar days");
        assertThat(a.json().get("provenance").get("amended").get("amendments").get(0).get("appliedFrom").asString()).isEqualTo("2017-01-20");
    }

    @Test
    void an_added_a_replaced_and_a_withdrawn_requirement_work_end_to_end() throws Exception {
        JsonNode added = simulate("amendment=ipr-expected-outcomes" + PAST).json().get("summary");
        assertThat(added.get("amendment").get("added").get(0).asString()).isEqualTo("IPR-08");
        assertThat(added.get("flips").get("byRequirement").get("IPR-08").propertyNames()).allMatch(t -> t.startsWith("ABSENT->"));

        JsonNode replaced = simulate("amendment=complex-stays-12-months" + PAST).json().get("summary");
        assertThat(replaced.get("amendment").get("replaced").toString()).contains("STAY-02", "EXIT-02");
        assertThat(replaced.get("amendment").get("judgedAgain").toString()).contains("STAY-02");

        Answer withdrawn = upload("x=1" + PAST, "amendments/drafter/withdraw-mon-02.yaml");
        assertThat(withdrawn.status()).isEqualTo(200);
        JsonNode w = withdrawn.json().get("summary");
        assertThat(w.get("amendment").get("withdrawn").get(0).asString()).isEqualTo("MON-02");
        assertThat(w.get("flips").get("byRequirement").get("MON-02").propertyNames()).allMatch(t -> t.endsWith("->ABSENT"));
        assertThat(w.get("rates").get("all").get("MON-02").get("after").get("rate").isNull()).isTrue();
    }

    @Test
    void an_uploaded_package_with_rules_is_refused_with_422_and_one_with_an_unknown_parameter_names_the_place() throws Exception {
        Answer drl = upload("x=1" + PAST, "amendments/refused/drl-syntax-error.yaml");
        assertThat(drl.status()).isEqualTo(422);
        assertThat(drl.contentType()).startsWith("application/problem+json");
        assertThat(drl.json().get("title").asString()).isEqualTo("Rules not accepted");
        assertThat(drl.json().get("errors").toString()).contains("drl_not_allowed");

        Answer unknown = upload("x=1" + PAST, "amendments/refused/unknown-parameter.yaml");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("unknown-parameter: parameters.assessment.deadline_dayz");

        Answer unit = upload("x=1" + PAST, "amendments/refused/wrong-unit.yaml");
        assertThat(unit.status()).isEqualTo(422);
        assertThat(unit.json().get("errors").get(0).get("code").asString()).isEqualTo("wrong_unit");

        Answer unknownId = simulate("amendment=asm-02-nine-days" + PAST);
        assertThat(unknownId.status()).isEqualTo(400);
        assertThat(unknownId.json().get("detail").asString()).contains("asm-02-seven-days");
    }

    @Test
    void no_amendment_gives_zero_flips_and_the_same_simulation_twice_gives_the_same_bytes() throws Exception {
        JsonNode none = simulate("asOf=2025-03-31").json().get("summary");
        assertThat(none.get("rowsEvaluated").asLong()).isEqualTo(70);
        assertThat(none.get("findingsChanged").asLong()).isZero();
        Answer once = simulate("amendment=asm-02-seven-days" + PAST);
        Answer twice = simulate("amendment=asm-02-seven-days&amendment=asm-02-seven-days" + PAST);
        assertThat(twice.body()).isEqualTo(once.body());
        assertThat(simulate("amendment=asm-02-seven-days" + PAST).body()).isEqualTo(once.body());
    }

    @Test
    void the_same_simulation_as_csv_rows_and_as_a_russian_memo() throws Exception {
        Answer csv = post(port, "/api/v1/simulations?amendment=asm-02-seven-days" + PAST, "text/csv", "text/csv",
                Files.readAllBytes(FIXTURES.resolve(SAMPLE)));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("case_id,centre_id,region,ownership,requirement,before,after");
        assertThat(csv.body().lines().skip(1)).allMatch(l -> l.contains(",ASM-02,NON_COMPLIANT,COMPLIANT,"));
        Answer memo = simulate("amendment=asm-02-seven-days&format=text&lang=ru" + PAST);
        assertThat(memo.contentType()).startsWith("text/plain");
        assertThat(memo.body()).contains("Моделирование изменений стандарта", "KC-KRG-01", "не соответствует → соответствует")
                .doesNotContain("KRG-2017-019");
    }

    @Test
    void a_register_with_identifying_data_is_refused_before_anything_is_simulated() throws Exception {
        Answer a = post(port, "/api/v1/simulations?amendment=asm-02-seven-days", "text/csv", "application/json",
                Files.readAllBytes(FIXTURES.resolve("malformed/identifying-name-column.csv")));
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("title").asString()).isEqualTo("Identifying data refused");
    }

    @Test
    void json_cases_simulate_like_the_csv_register() throws Exception {
        Answer a = post(port, "/api/v1/simulations?amendment=asm-02-seven-days" + PAST, "application/json", "application/json",
                HttpTestSupport.JSON.writeValueAsBytes(HttpTestSupport.asJson(FIXTURES.resolve(SAMPLE))));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("summary").get("flips")).isEqualTo(simulate("amendment=asm-02-seven-days" + PAST).json().get("summary").get("flips"));
    }
}
