package kz.socialservices.checker.api.runs;

import kz.socialservices.checker.api.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The stored-run tests on a real PostgreSQL server (see {@link TestPostgres}), migrated by the same Flyway scripts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunStoreOnPostgresTest extends RunStoreContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.newDatabase().forEach((k, v) -> registry.add(k, () -> v));
    }
}
