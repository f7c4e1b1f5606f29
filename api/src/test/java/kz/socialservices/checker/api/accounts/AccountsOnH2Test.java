package kz.socialservices.checker.api.accounts;

import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;

/** The account tests on the embedded H2 file (the tests' data directory). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsOnH2Test extends AccountsContract {

    @Override
    String[] withData(String... command) {
        return Stream.concat(Stream.of(command), Stream.of("--checker.data-dir=" + System.getProperty("checker.data-dir"))).toArray(String[]::new);
    }
}
