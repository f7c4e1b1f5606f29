package kz.socialservices.checker.api.audittrail;

import java.util.List;
import java.util.Map;
import kz.socialservices.checker.api.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The tamper tests on a real PostgreSQL server, in a database of their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditTrailTamperOnPostgresTest extends AuditTrailTamperContract {

    static final Map<String, String> DATABASE = TestPostgres.newDatabase();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.forEach((k, v) -> registry.add(k, () -> v));
    }

    @Override
    List<String> dataArguments() {
        // the key lives in the data directory both share (the tests' own); the command reaches the same database
        return List.of("--spring.datasource.url=" + DATABASE.get("spring.datasource.url"),
                "--spring.datasource.username=" + DATABASE.get("spring.datasource.username"));
    }
}
