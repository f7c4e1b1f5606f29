package kz.socialservices.checker.api.simulation;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.get;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code checker.amendments-dir}: the administrator's packages, with their rules, are offered beside the shipped ones. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "checker.amendments-dir=../fixtures/amendments/admin")
class AmendmentsDirApiTest {

    @LocalServerPort
    int port;

    @Test
    void a_package_with_rules_from_the_administrators_directory_is_offered_and_its_rules_run() throws Exception {
        List<String> ids = new ArrayList<>();
        get(port, "/api/v1/amendments").json().forEach(p -> ids.add(p.get("id").asString()));
        assertThat(ids).hasSize(8).endsWith("severe-informed");
        var a = post(port, "/api/v1/simulations?amendment=severe-informed&inForceFrom=2017-01-20&asOf=2025-03-31", "text/csv",
                "application/json", Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv")));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("summary").get("amendment").get("added").get(0).asString()).isEqualTo("CONF-02");
        assertThat(a.json().get("summary").get("flips").get("byRequirement").has("CONF-02")).isTrue();
    }
}
