package kz.socialservices.checker.engine.simulation;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per finding that changes: the case, its centre, region and ownership, the requirement,
 * the verdict before and after (empty where the requirement does not exist on that side), and each
 * side's message and evidence. Cells are defused as in every CSV the checker writes.
 */
public final class SimulationCsvWriter implements SimulationWriter {

    public static final List<String> HEADER = List.of("case_id", "centre_id", "region", "ownership", "requirement", "before", "after",
            "before_message", "after_message", "before_evidence", "after_evidence");

    private final CSVPrinter csv;

    public SimulationCsvWriter(Writer out) throws IOException {
        this.csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(CsvFindingsWriter.buffered(out));
    }

    @Override
    public void changed(CaseDiff diff) throws IOException {
        for (FindingChange c : diff.changes()) {
            csv.printRecord(java.util.stream.Stream.of(diff.caseId(), diff.centreId(), diff.dimensions().getOrDefault("region", ""),
                    diff.dimensions().getOrDefault("ownership", ""), c.requirement(), verdict(c.before()), verdict(c.after()),
                    message(c.before()), message(c.after()), evidence(c.before()), evidence(c.after()))
                    .map(CsvFindingsWriter::defuse).toList());
        }
    }

    private static String verdict(Finding f) {
        return f == null ? "" : f.verdict().name();
    }

    private static String message(Finding f) {
        return f == null ? "" : f.message();
    }

    private static String evidence(Finding f) {
        return f == null ? "" : JsonReportWriter.evidenceJson(f.evidence());
    }

    @Override
    public void finish(SimulationSummary summary, SimulationProvenance provenance) throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close(true);
    }
}
