package kz.socialservices.checker.features;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The running application as a client sees it, over HTTP on loopback. */
@Component
public class Api implements CaseChecker {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Environment environment;
    private final kz.socialservices.checker.api.accounts.AccountService accounts;
    private final Map<kz.socialservices.checker.api.accounts.Role, String> authorizations = new java.util.concurrent.ConcurrentHashMap<>();

    public Api(Environment environment, kz.socialservices.checker.api.accounts.AccountService accounts) {
        this.environment = environment;
        this.accounts = accounts;
    }

    /**
     * The scenarios call as a centre's account (a drafter's for what only a drafter may do), made through the real
     * account service (security stays on), with a token: HTTP Basic would cost a slow password hash per request.
     */
    private String authorization(kz.socialservices.checker.api.accounts.Role role) {
        return authorizations.computeIfAbsent(role, r -> {
            String name = "features-" + r.name().toLowerCase(java.util.Locale.ROOT);
            if (accounts.find(name).isEmpty()) {
                accounts.create(name, r, r == kz.socialservices.checker.api.accounts.Role.CENTRE ? "KC-01" : null, accounts.randomPassword(), "features");
            }
            return "Bearer " + accounts.issueToken(name, "features", "features");
        });
    }

    public record Answer(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Answer post(String pathAndQuery, String contentType, String accept, byte[] body) {
        return post(kz.socialservices.checker.api.accounts.Role.CENTRE, pathAndQuery, contentType, accept, body);
    }

    public Answer post(kz.socialservices.checker.api.accounts.Role as, String pathAndQuery, String contentType, String accept, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + pathAndQuery))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Authorization", authorization(as));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A scenario's case as a one-row CSV register (case_id "scenario" unless it has one). */
    static byte[] oneRowRegister(Map<String, String> fields) {
        Map<String, String> row = new LinkedHashMap<>(fields);
        row.putIfAbsent("case_id", "scenario");
        StringWriter csv = new StringWriter();
        try (CSVPrinter out = CSVFormat.RFC4180.print(csv)) {
            out.printRecord(row.keySet());
            out.printRecord(row.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The scenario's case as a one-row CSV register, checked through {@code POST /api/v1/evaluations}. */
    @Override
    public Map<String, JsonNode> check(Map<String, String> fields, LocalDate asOf) {
        Answer a = post("/api/v1/evaluations?asOf=" + asOf, "text/csv", "application/json", oneRowRegister(fields));
        if (a.status() != 200) {
            throw new AssertionError("the scenario's case was not evaluated: " + a.status() + " " + a.body());
        }
        JsonNode report = a.json();
        if (report.get("summary").get("rowsRejected").asLong() != 0) {
            throw new AssertionError("the scenario's case was rejected: " + report.get("summary").get("errors"));
        }
        Map<String, JsonNode> byRequirement = new LinkedHashMap<>();
        report.get("results").get(0).get("findings").forEach(f -> byRequirement.put(f.get("requirement").asString(), f));
        return byRequirement;
    }
}
