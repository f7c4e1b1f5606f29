package kz.socialservices.checker.engine.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
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

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

    private final CSVPrinter csv;
    private final Writer out;
    /** One row formatted at a time, then written in one piece. */
    private final StringBuilder row = new StringBuilder(512);
    private final String[] cells = new String[HEADER.size()];

    public CsvFindingsWriter(Writer out) throws IOException {
        this.out = buffered(out);
        this.csv = FORMAT.print(this.out);
    }

    @Override
    public void result(CaseResult r) throws IOException {
        String caseId = defuse(r.caseId());
        String centreId = defuse(r.centreId());
        String region = defuse(r.dimensions().getOrDefault("region", ""));
        String ownership = defuse(r.dimensions().getOrDefault("ownership", ""));
        for (Finding f : r.findings()) {
            fill(cells, caseId, centreId, region, ownership, f);
            for (int i = 4; i < cells.length; i++) {
                cells[i] = defuse(cells[i]);
            }
            row.setLength(0);
            FORMAT.printRecord(row, cells);
            out.append(row);
        }
    }

    /** One finding's cells, in {@link #HEADER}'s order (not yet defused). */
    public static List<String> row(CaseResult r, Finding f) {
        String[] cells = new String[HEADER.size()];
        fill(cells, r.caseId(), r.centreId(), r.dimensions().getOrDefault("region", ""),
                r.dimensions().getOrDefault("ownership", ""), f);
        return Arrays.asList(cells);
    }

    private static void fill(String[] cells, String caseId, String centreId, String region, String ownership, Finding f) {
        cells[0] = caseId;
        cells[1] = centreId;
        cells[2] = region;
        cells[3] = ownership;
        cells[4] = f.requirement();
        cells[5] = f.verdict().name();
        cells[6] = f.severity().name();
        cells[7] = f.edition();
        cells[8] = String.valueOf(f.basis());
        cells[9] = f.dueDate() == null ? "" : f.dueDate().toString();
        cells[10] = String.join(";", f.missingFields());
        cells[11] = f.message();
        cells[12] = JsonReportWriter.evidenceJson(f.evidence());
    }

    /** The writer, buffered: the printer writes a cell in many small pieces, each an encoder call on an unbuffered writer. */
    public static Writer buffered(Writer out) {
        return out instanceof java.io.BufferedWriter || out instanceof java.io.StringWriter ? out : new java.io.BufferedWriter(out, 1 << 16);
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
