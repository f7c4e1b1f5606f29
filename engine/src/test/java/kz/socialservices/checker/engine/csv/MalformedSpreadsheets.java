package kz.socialservices.checker.engine.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the broken spreadsheets of {@code fixtures/malformed/}; their expected errors are in
 * {@code expected.csv}. Run from the engine module (or give the folder as the argument):
 * the files are committed, so this runs only when they must change.
 *
 * <p>Data rows are those of {@code bom.csv}, typed as a person would have them in Excel: dates as
 * date cells, booleans as booleans, whole numbers as numbers, the rest as text.
 */
public final class MalformedSpreadsheets {

    static final String PASSWORD = "fixture-password";

    private MalformedSpreadsheets() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../fixtures/malformed");
        List<String> header = csv(dir.resolve("header-only.csv")).get(0);
        List<List<String>> rows = csv(dir.resolve("bom.csv"));
        List<List<String>> data = rows.subList(1, rows.size());

        // a CSV file given the .xlsx name
        Files.writeString(dir.resolve("not-a-zip.xlsx"), String.join(",", header) + "\n", StandardCharsets.UTF_8);

        Files.write(dir.resolve("empty-sheet.xlsx"), workbook(wb -> {
            // a formatted cell with no value: Excel writes the row, but it is blank
            Cell formatted = wb.createSheet("Реестр").createRow(1).createCell(2);
            formatted.setCellStyle(wb.createCellStyle());
        }));

        Files.write(dir.resolve("header-only.xlsx"), workbook(wb -> writeRows(wb, header, List.of(), -1, null)));

        Files.write(dir.resolve("password-protected.xlsx"),
                encrypted(workbook(wb -> writeRows(wb, header, data, -1, null)), PASSWORD));

        // Excel row 3 (the second data row): its birth year as a formula giving the same year
        int formulaColumn = header.indexOf("recipient_birth_year");
        Files.write(dir.resolve("formula-cell.xlsx"), workbook(wb -> {
            writeRows(wb, header, data, -1, null);
            wb.getSheetAt(0).getRow(2).getCell(formulaColumn).setCellFormula("1990+4");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // with a cached result, as Excel saves it
        }));

        // Excel row 2 (the first data row): the application date typed as text the way a person might
        int dateColumn = header.indexOf("application_date");
        Files.write(dir.resolve("date-as-text.xlsx"),
                workbook(wb -> writeRows(wb, header, data, dateColumn, "31/03/2025")));
    }

    interface WorkbookWriter {
        void write(XSSFWorkbook wb) throws IOException;
    }

    static byte[] workbook(WorkbookWriter writer) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook wrapped as Excel does when a password is set: agile encryption in an OLE2 container. */
    static byte[] encrypted(byte[] xlsx, String password) throws IOException, GeneralSecurityException {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword(password);
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (OutputStream encrypting = encryptor.getDataStream(fs)) {
                encrypting.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /**
     * The header in row 1 and the data below, typed; the cell at {@code textColumn} of the first
     * data row is replaced by {@code text}, typed as text.
     */
    private static void writeRows(XSSFWorkbook wb, List<String> header, List<List<String>> data, int textColumn, String text) {
        Sheet sheet = wb.createSheet("Реестр");
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            headerRow.createCell(i).setCellValue(header.get(i));
        }
        for (int r = 0; r < data.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = data.get(r);
            for (int i = 0; i < values.size(); i++) {
                if (r == 0 && i == textColumn) {
                    row.createCell(i).setCellValue(text);
                } else {
                    writeTyped(row, i, values.get(i), dateStyle);
                }
            }
        }
    }

    private static void writeTyped(Row row, int column, String value, CellStyle dateStyle) {
        if (value.isEmpty()) {
            return; // Excel writes no cell for an empty one
        }
        Cell cell = row.createCell(column);
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            cell.setCellValue(LocalDate.parse(value));
            cell.setCellStyle(dateStyle);
        } else if (value.equals("true") || value.equals("false")) {
            cell.setCellValue(Boolean.parseBoolean(value));
        } else if (value.matches("\\d{1,9}")) {
            cell.setCellValue(Integer.parseInt(value));
        } else {
            cell.setCellValue(value);
        }
    }

    static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                List<String> cells = new ArrayList<>(r.toList());
                if (rows.isEmpty() && !cells.isEmpty()) {
                    cells.set(0, cells.get(0).replace("\uFEFF", ""));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
