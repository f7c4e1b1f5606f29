package kz.socialservices.checker.api.runs;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kz.socialservices.checker.api.audittrail.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: runs stored longer ago than {@code checker.retention.keep-runs} lose their case data (findings, cases,
 * register) on the schedule {@code checker.retention.schedule}; the run itself, its provenance and its summary (the
 * aggregates: counts by verdict and requirement) are kept, marked purged. Each purge is in the audit trail.
 */
@Component
public class RetentionPurge {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail trail;
    private final Duration keep;

    RetentionPurge(JdbcTemplate jdbc, PlatformTransactionManager transactions, AuditTrail trail,
                   @Value("${checker.retention.keep-runs:3650d}") Duration keep) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.trail = trail;
        this.keep = keep;
    }

    @Scheduled(cron = "${checker.retention.schedule:0 30 3 * * *}", zone = "${checker.time-zone:Asia/Almaty}")
    void onSchedule() {
        purgeStoredBefore(Instant.now().minus(keep), "retention");
    }

    /** Purges every run stored before {@code cutoff} (not at it); the number purged. */
    public int purgeStoredBefore(Instant cutoff, String actor) {
        OffsetDateTime before = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        List<String> ids = transaction.execute(status -> {
            List<String> due = jdbc.queryForList("SELECT id FROM runs WHERE purged_at IS NULL AND created_at < ? ORDER BY created_at",
                    String.class, before);
            for (String id : due) {
                jdbc.update("DELETE FROM run_findings WHERE run_id = ?", id);
                jdbc.update("DELETE FROM run_cases WHERE run_id = ?", id);
                jdbc.update("UPDATE runs SET input = NULL, purged_at = ? WHERE id = ?", OffsetDateTime.now(ZoneOffset.UTC), id);
            }
            return due;
        });
        if (!ids.isEmpty()) {
            trail.record(actor, "runs-purged", ids.size() + " runs", "storedBefore=" + cutoff + " runs=" + String.join(",", ids));
        }
        return ids.size();
    }
}
