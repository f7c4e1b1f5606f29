package kz.socialservices.checker.api;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.get;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The API's contract: documented endpoints, catalogue, limits, languages, media types. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"checker.limits.max-body-size=64KB", "checker.limits.max-rows=100"})
class ApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void the_openapi_document_lists_every_endpoint_and_swagger_ui_is_served() {
        Answer docs = get(port, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.has("/api/v1/evaluations")).isTrue();
        assertThat(paths.has("/api/v1/evaluations/single")).isTrue();
        assertThat(paths.has("/api/v1/requirements")).isTrue();
        assertThat(paths.has("/api/v1/requirements/{id}")).isTrue();
        assertThat(paths.has("/api/v1/editions")).isTrue();
        assertThat(paths.has("/api/v1/amendments")).isTrue();
        assertThat(paths.has("/api/v1/amendments/{id}")).isTrue();
        assertThat(paths.has("/api/v1/simulations")).isTrue();
        assertThat(paths.has("/api/v1/simulations/{id}")).isTrue();
        assertThat(paths.has("/api/v1/simulations/{id}/result")).isTrue();
        assertThat(get(port, "/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(get(port, "/swagger-ui.html").status()).as("the README's address").isIn(200, 302);
    }

    @Test
    void the_catalogue_gives_each_requirement_its_basis_and_parameter_values_per_edition() {
        Answer all = get(port, "/api/v1/requirements");
        assertThat(all.json()).hasSize(33);
        JsonNode asm02 = get(port, "/api/v1/requirements/ASM-02").json();
        assertThat(asm02.get("basis").asString()).isEqualTo("SEED");
        JsonNode byEdition = asm02.get("parameters").get("assessment.deadline_days").get("byEdition");
        assertThat(byEdition.get("1079-2016").get("value").asInt()).isEqualTo(3);
        assertThat(byEdition.get("263-2023").get("basis").asString()).isEqualTo("ASSUMED");
        assertThat(get(port, "/api/v1/requirements/XYZ-99").status()).isEqualTo(404);
        List<String> editions = new ArrayList<>();
        get(port, "/api/v1/editions").json().forEach(e -> editions.add(e.get("id").asString()));
        assertThat(editions).containsExactly("1079-2016", "1079-2022", "263-2023");
    }

    @Test
    void health_and_info_name_the_rule_set() {
        assertThat(get(port, "/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(get(port, "/actuator/info").json().get("standard").get("ruleSetHash").asString()).startsWith("sha256:");
    }

    @Test
    void a_body_over_the_size_limit_is_413_and_a_register_over_the_row_limit_too() throws Exception {
        String header = Files.readAllLines(FIXTURES.resolve("sample/centre-register.csv")).get(0);
        Answer big = post(port, "/api/v1/evaluations", "text/csv", "application/json",
                (header + "\n" + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.contentType()).startsWith("application/problem+json");
        StringBuilder rows = new StringBuilder("case_id\n");
        for (int i = 0; i < 101; i++) {
            rows.append("R").append(i).append('\n');
        }
        Answer many = post(port, "/api/v1/evaluations", "text/csv", "application/json", rows.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(many.status()).isEqualTo(413);
        assertThat(many.json().get("errors").get(0).get("code").asString()).isEqualTo("too_many_rows");
    }

    @Test
    void messages_come_in_the_language_asked_for_by_parameter_or_header() throws Exception {
        byte[] sample = Files.readAllBytes(FIXTURES.resolve("boundary/CONF-01.csv"));
        String ru = post(port, "/api/v1/evaluations?asOf=2022-01-01&lang=ru", "text/csv", "application/json", sample).body();
        assertThat(ru).containsPattern("[а-яА-Я]");
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/evaluations?asOf=2022-01-01"))
                .header("Content-Type", "text/csv").header("Accept-Language", "kk-KZ, ru;q=0.8")
                .header("Authorization", HttpTestSupport.defaultAuthorization(port))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(sample)).build();
        String kk = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertThat(kk).contains("\"language\":\"kk\"");
        assertThat(post(port, "/api/v1/evaluations?lang=fr", "text/csv", "application/json", sample).status()).isEqualTo(400);
    }

    @Test
    void csv_is_answered_when_asked_for_and_an_unacceptable_type_is_406() throws Exception {
        byte[] sample = Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv"));
        Answer csv = post(port, "/api/v1/evaluations?asOf=2025-03-31", "text/csv", "text/csv", sample);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().count()).isEqualTo(1 + 70 * 33);
        assertThat(post(port, "/api/v1/evaluations", "text/csv", "application/xml", sample).status()).isEqualTo(406);
        assertThat(post(port, "/api/v1/evaluations", "application/xml", "application/json", sample).status()).isEqualTo(415);
    }

    @Test
    void a_malformed_as_of_date_is_a_400_naming_the_parameter() throws Exception {
        Answer a = post(port, "/api/v1/evaluations?asOf=31.03.2025", "text/csv", "application/json",
                Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv")));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
    }

    @Test
    void an_invalid_single_case_is_422_naming_its_fields() {
        Answer a = post(port, "/api/v1/evaluations/single", "application/json", "application/json",
                "{\"caseId\": \"S1\", \"admissionDate\": \"2021-02-30\", \"decision\": \"MAYBE\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        a.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("admission_date", "decision");
        assertThat(a.body()).doesNotContain("MAYBE").doesNotContain("2021-02-30");
    }
}
