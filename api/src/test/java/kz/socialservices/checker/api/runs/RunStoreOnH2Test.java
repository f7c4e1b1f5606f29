package kz.socialservices.checker.api.runs;

import org.springframework.boot.test.context.SpringBootTest;

/** The stored-run tests on the embedded default: H2 in a file under the data directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunStoreOnH2Test extends RunStoreContract {
}
