package kz.socialservices.checker.api.accounts;

import java.util.Map;
import java.util.stream.Stream;
import kz.socialservices.checker.api.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The account tests on a real PostgreSQL server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsOnPostgresTest extends AccountsContract {

    static final Map<String, String> DATABASE = TestPostgres.newDatabase();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        DATABASE.forEach((k, v) -> registry.add(k, () -> v));
    }

    @Override
    String[] withData(String... command) {
        return Stream.concat(Stream.of(command), Stream.of("--spring.datasource.url=" + DATABASE.get("spring.datasource.url"),
                "--spring.datasource.username=" + DATABASE.get("spring.datasource.username"))).toArray(String[]::new);
    }
}
