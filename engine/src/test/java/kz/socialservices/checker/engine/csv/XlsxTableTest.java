package kz.socialservices.checker.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class XlsxTableTest {

    private static final String IIN = "870101300123";

    @TempDir
    Path dir;

    private int files;

    // --- helpers ------------------------------------------------------------------------------

    private Path file(byte[] bytes) throws IOException {
        Path p = dir.resolve("register-" + (++files) + ".xlsx");
        Files.write(p, bytes);
        return p;
    }

    private Path xlsx(MalformedSpreadsheets.WorkbookWriter writer) throws IOException {
        return file(MalformedSpreadsheets.workbook(writer));
    }

    /** A workbook whose only sheet is the given worksheet XML, as another program might write it. */
    private Path xlsxWithSheetXml(String sheetData) throws IOException {
        byte[] plain = MalformedSpreadsheets.workbook(wb -> wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x"));
        String sheetXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + sheetData + "</sheetData></worksheet>";
        return file(replaceEntry(plain, "xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(name) ? content : in.readAllBytes());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Writes rows of text from A1 down; null leaves the cell out, as Excel does for an empty cell. */
    private static void rows(Sheet sheet, int firstRow, String[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(firstRow + r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    private static String[] cells(String... cells) {
        return cells;
    }

    private static List<Table.Row> readAll(Table table) throws IOException {
        List<Table.Row> out = new ArrayList<>();
        for (Table.Row row; (row = table.next()) != null; ) {
            out.add(row);
        }
        return out;
    }

    private static List<Table.Row> readAll(Path file) throws IOException {
        try (Table table = XlsxTable.source(file, null).open()) {
            return readAll(table);
        }
    }

    /** The data cells of a one-data-row sheet whose header is in row 1. */
    private List<String> onlyRow(MalformedSpreadsheets.WorkbookWriter writer) throws IOException {
        List<Table.Row> rows = readAll(xlsx(writer));
        assertThat(rows).hasSize(1);
        return rows.get(0).cells();
    }

    private static InputRefusedException refusal(Path file, String sheet) {
        InputRefusedException e = catchThrowableOfType(InputRefusedException.class, () -> XlsxTable.source(file, sheet).open().close());
        assertThat(e).as("the file should have been refused").isNotNull();
        return e;
    }

    private static String refusalCode(Path file) {
        InputRefusedException e = refusal(file, null);
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().get(0).row()).isNull();
        return e.errors().get(0).code();
    }

    // --- cells --------------------------------------------------------------------------------

    @Test
    void text_cells_are_read_as_written_kazakh_and_russian_letters_intact() throws IOException {
        String kazakh = "Әлия Ғалымқызы Қоңырова Өскемен Ұлттық Үміт Һ Іле";
        String russian = "Ёжиков щ ъ ы э ю я";
        List<String> cells = onlyRow(wb -> rows(wb.createSheet("Тізім"), 0,
                cells("note", "region", "padded"), cells(kazakh, russian, "  two spaces  ")));
        assertThat(cells).containsExactly(kazakh, russian, "  two spaces  ");
    }

    @Test
    void a_date_formatted_number_is_an_iso_date_whatever_the_format() throws IOException {
        List<String> cells = onlyRow(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("builtin", "dotted", "long"));
            Row row = s.createRow(1);
            String[] formats = {"m/d/yy", "dd.mm.yyyy", "d mmmm yyyy"};
            for (int i = 0; i < formats.length; i++) {
                CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
                row.createCell(i).setCellValue(LocalDate.of(2025, 3, 31).plusDays(i));
                row.getCell(i).setCellStyle(style);
            }
        });
        assertThat(cells).containsExactly("2025-03-31", "2025-04-01", "2025-04-02");
    }

    @Test
    void a_date_with_a_time_of_day_is_an_iso_date_time_to_the_minute() throws IOException {
        List<String> cells = onlyRow(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("left_at", "midnight"));
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            Row row = s.createRow(1);
            row.createCell(0).setCellValue(LocalDateTime.of(2021, 2, 12, 19, 5, 0));
            row.createCell(1).setCellValue(LocalDateTime.of(2021, 2, 14, 0, 0));
            row.getCell(0).setCellStyle(style);
            row.getCell(1).setCellStyle(style);
        });
        assertThat(cells).containsExactly("2021-02-12T19:05", "2021-02-14");
    }

    @Test
    void in_the_1904_date_system_the_same_serial_number_is_a_later_date() throws IOException {
        double serial = 45_747; // 2025-03-31 counted from 1900
        MalformedSpreadsheets.WorkbookWriter sheet = wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("date"));
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            s.createRow(1).createCell(0).setCellValue(serial);
            s.getRow(1).getCell(0).setCellStyle(style);
        };
        assertThat(onlyRow(sheet)).containsExactly("2025-03-31");
        assertThat(onlyRow(wb -> {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true); // a new workbook has one, set to 1900
            sheet.write(wb);
        })).containsExactly(LocalDate.of(1904, 1, 1).plusDays((long) serial).toString());
    }

    @Test
    void numbers_are_as_excel_shows_them_without_decimal_point_grouping_or_exponent() throws IOException {
        double[] values = {1985, 2.5, -3.75, 1e20, 0.1 + 0.2, 870101300123d, 0.000001, 0};
        List<String> cells = onlyRow(wb -> {
            Sheet s = wb.createSheet();
            String[] names = new String[values.length];
            Arrays.setAll(names, i -> "n" + i);
            rows(s, 0, names);
            Row row = s.createRow(1);
            for (int i = 0; i < values.length; i++) {
                row.createCell(i).setCellValue(values[i]);
            }
        });
        assertThat(cells).containsExactly("1985", "2.5", "-3.75", "100000000000000000000", "0.3", IIN, "0.000001", "0");
    }

    @Test
    void booleans_are_true_and_false() throws IOException {
        List<String> cells = onlyRow(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("yes", "no"));
            s.createRow(1).createCell(0).setCellValue(true);
            s.getRow(1).createCell(1).setCellValue(false);
        });
        assertThat(cells).containsExactly("true", "false");
    }

    @Test
    void cells_are_placed_by_column_empty_ones_between_are_empty_and_a_short_row_is_padded() throws IOException {
        List<Table.Row> rows = readAll(xlsx(wb -> rows(wb.createSheet(), 0,
                cells("a", "b", "c", "d"),
                cells("A1", null, "C1"),
                cells(null, "B2"))));
        assertThat(rows).extracting(Table.Row::cells).containsExactly(
                List.of("A1", "", "C1", ""),
                List.of("", "B2", "", ""));
    }

    @Test
    void a_filled_cell_beyond_the_header_is_kept_so_the_count_can_be_reported_and_empty_ones_are_dropped() throws IOException {
        List<Table.Row> rows = readAll(xlsx(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("a", "b"), cells("1", "2", null, "4"), cells("5"));
            s.getRow(2).createCell(5).setCellStyle(wb.createCellStyle()); // formatted, no value
        }));
        assertThat(rows).extracting(Table.Row::cells).containsExactly(List.of("1", "2", "", "4"), List.of("5", ""));
    }

    @Test
    void blank_rows_are_skipped_and_rows_carry_the_number_excel_shows() throws IOException {
        Path f = xlsx(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 1, cells("case_id", "note"), cells("C1", "x"));
            s.createRow(3).createCell(0).setCellStyle(wb.createCellStyle()); // formatted but empty
            rows(s, 4, cells(" ", ""));                                      // only spaces
            rows(s, 6, cells("C2", "y"));
        });
        try (XlsxTable table = XlsxTable.open(f, null)) {
            assertThat(table.headerRowNumber()).isEqualTo(2);
            assertThat(readAll(table)).extracting(Table.Row::number).containsExactly(3L, 7L);
        }
    }

    @Test
    void a_header_keeps_an_empty_cell_between_names_and_drops_empty_ones_after_the_last() throws IOException {
        Path f = xlsx(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("case_id", null, "note", ""), cells("C1", "", "x"));
            s.getRow(0).createCell(6).setCellStyle(wb.createCellStyle());
        });
        try (Table table = XlsxTable.source(f, null).open()) {
            assertThat(table.header()).containsExactly("case_id", "", "note");
            assertThat(readAll(table)).extracting(Table.Row::cells).containsExactly(List.of("C1", "", "x"));
        }
    }

    @Test
    void a_formula_is_never_read_its_cell_is_empty_with_an_error_naming_column_and_excel_row() throws IOException {
        List<Table.Row> rows = readAll(xlsx(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("case_id", "recipient_birth_year"), cells("C1", "1990"), cells("C2"));
            s.getRow(2).createCell(1).setCellFormula("\"" + IIN + "\"&\"\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // the cached result is in the file
        }));
        assertThat(rows.get(0).errors()).isEmpty();
        Table.Row withFormula = rows.get(1);
        assertThat(withFormula.cells()).containsExactly("C2", "");
        assertThat(withFormula.errors()).containsExactly(new RowError(3L, "recipient_birth_year", "formula_cell",
                "the cell holds a formula; the checker reads only values: paste it as values"));
    }

    @Test
    void an_error_value_is_an_empty_cell_with_an_error() throws IOException {
        List<Table.Row> rows = readAll(xlsx(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("case_id", "note"), cells("C1"));
            s.getRow(1).createCell(1).setCellErrorValue(FormulaError.NA.getCode());
        }));
        assertThat(rows.get(0).cells()).containsExactly("C1", "");
        assertThat(rows.get(0).errors()).extracting(RowError::row, RowError::field, RowError::code)
                .containsExactly(tuple(2L, "note", "error_cell"));
    }

    @Test
    void a_formula_in_the_header_refuses_the_sheet_as_its_columns_cannot_be_known() throws IOException {
        Path f = xlsx(wb -> {
            Sheet s = wb.createSheet();
            rows(s, 0, cells("case_id"), cells("C1", "x"));
            s.getRow(0).createCell(1).setCellFormula("\"no\"&\"te\"");
        });
        InputRefusedException e = refusal(f, null);
        assertThat(e.errors()).extracting(RowError::row, RowError::code)
                .containsExactly(tuple(1L, "formula_cell"));
    }

    @Test
    void a_title_row_above_the_header_is_skipped_counted_and_its_text_scanned() throws IOException {
        String title = "Реестр получателей услуг, кризисный центр № 1";
        Path f = xlsx(wb -> {
            Sheet s = wb.createSheet("Реестр");
            rows(s, 0, cells(title));
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            rows(s, 2, cells("case_id", "centre_id", "note"), cells("C1", "KC-01", "x"));
        });
        try (XlsxTable table = XlsxTable.open(f, null)) {
            assertThat(table.headerRowNumber()).isEqualTo(3);
            assertThat(table.header()).containsExactly("case_id", "centre_id", "note");
            assertThat(table.detected()).isEqualTo(Map.of("format", "xlsx", "sheet", "1", "skippedTitleRows", "1"));
            assertThat(table.otherText()).containsExactly("Реестр", title);
            assertThat(readAll(table)).extracting(Table.Row::number).containsExactly(4L);
        }
    }

    @Test
    void a_one_column_table_has_no_title_rows() throws IOException {
        Path f = xlsx(wb -> rows(wb.createSheet(), 0, cells("case_id"), cells("C1"), cells("C2")));
        try (XlsxTable table = XlsxTable.open(f, null)) {
            assertThat(table.header()).containsExactly("case_id");
            assertThat(table.detected()).doesNotContainKey("skippedTitleRows");
            assertThat(readAll(table)).extracting(Table.Row::cells).containsExactly(List.of("C1"), List.of("C2"));
        }
    }

    // --- sheets -------------------------------------------------------------------------------

    private Path threeSheets() throws IOException {
        return xlsx(wb -> {
            rows(wb.createSheet("Справочники"), 0, cells("list", "values"), cells("hidden", "sheet"));
            rows(wb.createSheet("Реестр 2025"), 0, cells("case_id", "note"), cells("C1", "first visible"));
            rows(wb.createSheet("Архив"), 0, cells("case_id", "note"), cells("C9", "archive"));
            wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
            wb.setActiveSheet(1);
        });
    }

    @Test
    void without_a_name_the_first_visible_sheet_is_read_and_every_sheet_name_is_scanned() throws IOException {
        try (Table table = XlsxTable.source(threeSheets(), null).open()) {
            assertThat(table.detected()).isEqualTo(Map.of("format", "xlsx", "sheet", "2"));
            assertThat(table.otherText()).containsExactly("Справочники", "Реестр 2025", "Архив");
            assertThat(readAll(table)).extracting(r -> r.cells().get(1)).containsExactly("first visible");
        }
    }

    @Test
    void a_named_sheet_is_read_its_name_matched_ignoring_case_as_excel_does() throws IOException {
        try (Table table = XlsxTable.source(threeSheets(), "архив").open()) {
            assertThat(table.detected()).containsEntry("sheet", "3");
            assertThat(readAll(table)).extracting(r -> r.cells().get(0)).containsExactly("C9");
        }
    }

    @Test
    void an_unknown_sheet_is_refused_without_naming_any_sheet() throws IOException {
        Path f = xlsx(wb -> {
            rows(wb.createSheet("Айгерім " + IIN), 0, cells("case_id", "note"), cells("C1", "x"));
            rows(wb.createSheet("Реестр"), 0, cells("case_id", "note"), cells("C1", "x"));
        });
        InputRefusedException e = refusal(f, "Registry");
        assertThat(e.errors()).extracting(RowError::code).containsExactly("no_such_sheet");
        String said = e.getMessage() + e.errors();
        assertThat(said).contains("2 sheets").doesNotContain("Айгерім", IIN, "Реестр", "Registry");
    }

    // --- sheets written by other programs -----------------------------------------------------

    @Test
    void inline_strings_rich_text_and_escaped_characters_are_read_without_phonetic_guides() throws IOException {
        Path f = xlsxWithSheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>note</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>line</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Қара</t></r><r><t xml:space=\"preserve\">ғанды</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>guide</t></rPh></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>one_x000D_two</t></is></c></row>");
        assertThat(readAll(f)).extracting(Table.Row::cells).containsExactly(List.of("Қарағанды", "one\rtwo"));
    }

    @Test
    void cells_and_rows_without_references_follow_the_previous_ones_and_iso_date_cells_are_dates() throws IOException {
        Path f = xlsxWithSheetXml("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t>d</t></is></c></row>"
                + "<row><c t=\"d\"><v>2025-03-31T00:00:00</v></c><c t=\"d\"><v>2025-03-31T08:15:00.000</v></c>"
                + "<c r=\"D2\" t=\"b\"><v>1</v></c></row>");
        List<Table.Row> rows = readAll(f);
        assertThat(rows).extracting(Table.Row::number).containsExactly(2L);
        assertThat(rows.get(0).cells()).containsExactly("2025-03-31", "2025-03-31T08:15", "", "true");
    }

    @Test
    void a_shared_formula_is_a_formula_in_every_cell_it_covers() throws IOException {
        Path f = xlsxWithSheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><f t=\"shared\" ref=\"A2:A3\" si=\"0\">ROW()</f><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><f t=\"shared\" si=\"0\"/><v>3</v></c></row>");
        assertThat(readAll(f)).flatExtracting(Table.Row::errors).extracting(RowError::row, RowError::code).containsExactly(
                tuple(2L, "formula_cell"), tuple(3L, "formula_cell"));
    }

    @Test
    void a_cell_longer_than_excel_allows_is_cut_just_past_the_limit_so_it_stays_too_long() throws IOException {
        Path f = xlsxWithSheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>note</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "я".repeat(40_000) + "</t></is></c></row>");
        assertThat(readAll(f).get(0).cells().get(0)).hasSize(XlsxSheetRows.MAX_CELL_CHARS + 1);
    }

    // --- refusals -----------------------------------------------------------------------------

    @Test
    void a_text_file_named_xlsx_is_not_a_workbook() throws IOException {
        assertThat(refusalCode(file("case_id,note\nC1,x\n".getBytes(StandardCharsets.UTF_8)))).isEqualTo("not_xlsx");
    }

    @Test
    void an_empty_file_is_refused_as_empty() throws IOException {
        assertThat(refusalCode(file(new byte[0]))).isEqualTo("empty_file");
    }

    @Test
    void a_password_protected_workbook_is_refused_as_such() throws Exception {
        byte[] plain = MalformedSpreadsheets.workbook(wb -> rows(wb.createSheet(), 0, cells("case_id"), cells("C1")));
        assertThat(refusalCode(file(MalformedSpreadsheets.encrypted(plain, "secret")))).isEqualTo("password_protected");
    }

    @Test
    void an_excel_97_2003_workbook_is_refused_as_old_xls() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            rows(wb.createSheet(), 0, cells("case_id"), cells("C1"));
            wb.write(out);
        }
        assertThat(refusalCode(file(out.toByteArray()))).isEqualTo("old_xls");
    }

    @Test
    void a_zip_that_is_no_workbook_is_not_xlsx_a_word_document_included() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("cases.csv"));
            z.write("case_id\nC1\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusalCode(file(zip.toByteArray()))).isEqualTo("not_xlsx");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("case_id");
            doc.write(docx);
        }
        assertThat(refusalCode(file(docx.toByteArray()))).isEqualTo("not_xlsx");
    }

    @Test
    void a_truncated_workbook_is_not_xlsx() throws IOException {
        byte[] whole = MalformedSpreadsheets.workbook(wb -> rows(wb.createSheet(), 0, cells("case_id"), cells("C1")));
        assertThat(refusalCode(file(Arrays.copyOf(whole, whole.length / 2)))).isEqualTo("not_xlsx");
    }

    @Test
    void a_sheet_without_a_filled_row_is_refused_as_empty() throws IOException {
        Path f = xlsx(wb -> wb.createSheet().createRow(4).createCell(1).setCellStyle(wb.createCellStyle()));
        assertThat(refusalCode(f)).isEqualTo("empty_sheet");
    }

    @Test
    void a_damaged_sheet_is_refused_when_reached_without_repeating_what_it_holds() throws IOException {
        Path f = xlsxWithSheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>case_id</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>note</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>C1</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>" + IIN + "</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>" + IIN + "</is></c></row>");
        try (Table table = XlsxTable.source(f, null).open()) {
            assertThat(table.next().cells()).containsExactly("C1", IIN);
            InputRefusedException e = catchThrowableOfType(InputRefusedException.class, table::next);
            assertThat(e).isNotNull();
            assertThat(e.errors()).extracting(RowError::code).containsExactly("not_xlsx");
            assertThat(e.getMessage() + e.errors()).contains("after row 2").doesNotContain(IIN);
        }
    }

    @Test
    void a_shared_string_index_past_the_table_is_refused_without_listing_the_strings() throws IOException {
        Path f = xlsx(wb -> rows(wb.createSheet("Sheet1"), 0, cells("case_id", "note"), cells(IIN)));
        byte[] bytes = replaceEntry(Files.readAllBytes(f), "xl/worksheets/sheet1.xml", ("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>"
                + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
        try (Table table = XlsxTable.source(file(bytes), null).open()) {
            InputRefusedException e = catchThrowableOfType(InputRefusedException.class, table::next);
            assertThat(e).isNotNull();
            assertThat(e.getMessage() + e.errors()).doesNotContain(IIN);
        }
    }

    @Test
    void a_zip_bomb_is_stopped_by_pois_inflate_ratio_guard() throws IOException {
        // 20 MB of one letter deflates about a thousandfold, far past POI's 1:100 limit
        Path f = xlsxWithSheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>note</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + "a".repeat(20_000_000) + "</t></is></c></row>");
        InputRefusedException e = catchThrowableOfType(InputRefusedException.class, () -> {
            try (Table table = XlsxTable.source(f, null).open()) {
                readAll(table);
            }
        });
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(RowError::code).containsExactly("not_xlsx");
    }
}
