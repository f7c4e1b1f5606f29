package kz.socialservices.checker.api.runs;

import java.io.IOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a run's results into the database as they come, in batches, inside the store's one transaction. */
final class RunRecorder implements ReportWriter {

    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final String runId;
    private final List<Object[]> cases = new ArrayList<>();
    private final List<Object[]> findings = new ArrayList<>();
    private int seq;
    private Provenance provenance;

    RunRecorder(JdbcTemplate jdbc, String runId) {
        this.jdbc = jdbc;
        this.runId = runId;
    }

    @Override
    public void result(CaseResult result) {
        seq++;
        cases.add(new Object[] {runId, seq, result.caseId(), result.centreId(), JsonReportWriter.MAPPER.writeValueAsString(result.dimensions())});
        List<Finding> fs = result.findings();
        for (int i = 0; i < fs.size(); i++) {
            Finding f = fs.get(i);
            findings.add(new Object[] {runId, seq, i, f.requirement(), f.verdict().name(), f.severity() == null ? null : f.severity().name(),
                    f.dueDate() == null ? null : Date.valueOf(f.dueDate()), JsonReportWriter.MAPPER.writeValueAsString(f)});
        }
        if (cases.size() >= BATCH) {
            flush();
        }
    }

    @Override
    public void finish(RunSummary summary, Provenance provenance) {
        flush();
        this.provenance = provenance;
    }

    Provenance provenance() {
        return provenance;
    }

    private void flush() {
        if (!cases.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO run_cases (run_id, case_seq, case_id, centre_id, dimensions) VALUES (?, ?, ?, ?, ?)", cases);
            jdbc.batchUpdate("INSERT INTO run_findings (run_id, case_seq, position, requirement, verdict, severity, due_date, finding) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", findings);
            cases.clear();
            findings.clear();
        }
    }

    @Override
    public void close() throws IOException {
        // nothing held open: the transaction is the store's
    }
}
