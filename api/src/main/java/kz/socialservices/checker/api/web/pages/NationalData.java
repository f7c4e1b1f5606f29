package kz.socialservices.checker.api.web.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.socialservices.checker.api.audit.AuditService;
import kz.socialservices.checker.engine.audit.AuditReport;
import kz.socialservices.checker.engine.audit.AuditSpec;
import kz.socialservices.checker.engine.csv.Registers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The national register the ministry's dashboard and the drafter's page read ({@code checker.national-file},
 * by default the shipped {@code fixtures/national/national.csv}, looked for from the working directory up),
 * and its audits, made once per grouping and as-of date through the same audit service as the API.
 */
@Component
public class NationalData {

    private final Path file;
    private final AuditService audits;
    private final Map<String, AuditReport> cached = new ConcurrentHashMap<>();

    NationalData(@Value("${checker.national-file:fixtures/national/national.csv}") String file, AuditService audits) {
        this.file = locate(Path.of(file));
        this.audits = audits;
    }

    private static Path locate(Path configured) {
        if (configured.isAbsolute() || Files.isRegularFile(configured)) {
            return configured;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(configured))) {
                return dir.resolve(configured);
            }
        }
        return configured;
    }

    public Optional<Path> file() {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The national register audited by one or two dimensions (their crossing too), as of a date; small cells suppressed. */
    public AuditReport audit(List<String> by, LocalDate asOf) {
        Path f = file().orElseThrow(() -> new IllegalStateException("no national file at " + file));
        return cached.computeIfAbsent(String.join("|", by) + "@" + asOf, k -> {
            if (cached.size() > 32) {
                cached.clear();
            }
            try {
                return audits.audit(f, Registers.Options.forFile(f, null, null), new AuditSpec(by, asOf)).report();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
