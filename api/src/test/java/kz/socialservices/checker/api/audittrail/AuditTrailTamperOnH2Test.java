package kz.socialservices.checker.api.audittrail;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The tamper tests on the embedded H2 file, in a data directory of their own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AuditTrailTamperOnH2Test extends AuditTrailTamperContract {

    static final Path DIR = Path.of("target", "test-data-audit-trail-" + ProcessHandle.current().pid()).toAbsolutePath();

    @DynamicPropertySource
    static void ownDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("checker.data-dir", DIR::toString);
    }

    @Override
    List<String> dataArguments() {
        return List.of("--checker.data-dir=" + DIR);
    }
}
