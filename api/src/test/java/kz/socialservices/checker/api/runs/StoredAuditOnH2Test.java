package kz.socialservices.checker.api.runs;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Audits and simulations over stored runs on H2, in a data directory of their own (only this test's runs). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredAuditOnH2Test extends StoredAuditContract {

    @DynamicPropertySource
    static void ownDataDirectory(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "test-data-stored-audit-" + ProcessHandle.current().pid()).toAbsolutePath();
        registry.add("checker.data-dir", dir::toString);
    }
}
