package kz.socialservices.checker.api.simulation;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import java.util.UUID;
import kz.socialservices.checker.api.HttpTestSupport;
import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/simulations/sweep}: the curve agrees with the simulation of the same value; a wrong sweep is a 400 problem. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SweepApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    /** A sweep is a drafter's (a centre's account is refused it: AuthorisationMatrixTest). */
    private String drafter;

    @BeforeEach
    void drafter() {
        if (drafter == null) {
            String name = "sweep-drafter-" + UUID.randomUUID().toString().substring(0, 8);
            accounts.create(name, Role.DRAFTER, null, accounts.randomPassword(), "test");
            drafter = HttpTestSupport.bearer(accounts.issueToken(name, "test", "test"));
        }
    }

    private Answer sweep(String query, String accept) throws Exception {
        return post(port, "/api/v1/simulations/sweep?" + query, "text/csv", accept,
                Files.readAllBytes(FIXTURES.resolve(SimulationApiTest.SAMPLE)), drafter);
    }

    @Test
    void the_rate_at_seven_days_is_the_rate_the_simulation_of_asm_02_seven_days_gives_per_centre() throws Exception {
        Answer a = sweep("sweep=assessment.deadline_days=1..14" + SimulationApiTest.PAST, "application/json");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode sweep = a.json();
        assertThat(sweep.get("requirements").toString()).contains("ASM-02");
        assertThat(sweep.get("summary").get("rowsRead").asLong()).isEqualTo(70);
        JsonNode sim = post(port, "/api/v1/simulations?amendment=asm-02-seven-days" + SimulationApiTest.PAST, "text/csv", "application/json",
                Files.readAllBytes(FIXTURES.resolve(SimulationApiTest.SAMPLE)), drafter).json().get("summary").get("rates").get("byCentre");
        int compared = 0;
        for (JsonNode curve : sweep.get("curves")) {
            if (curve.get("kind").asString().equals("centre") && "ASM-02".equals(curve.get("requirement").asString(null))) {
                JsonNode at7 = curve.get("points").get(6);
                assertThat(at7.get("value").asInt()).isEqualTo(7);
                JsonNode after = sim.get(curve.get("group").asString()).get("ASM-02").get("after");
                assertThat(at7.get("rate").asDouble()).as(curve.get("group").asString()).isEqualTo(after.get("rate").asDouble());
                assertThat(curve.get("current").get("value").asInt()).isEqualTo(3);
                compared++;
            }
        }
        assertThat(compared).isPositive();
        Answer csv = sweep("sweep=assessment.deadline_days=1..3&format=csv" + SimulationApiTest.PAST, null);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo("parameter,kind,group,requirement,value,compliant,non_compliant,rate");
    }

    @Test
    void a_wrong_sweep_is_a_400_problem_naming_it_before_the_register_is_read() throws Exception {
        Answer unknown = sweep("sweep=assessment.deadline=1..14", "application/json");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body()).contains("no parameter assessment.deadline");
        Answer malformed = sweep("sweep=assessment.deadline_days=14", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("parameter=from..to");
    }
}
