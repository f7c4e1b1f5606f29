package kz.socialservices.checker.api.runs;

import kz.socialservices.checker.api.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Audits and simulations over stored runs on a real PostgreSQL server, in a database of their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredAuditOnPostgresTest extends StoredAuditContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase().forEach((k, v) -> registry.add(k, () -> v));
    }
}
