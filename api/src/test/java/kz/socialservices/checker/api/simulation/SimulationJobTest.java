package kz.socialservices.checker.api.simulation;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.get;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A simulation not done within {@code checker.simulation.answer-within} runs as a job: 202 with its
 * status resource, which shows progress and, when done, where the result is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "checker.simulation.answer-within=0s")
class SimulationJobTest {

    @LocalServerPort
    int port;

    @Test
    void a_long_simulation_is_accepted_as_a_job_whose_status_leads_to_its_result() throws Exception {
        Answer started = post(port, "/api/v1/simulations?amendment=asm-02-seven-days&inForceFrom=2017-01-20&asOf=2025-03-31", "text/csv",
                "application/json", Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv")));
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").asString();
        assertThat(started.json().get("rowsTotal").asLong()).isEqualTo(70);
        JsonNode status = started.json();
        for (int i = 0; i < 300 && !status.get("state").asString().equals("done"); i++) {
            Thread.sleep(100);
            status = get(port, "/api/v1/simulations/" + id).json();
        }
        assertThat(status.get("state").asString()).isEqualTo("done");
        assertThat(status.get("progress").asDouble()).isEqualTo(1.0);
        Answer result = get(port, status.get("result").asString());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.json().get("summary").get("findingsChanged").asLong()).isEqualTo(status.get("findingsChanged").asLong()).isPositive();
        assertThat(get(port, "/api/v1/simulations/no-such-job").status()).isEqualTo(404);
    }
}
