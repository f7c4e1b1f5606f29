package kz.socialservices.checker.api.pack;

import java.io.IOException;
import java.io.OutputStream;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.report.CentreReport;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;

/** A run's report written as the inspection pack once the run is finished ({@code check --format pdf}). */
public final class PackWriter implements ReportWriter {

    private final CentreReport report;
    private final InspectionPack pack;
    private final OutputStream out;

    public PackWriter(CentreReport report, InspectionPack pack, OutputStream out) {
        this.report = report;
        this.pack = pack;
        this.out = out;
    }

    @Override
    public void result(CaseResult result) {
        report.result(result);
    }

    @Override
    public void finish(RunSummary summary, Provenance provenance) throws IOException {
        report.finish(summary, provenance);
        pack.write(report, out);
        out.flush();
    }

    @Override
    public void close() {
    }
}
