package kz.socialservices.checker.api.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.engine.audit.Audit;
import kz.socialservices.checker.engine.audit.AuditReport;
import kz.socialservices.checker.engine.audit.AuditSpec;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.report.RunSummary;
import org.springframework.stereotype.Service;

/**
 * Audits for the API: a register is evaluated as an evaluation is (the same reading, limits and rules),
 * its results fed to the audit instead of a report; only the figures are kept, never a case.
 */
@Service
public class AuditService {

    /** A finished audit: its run id, its figures and what was read. */
    public record Outcome(String runId, AuditReport report, RunSummary summary) {
    }

    private final EvaluationService evaluations;
    private final kz.socialservices.checker.api.runs.RunService runs;
    private final kz.socialservices.checker.api.audittrail.AuditTrail trail;

    AuditService(EvaluationService evaluations, kz.socialservices.checker.api.runs.RunService runs,
                 kz.socialservices.checker.api.audittrail.AuditTrail trail) {
        this.evaluations = evaluations;
        this.runs = runs;
        this.trail = trail;
    }

    Path spool(java.io.InputStream body) throws IOException {
        return kz.socialservices.checker.api.evaluation.RegisterRequests.spoolNonEmpty(evaluations, body);
    }

    /** @param options how to read the register file; null for a JSON array of cases */
    public Outcome audit(Path file, Registers.Options options, AuditSpec spec) throws IOException {
        Audit audit = Audit.of(spec, evaluations.standard()); // an unknown dimension is refused before anything is read
        String runId = UUID.randomUUID().toString();
        RunSummary summary = evaluations.run(file, options, spec.asOf(), "en", runId, audit);
        kz.socialservices.checker.api.accounts.Caller.current()
                .ifPresent(c -> trail.record(c.name(), "audited", runId, "asOf=" + spec.asOf() + " by=" + spec.by()));
        return new Outcome(runId, audit.report(), summary);
    }

    /**
     * The audit over each centre's latest stored run as of the audit's date: their registers judged again as of that
     * date, pooled, exactly as the same rows in one file would be.
     */
    Outcome auditStored(AuditSpec spec, String actor) throws IOException {
        Audit audit = Audit.of(spec, evaluations.standard());
        String runId = UUID.randomUUID().toString();
        try (kz.socialservices.checker.api.runs.PooledRegisters rows = runs.latestRegisters(spec.asOf())) {
            RunSummary summary = new kz.socialservices.checker.engine.report.BatchCheck<>(evaluations.evaluator(),
                    kz.socialservices.checker.standard.CaseCsv.SCHEMA)
                    .run(rows, java.util.Map.of("format", "stored runs"), spec.asOf(), "en", runId, audit, n -> { });
            trail.record(actor, "audited-stored", String.join(",", rows.runIds()), "asOf=" + spec.asOf() + " by=" + spec.by());
            return new Outcome(runId, audit.report(), summary);
        }
    }
}
