package kz.socialservices.checker.api.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.api.runs.RunService;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.report.CentreReport;
import org.springframework.stereotype.Service;

/**
 * A centre's run for the pages and the inspection pack: the register evaluated as an evaluation is
 * (the same reading, limits and rules), its findings kept as a {@link CentreReport}.
 */
@Service
public class PackService {

    private final EvaluationService evaluations;

    public PackService(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    /**
     * A centre's report of its register: a row of another centre is a row error, as when a run is stored.
     *
     * @param options how to read the register file; null for a JSON array of cases
     */
    public CentreReport report(Path register, Registers.Options options, LocalDate asOf, String lang, String centre) throws IOException {
        CentreReport report = new CentreReport(asOf);
        evaluations.run(evaluations.evaluator(), register, options, asOf, lang, UUID.randomUUID().toString(), report,
                RunService.ownCentreOnly(centre));
        return report;
    }

    public byte[] pdf(CentreReport report, String lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InspectionPack(lang, evaluations.standard().messages().labels(), evaluations.standard().catalogue()).write(report, out);
        return out.toByteArray();
    }

    public Path spool(java.io.InputStream body) throws IOException {
        return kz.socialservices.checker.api.evaluation.RegisterRequests.spoolNonEmpty(evaluations, body);
    }
}
