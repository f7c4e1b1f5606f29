package kz.socialservices.checker.api.evaluation;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.JSON;
import static kz.socialservices.checker.api.HttpTestSupport.asJson;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import kz.socialservices.checker.api.cli.Cli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The same cases give identical findings through CSV, JSON, the single-case endpoint and the command line. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgreementTest {

    static final String AS_OF = "2025-03-31";

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> csv_json_single_and_command_line_agree_on_every_fixture() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> boundary = Files.list(FIXTURES.resolve("boundary"))) {
            boundary.filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith(".expected.csv")).sorted().forEach(files::add);
        }
        files.add(FIXTURES.resolve("sample/centre-register.csv"));
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Answer csv = post(port, "/api/v1/evaluations?asOf=" + AS_OF, "text/csv", "application/json", Files.readAllBytes(file));
            assertThat(csv.status()).as(csv.body()).isEqualTo(200);
            JsonNode viaCsv = csv.json().get("results");

            var cases = asJson(file);
            Answer json = post(port, "/api/v1/evaluations?asOf=" + AS_OF, "application/json", "application/json", JSON.writeValueAsBytes(cases));
            assertThat(json.status()).as(json.body()).isEqualTo(200);
            assertThat(json.json().get("results")).isEqualTo(viaCsv);

            for (int i = 0; i < cases.size(); i++) {
                Answer single = post(port, "/api/v1/evaluations/single?asOf=" + AS_OF, "application/json", "application/json",
                        JSON.writeValueAsBytes(cases.get(i)));
                assertThat(single.status()).as(single.body()).isEqualTo(200);
                assertThat(single.json().get("findings")).as("case %d of %s", i + 1, file.getFileName())
                        .isEqualTo(viaCsv.get(i).get("findings"));
            }

            assertThat(commandLine(file).get("results")).isEqualTo(viaCsv);
        }));
    }

    private static JsonNode commandLine(Path file) {
        var c = kz.socialservices.checker.api.ConsoleCapture.capture(
                () -> Cli.run("check", file.toString(), "--as-of", AS_OF, "--format", "json"));
        assertThat(c.result()).as(c.err()).isZero();
        return JSON.readTree(c.out());
    }
}
