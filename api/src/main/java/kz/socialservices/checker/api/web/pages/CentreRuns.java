package kz.socialservices.checker.api.web.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.report.CentreReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A centre's checked registers, kept for a while so the report can be filtered and downloaded without
 * sending the file again: under an unguessable id, deleted after {@code checker.pages.keep-runs} (they
 * name cases). A checked register belongs to the account that checked it: another account's is not found.
 */
@Component
class CentreRuns {

    record Run(String id, String owner, Path register, Registers.Options options, LocalDate asOf, CentreReport report, long created) {
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Duration keep;

    CentreRuns(@Value("${checker.pages.keep-runs:1h}") Duration keep) {
        this.keep = keep;
    }

    Run add(String owner, Path register, Registers.Options options, LocalDate asOf, CentreReport report) {
        expire();
        Run run = new Run(UUID.randomUUID().toString(), owner, register, options, asOf, report, System.nanoTime());
        runs.put(run.id(), run);
        return run;
    }

    Optional<Run> find(String id, String owner) {
        expire();
        return Optional.ofNullable(runs.get(id)).filter(r -> r.owner().equals(owner));
    }

    private void expire() {
        long now = System.nanoTime();
        runs.values().removeIf(r -> {
            boolean old = now - r.created() > keep.toNanos();
            if (old) {
                Pages.deleteQuietly(r.register());
            }
            return old;
        });
    }
}
