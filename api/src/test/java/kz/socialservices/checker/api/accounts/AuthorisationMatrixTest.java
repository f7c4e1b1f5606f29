package kz.socialservices.checker.api.accounts;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.bearer;
import static kz.socialservices.checker.api.HttpTestSupport.call;
import static kz.socialservices.checker.api.HttpTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the served OpenAPI document x every role (a centre on its own and on another centre's
 * resources, the ministry, a drafter, an administrator, no one) -> the status expected. An endpoint the document
 * lists and the matrix does not fails the test; so does a case key of the register in any answer to the ministry,
 * a drafter or an administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    enum Who { ANONYMOUS, CENTRE_OWN, CENTRE_OTHER, MINISTRY, DRAFTER, ADMIN }

    private static final String CENTRE = "KC-KRG-01";

    /** How to call an endpoint: its method, the path with its variables filled in, the body. */
    private record Call(String method, String path, String contentType, byte[] body) {
    }

    /** One row: the endpoint as the document names it, how to call it, and each caller's status. */
    private record Row(String endpoint, java.util.function.Supplier<Call> call, Map<Who, Integer> expected) {
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    final Map<Who, String> authorization = new LinkedHashMap<>();
    byte[] sample;
    String runId;
    String simulationId;
    List<Row> matrix;

    @BeforeAll
    void accountsAndResources() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        authorization.put(Who.ANONYMOUS, null);
        authorization.put(Who.CENTRE_OWN, token("own-" + suffix, Role.CENTRE, CENTRE));
        authorization.put(Who.CENTRE_OTHER, token("other-" + suffix, Role.CENTRE, "KC-OTHER-02"));
        authorization.put(Who.MINISTRY, token("ministry-" + suffix, Role.MINISTRY, null));
        authorization.put(Who.DRAFTER, token("drafter-" + suffix, Role.DRAFTER, null));
        authorization.put(Who.ADMIN, token("admin-" + suffix, Role.ADMIN, null));
        sample = Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv"));
        runId = call(port, "POST", "/api/v1/runs?asOf=2025-03-31", "text/csv", sample, authorization.get(Who.CENTRE_OWN)).json().get("id").asString();
        simulationId = simulationIdOf();
        matrix = matrix();
    }

    private String simulationIdOf() {
        // the job's id is in a header of the answer
        var r = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                        + "/api/v1/simulations?amendment=asm-02-seven-days&asOf=2025-03-31"))
                .header("Content-Type", "text/csv").header("Authorization", authorization.get(Who.CENTRE_OWN))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(sample)).build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(r, java.net.http.HttpResponse.BodyHandlers.discarding())
                    .headers().firstValue("X-Simulation-Id").orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String token(String name, Role role, String centre) {
        accounts.create(name, role, centre, accounts.randomPassword(), "test");
        return bearer(accounts.issueToken(name, "matrix", "test"));
    }

    private static Map<Who, Integer> statuses(int anonymous, int own, int other, int ministry, int drafter, int admin) {
        Map<Who, Integer> m = new LinkedHashMap<>();
        m.put(Who.ANONYMOUS, anonymous);
        m.put(Who.CENTRE_OWN, own);
        m.put(Who.CENTRE_OTHER, other);
        m.put(Who.MINISTRY, ministry);
        m.put(Who.DRAFTER, drafter);
        m.put(Who.ADMIN, admin);
        return m;
    }

    private static Map<Who, Integer> everyone(int status) {
        return statuses(status, status, status, status, status, status);
    }

    private List<Row> matrix() {
        byte[] single = ("{\"caseId\": \"A-1\", \"centreId\": \"" + CENTRE + "\", \"decision\": \"ADMITTED\", \"applicationDate\": \"2021-03-05\", "
                + "\"admissionDate\": \"2021-03-05\"}").getBytes(StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET /api/v1/requirements", () -> new Call("GET", "/api/v1/requirements", null, null), everyone(200)));
        rows.add(new Row("GET /api/v1/requirements/{id}", () -> new Call("GET", "/api/v1/requirements/ASM-02", null, null), everyone(200)));
        rows.add(new Row("GET /api/v1/editions", () -> new Call("GET", "/api/v1/editions", null, null), everyone(200)));
        rows.add(new Row("GET /api/v1/amendments", () -> new Call("GET", "/api/v1/amendments", null, null), everyone(200)));
        rows.add(new Row("GET /api/v1/amendments/{id}", () -> new Call("GET", "/api/v1/amendments/asm-02-seven-days", null, null), everyone(200)));
        rows.add(new Row("GET /api/v1/templates/register.xlsx", () -> new Call("GET", "/api/v1/templates/register.xlsx", null, null), everyone(200)));
        rows.add(new Row("POST /api/v1/evaluations", () -> new Call("POST", "/api/v1/evaluations?asOf=2025-03-31", "text/csv", sample),
                statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("POST /api/v1/evaluations/single", () -> new Call("POST", "/api/v1/evaluations/single?asOf=2021-04-01", "application/json", single),
                statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("POST /api/v1/audits", () -> new Call("POST", "/api/v1/audits?by=year&asOf=2025-03-31", "text/csv", sample),
                statuses(401, 200, 200, 200, 403, 403)));
        rows.add(new Row("POST /api/v1/audits/stored", () -> new Call("POST", "/api/v1/audits/stored?by=centre&asOf=2025-03-31", null, null),
                statuses(401, 403, 403, 200, 403, 403)));
        rows.add(new Row("POST /api/v1/simulations/stored", () -> new Call("POST", "/api/v1/simulations/stored?amendment=asm-02-seven-days&asOf=2025-03-31",
                null, null), statuses(401, 403, 403, 403, 200, 403)));
        // A sweep is a drafter's: aggregates over a range of a parameter, no case key (checked for every non-centre answer).
        rows.add(new Row("POST /api/v1/simulations/sweep", () -> new Call("POST", "/api/v1/simulations/sweep?sweep=assessment.deadline_days=1..3"
                + "&asOf=2025-03-31", "text/csv", sample), statuses(401, 403, 403, 403, 200, 403)));
        // The pack is a centre's, of its own rows: another centre's rows are row errors (InspectionPackTest reads what is left).
        rows.add(new Row("POST /api/v1/evaluations/pack", () -> new Call("POST", "/api/v1/evaluations/pack?asOf=2025-03-31", "text/csv", sample),
                statuses(401, 200, 200, 403, 403, 403)));
        rows.add(new Row("POST /api/v1/simulations", () -> new Call("POST", "/api/v1/simulations?amendment=asm-02-seven-days&asOf=2025-03-31",
                "text/csv", sample), statuses(401, 200, 200, 403, 200, 403)));
        rows.add(new Row("GET /api/v1/simulations/{id}", () -> new Call("GET", "/api/v1/simulations/" + simulationId, null, null),
                statuses(401, 200, 404, 403, 404, 403)));
        rows.add(new Row("GET /api/v1/simulations/{id}/result", () -> new Call("GET", "/api/v1/simulations/" + simulationId + "/result", null, null),
                statuses(401, 200, 404, 403, 404, 403)));
        rows.add(new Row("POST /api/v1/runs", () -> new Call("POST", "/api/v1/runs?asOf=2025-03-31", "text/csv", sample),
                statuses(401, 201, 201, 403, 403, 403)));
        rows.add(new Row("GET /api/v1/runs", () -> new Call("GET", "/api/v1/runs", null, null), statuses(401, 200, 200, 200, 403, 403)));
        rows.add(new Row("GET /api/v1/runs/{id}", () -> new Call("GET", "/api/v1/runs/" + runId, null, null), statuses(401, 200, 404, 200, 403, 403)));
        rows.add(new Row("GET /api/v1/runs/{id}/findings", () -> new Call("GET", "/api/v1/runs/" + runId + "/findings", null, null),
                statuses(401, 200, 404, 403, 403, 403)));
        rows.add(new Row("POST /api/v1/runs/{id}/replay", () -> new Call("POST", "/api/v1/runs/" + runId + "/replay", null, null),
                statuses(401, 200, 404, 403, 403, 403)));
        rows.add(new Row("GET /api/v1/accounts", () -> new Call("GET", "/api/v1/accounts", null, null), statuses(401, 403, 403, 403, 403, 200)));
        rows.add(new Row("POST /api/v1/accounts", () -> new Call("POST", "/api/v1/accounts", "application/json", newAccount()),
                statuses(401, 403, 403, 403, 403, 201)));
        rows.add(new Row("POST /api/v1/accounts/{name}/disable", () -> new Call("POST", "/api/v1/accounts/" + throwawayAccount() + "/disable", null, null),
                statuses(401, 403, 403, 403, 403, 200)));
        rows.add(new Row("POST /api/v1/tokens", () -> new Call("POST", "/api/v1/tokens", "application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                statuses(401, 201, 201, 201, 201, 201)));
        return rows;
    }

    private byte[] newAccount() {
        return ("{\"name\": \"new-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"role\": \"MINISTRY\", \"password\": \""
                + accounts.randomPassword() + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private String throwawayAccount() {
        String name = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, Role.DRAFTER, null, accounts.randomPassword(), "test");
        return name;
    }

    @Test
    void every_endpoint_of_the_openapi_document_is_in_the_matrix_and_no_other() {
        JsonNode paths = get(port, "/v3/api-docs", null).json().get("paths");
        TreeSet<String> documented = new TreeSet<>();
        for (var path : paths.properties()) {
            for (var method : path.getValue().properties()) {
                documented.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        TreeSet<String> inMatrix = new TreeSet<>();
        matrix.forEach(r -> inMatrix.add(r.endpoint()));
        assertThat(inMatrix).as("the authorisation matrix lists exactly the documented endpoints").isEqualTo(documented);
    }

    Stream<Arguments> cells() {
        List<Arguments> out = new ArrayList<>();
        for (Row row : matrix) {
            row.expected().forEach((who, status) -> out.add(Arguments.of(row.endpoint(), who, status, row)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void each_role_gets_the_status_of_the_matrix_and_only_a_centre_sees_case_keys(String endpoint, Who who, int expected, Row row)
            throws Exception {
        Call c = row.call().get();
        Answer a = call(port, c.method(), c.path(), c.contentType(), c.body(), authorization.get(who));
        assertThat(a.status()).as(endpoint + " as " + who + ": " + abbreviated(a.body())).isEqualTo(expected);
        if (who != Who.CENTRE_OWN && who != Who.CENTRE_OTHER) {
            for (String key : kz.socialservices.checker.api.HttpTestSupport.sampleCaseKeys()) {
                assertThat(Pattern.compile("(?<![A-Za-z0-9-])" + Pattern.quote(key) + "(?![A-Za-z0-9-])").matcher(a.body()).find())
                        .as(endpoint + " as " + who + " names the case " + key).isFalse();
            }
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
