package kz.socialservices.checker.engine.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per finding. Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe, so an exported file never executes what a record happened to contain.
 */
public final class CsvFindingsWriter implements ReportWriter {

    public static final List<String> HEADER = List.of("case_id", "centre_id", "region", "ownership", "requirement",
            "verdict", "severity", "edition", "basis", "due_date", "missing_fields", "message", "evidence");

    private final CSVPrinter csv;

    public CsvFindingsWriter(Writer out) throws IOException {
        this.csv = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out);
    }

    @Override
    public void result(CaseResult r) throws IOException {
        for (Finding f : r.findings()) {
            csv.printRecord(row(r, f).stream().map(CsvFindingsWriter::defuse).toList());
        }
    }

    /** One finding's cells, in {@link #HEADER}'s order (not yet defused). */
    public static List<String> row(CaseResult r, Finding f) {
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(r.caseId());
        row.add(r.centreId());
        row.add(r.dimensions().getOrDefault("region", ""));
        row.add(r.dimensions().getOrDefault("ownership", ""));
        row.add(f.requirement());
        row.add(f.verdict().name());
        row.add(f.severity().name());
        row.add(f.edition());
        row.add(String.valueOf(f.basis()));
        row.add(f.dueDate() == null ? "" : f.dueDate().toString());
        row.add(String.join(";", f.missingFields()));
        row.add(f.message());
        row.add(JsonReportWriter.MAPPER.writeValueAsString(f.evidence()));
        return row;
    }

    /** A cell starting with = + - @ or a control character is read by spreadsheets as a formula. */
    public static String defuse(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    @Override
    public void finish(RunSummary summary, Provenance provenance) throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close(true);
    }
}
