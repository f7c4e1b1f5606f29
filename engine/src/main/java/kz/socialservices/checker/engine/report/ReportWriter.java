package kz.socialservices.checker.engine.report;

import java.io.IOException;
import kz.socialservices.checker.engine.evaluation.CaseResult;

/** Writes a run's report as results stream in; {@link #finish} adds what is known only at the end. */
public interface ReportWriter extends AutoCloseable {

    void result(CaseResult result) throws IOException;

    void finish(RunSummary summary, Provenance provenance) throws IOException;

    @Override
    void close() throws IOException;
}
