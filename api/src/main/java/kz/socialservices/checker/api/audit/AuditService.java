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

    AuditService(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    Path spool(java.io.InputStream body) throws IOException {
        return kz.socialservices.checker.api.evaluation.RegisterRequests.spoolNonEmpty(evaluations, body);
    }

    /** @param options how to read the register file; null for a JSON array of cases */
    public Outcome audit(Path file, Registers.Options options, AuditSpec spec) throws IOException {
        Audit audit = Audit.of(spec, evaluations.standard()); // an unknown dimension is refused before anything is read
        String runId = UUID.randomUUID().toString();
        RunSummary summary = evaluations.run(file, options, spec.asOf(), "en", runId, audit);
        return new Outcome(runId, audit.report(), summary);
    }
}
