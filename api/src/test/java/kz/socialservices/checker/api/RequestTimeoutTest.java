package kz.socialservices.checker.api;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An evaluation that runs past {@code checker.limits.request-timeout} is abandoned with a 503 problem. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "checker.limits.request-timeout=1ns")
class RequestTimeoutTest {

    @LocalServerPort
    int port;

    @Test
    void an_evaluation_past_the_timeout_is_a_503_problem() throws Exception {
        Answer a = post(port, "/api/v1/evaluations?asOf=2025-03-31", "text/csv", "application/json",
                Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv")));
        assertThat(a.status()).isEqualTo(503);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("detail").asString()).contains("split the register");
    }
}
