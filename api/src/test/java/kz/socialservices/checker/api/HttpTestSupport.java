package kz.socialservices.checker.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kz.socialservices.checker.standard.CaseCsv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/** A loopback HTTP client for the API tests, and the fixtures in their CSV and JSON forms. */
public final class HttpTestSupport {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final Path FIXTURES = locate();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Answer(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private HttpTestSupport() {
    }

    /**
     * The Authorization header sent to a server when a call names none: the test account {@link DefaultTestAccount}
     * made through the real account service when the server started.
     */
    private static final java.util.Map<Integer, String> DEFAULT_AUTHORIZATION = new java.util.concurrent.ConcurrentHashMap<>();

    static void defaultAuthorization(int port, String authorization) {
        DEFAULT_AUTHORIZATION.put(port, authorization);
    }

    /** The Authorization header a call to this server sends when it names none (for tests with a client of their own). */
    public static String defaultAuthorization(int port) {
        return DEFAULT_AUTHORIZATION.get(port);
    }

    /** HTTP Basic credentials as a header value. */
    public static String basic(String name, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static Answer post(int port, String pathAndQuery, String contentType, String accept, byte[] body) {
        return post(port, pathAndQuery, contentType, accept, body, DEFAULT_AUTHORIZATION.get(port));
    }

    /** As {@link #post(int, String, String, String, byte[])}, with the given Authorization header (null: none). */
    public static Answer post(int port, String pathAndQuery, String contentType, String accept, byte[] body, String authorization) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        if (accept != null) {
            r.header("Accept", accept);
        }
        return send(r.build());
    }

    /** One part of a multipart/form-data body. */
    public record Part(String name, String filename, String contentType, byte[] content) {
    }

    public static Answer postMultipart(int port, String pathAndQuery, String accept, Part... parts) {
        return postMultipart(port, pathAndQuery, accept, DEFAULT_AUTHORIZATION.get(port), parts);
    }

    public static Answer postMultipart(int port, String pathAndQuery, String accept, String authorization, Part... parts) {
        String boundary = "----checker-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part p : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\"; filename=\"" + p.filename()
                    + "\"\r\nContent-Type: " + p.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(port, pathAndQuery, "multipart/form-data; boundary=" + boundary, accept, body.toByteArray(), authorization);
    }

    public static Answer get(int port, String path) {
        return get(port, path, DEFAULT_AUTHORIZATION.get(port));
    }

    /** A GET with the given Authorization header (null: none). */
    public static Answer get(int port, String path, String authorization) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return send(r.build());
    }

    /** Any method, the given Authorization header (null: none). */
    public static Answer call(int port, String method, String path, String contentType, byte[] body, String authorization) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return send(r.build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The case keys of the sample register, for tests that a role never sees one. */
    public static java.util.List<String> sampleCaseKeys() throws IOException {
        java.util.List<String> lines = Files.readAllLines(FIXTURES.resolve("sample/centre-register.csv"));
        return lines.subList(1, lines.size()).stream().map(line -> line.split(",")[0]).toList();
    }

    /** A register's rows as JSON cases (see {@link CaseCsv#toJson}). */
    public static ArrayNode asJson(Path csv) throws IOException {
        return CaseCsv.toJson(csv);
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fixtures/sample"))) {
                return dir.resolve("fixtures");
            }
        }
        throw new IllegalStateException("no fixtures/ folder");
    }
}
