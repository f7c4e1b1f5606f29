package kz.socialservices.checker.engine.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One row per finding in an .xlsx workbook, the columns of {@link CsvFindingsWriter}, every cell
 * text (never a formula), streamed so a large register is not held in memory.
 */
public final class XlsxFindingsWriter implements ReportWriter {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet = workbook.createSheet("findings");
    private final OutputStream out;
    private int next;

    public XlsxFindingsWriter(OutputStream out) {
        this.out = out;
        write(CsvFindingsWriter.HEADER);
    }

    private void write(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i) == null ? "" : cells.get(i));
        }
    }

    @Override
    public void result(CaseResult r) {
        for (Finding f : r.findings()) {
            write(CsvFindingsWriter.row(r, f));
        }
    }

    @Override
    public void finish(RunSummary summary, Provenance provenance) throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
