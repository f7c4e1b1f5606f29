package kz.socialservices.checker.api.evaluation;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * 32 clients evaluating at once, over loopback, for a bounded time (a minute by default; set
 * {@code -Dchecker.concurrency.seconds} to change it) get exactly the results of a single-threaded run.
 */
// thousands of requests: their one-line logs would only bury the test output
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.kz.socialservices.checker.api.web.RequestLog=WARN")
class ConcurrencyTest {

    static final int CLIENTS = 32;

    @LocalServerPort
    int port;

    @Test
    void thirty_two_concurrent_clients_get_the_results_of_a_single_threaded_run() throws Exception {
        byte[] sample = Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv"));
        byte[] boundary = Files.readAllBytes(FIXTURES.resolve("boundary/MON-01.csv"));
        JsonNode expectedSample = results(post(port, "/api/v1/evaluations?asOf=2025-03-31", "text/csv", "application/json", sample));
        JsonNode expectedBoundary = results(post(port, "/api/v1/evaluations?asOf=2022-03-01&lang=ru", "text/csv", "application/json", boundary));

        long seconds = Long.getLong("checker.concurrency.seconds", 60);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Integer>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            boolean sampleClient = c % 2 == 0;
            clients.add(pool.submit(() -> {
                int requests = 0;
                while (System.nanoTime() < end) {
                    JsonNode got = sampleClient
                            ? results(post(port, "/api/v1/evaluations?asOf=2025-03-31", "text/csv", "application/json", sample))
                            : results(post(port, "/api/v1/evaluations?asOf=2022-03-01&lang=ru", "text/csv", "application/json", boundary));
                    assertThat(got).isEqualTo(sampleClient ? expectedSample : expectedBoundary);
                    requests++;
                }
                return requests;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 120, TimeUnit.SECONDS)).as("clients finished in time").isTrue();
        int total = 0;
        for (Future<Integer> client : clients) {
            int requests = client.get();
            assertThat(requests).as("every client was served").isPositive();
            total += requests;
        }
        assertThat(total).isGreaterThanOrEqualTo(CLIENTS);
    }

    private static JsonNode results(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().get("results");
    }
}
