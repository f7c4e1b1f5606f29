package kz.socialservices.checker.api.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx bodies of {@link HostileInputTest}: written by hand (the few XML parts of a workbook in a
 * zip, so any part or cell can be broken the way no spreadsheet program would), or by POI (as Excel
 * writes them).
 */
final class HostileWorkbooks {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WORKBOOK_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String CHARTSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final String SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    /** Style indexes of {@link #STYLES}: 1 a built-in date format, 2 a custom date-time one. */
    static final int DATE_STYLE = 1;
    static final int DATE_TIME_STYLE = 2;
    private static final String STYLES = "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\\ hh:mm\"/></numFmts>"
            + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>";

    private HostileWorkbooks() {
    }

    /** One tab: its name, hidden or not, a chart sheet (no cells) or a worksheet with these rows (inside sheetData). */
    record SheetPart(String name, boolean hidden, boolean chart, String prolog, String rowsXml) {
    }

    /** A workbook written by hand; {@link #parts()} may be changed before {@link #zip(Map)} to break it. */
    static final class Book {
        final List<SheetPart> sheets = new ArrayList<>();
        final List<String> shared = new ArrayList<>();
        boolean date1904;
        boolean styles = true;
        String workbookType = WORKBOOK_TYPE;

        /** A text cell as a shared string (mode 0), an inline string (1) or a plain {@code str} cell (2). */
        String text(String ref, String value, int mode) {
            return switch (mode) {
                case 0 -> {
                    shared.add(value);
                    yield "<c" + r(ref) + " t=\"s\"><v>" + (shared.size() - 1) + "</v></c>";
                }
                case 1 -> "<c" + r(ref) + " t=\"inlineStr\"><is><t xml:space=\"preserve\">" + esc(value) + "</t></is></c>";
                default -> "<c" + r(ref) + " t=\"str\"><v>" + esc(value) + "</v></c>";
            };
        }

        /** A register's value typed as a person would have it in Excel: dates, booleans and whole numbers as such. */
        String typed(String ref, String value, int textMode, Random random) {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}") && random.nextInt(5) != 0) {
                try {
                    return number(ref, serial(LocalDate.parse(value).atStartOfDay()), DATE_STYLE);
                } catch (java.time.DateTimeException e) {
                    return text(ref, value, textMode);
                }
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}") && random.nextBoolean()) {
                try {
                    return number(ref, serial(LocalDateTime.parse(value)), DATE_TIME_STYLE);
                } catch (java.time.DateTimeException e) {
                    return text(ref, value, textMode);
                }
            }
            if ((value.equals("true") || value.equals("false")) && random.nextInt(4) != 0) {
                return "<c" + r(ref) + " t=\"b\"><v>" + (value.equals("true") ? 1 : 0) + "</v></c>";
            }
            if (value.matches("[1-9]\\d{0,8}") && random.nextInt(4) != 0) {
                return number(ref, value, -1);
            }
            return text(ref, value, textMode);
        }

        String number(String ref, String value, int style) {
            return "<c" + r(ref) + (style >= 0 ? " s=\"" + style + "\"" : "") + "><v>" + value + "</v></c>";
        }

        /** Excel's serial number of a day and time, from 1900 (or 1904). */
        String serial(LocalDateTime t) {
            LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
            long days = ChronoUnit.DAYS.between(base, t.toLocalDate());
            int minutes = t.getHour() * 60 + t.getMinute();
            return minutes == 0 ? String.valueOf(days) : String.valueOf(days + minutes / 1440.0);
        }

        /** The package's parts, in the order they are zipped. */
        Map<String, byte[]> parts() {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + workbookType + "\"/>");
            StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + PKG_REL_NS + "\">");
            StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                    + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>");
            Map<String, byte[]> sheetParts = new LinkedHashMap<>();
            for (int i = 0; i < sheets.size(); i++) {
                SheetPart s = sheets.get(i);
                String kind = s.chart() ? "chartsheet" : "worksheet";
                String part = (s.chart() ? "chartsheets/sheet" : "worksheets/sheet") + (i + 1) + ".xml";
                types.append("<Override PartName=\"/xl/").append(part).append("\" ContentType=\"")
                        .append(s.chart() ? CHARTSHEET_TYPE : WORKSHEET_TYPE).append("\"/>");
                rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL_NS).append('/').append(kind)
                        .append("\" Target=\"").append(part).append("\"/>");
                workbook.append("<sheet name=\"").append(esc(s.name())).append("\" sheetId=\"").append(i + 1).append('"')
                        .append(s.hidden() ? " state=\"hidden\"" : "").append(" r:id=\"rId").append(i + 1).append("\"/>");
                String xml = s.chart() ? "<chartsheet xmlns=\"" + MAIN_NS + "\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>"
                        : s.prolog() + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + s.rowsXml() + "</sheetData></worksheet>";
                sheetParts.put("xl/" + part, utf8(xml));
            }
            if (styles) {
                types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"" + STYLES_TYPE + "\"/>");
                rels.append("<Relationship Id=\"rIdS\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>");
            }
            if (!shared.isEmpty()) {
                types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + SST_TYPE + "\"/>");
                rels.append("<Relationship Id=\"rIdT\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            }
            parts.put("[Content_Types].xml", utf8(types.append("</Types>").toString()));
            parts.put("_rels/.rels", utf8("<Relationships xmlns=\"" + PKG_REL_NS + "\"><Relationship Id=\"rId1\" Type=\"" + REL_NS
                    + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            parts.put("xl/workbook.xml", utf8(workbook.append("</sheets></workbook>").toString()));
            parts.put("xl/_rels/workbook.xml.rels", utf8(rels.append("</Relationships>").toString()));
            parts.putAll(sheetParts);
            if (styles) {
                parts.put("xl/styles.xml", utf8(STYLES));
            }
            if (!shared.isEmpty()) {
                StringBuilder sst = new StringBuilder("<sst xmlns=\"" + MAIN_NS + "\" count=\"" + shared.size() + "\" uniqueCount=\""
                        + shared.size() + "\">");
                for (String s : shared) {
                    sst.append("<si><t xml:space=\"preserve\">").append(esc(s)).append("</t></si>");
                }
                parts.put("xl/sharedStrings.xml", utf8(sst.append("</sst>").toString()));
            }
            return parts;
        }
    }

    private static String r(String ref) {
        return ref == null ? "" : " r=\"" + ref + "\"";
    }

    /** The reference of a cell: column letters (0-based column) and row number. */
    static String ref(int column, long row) {
        return letters(column) + row;
    }

    static String letters(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    /** XML text: markup escaped, characters XML 1.0 cannot hold written as OOXML's {@code _xHHHH_}. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                            || (Character.isSurrogate(c) && !(i + 1 < s.length() && Character.isHighSurrogate(c)
                            && Character.isLowSurrogate(s.charAt(i + 1))) && !(i > 0 && Character.isLowSurrogate(c)
                            && Character.isHighSurrogate(s.charAt(i - 1))))) {
                        b.append(String.format("_x%04X_", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] bomb;

    /** A workbook whose sheet inflates a thousandfold (4 MB of spaces in one cell): the zip-bomb guard must stop it. */
    static synchronized byte[] zipBomb() {
        if (bomb == null) {
            Book book = new Book();
            String cell = "<c r=\"A1\" t=\"inlineStr\"><is><t>" + " ".repeat(4_000_000) + "</t></is></c>";
            book.sheets.add(new SheetPart("Реестр", false, false, "", "<row r=\"1\">" + cell + "</row>"));
            bomb = zip(book.parts());
        }
        return bomb;
    }

    /**
     * A workbook as POI (so Excel) writes it: title rows, the header, then the data typed (dates as
     * date cells, booleans, whole numbers); {@code formulas} and {@code errors} name data cells
     * ({@code {row, column}}) to write as a formula (its text and cached result hold {@code secret}) or
     * as #N/A.
     */
    static byte[] poi(String sheetName, List<String> titles, List<String> header, List<List<String>> rows,
                      List<int[]> formulas, List<int[]> errors, String secret) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 0;
            for (String title : titles) {
                sheet.createRow(r++).createCell(0).setCellValue(title);
            }
            XSSFRow headerRow = sheet.createRow(r++);
            for (int i = 0; i < header.size(); i++) {
                headerRow.createCell(i).setCellValue(header.get(i));
            }
            int first = r;
            for (List<String> values : rows) {
                XSSFRow row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    String v = values.get(i);
                    if (v.isEmpty()) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(i);
                    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        try {
                            cell.setCellValue(LocalDate.parse(v));
                            cell.setCellStyle(date);
                            continue;
                        } catch (java.time.DateTimeException e) {
                            // not a real day: written as text, as Excel keeps it
                        }
                    }
                    if (v.equals("true") || v.equals("false")) {
                        cell.setCellValue(Boolean.parseBoolean(v));
                    } else if (v.matches("[1-9]\\d{0,8}")) {
                        cell.setCellValue(Integer.parseInt(v));
                    } else {
                        cell.setCellValue(v.length() > 32_767 ? v.substring(0, 32_767) : v);
                    }
                }
            }
            for (int[] at : formulas) {
                if (!rows.isEmpty()) {
                    XSSFRow row = sheet.getRow(first + at[0] % rows.size());
                    XSSFCell cell = row.createCell(at[1] % Math.max(1, header.size()));
                    cell.setCellFormula("HYPERLINK(\"http://x/" + secret + "\",\"" + secret + "\")");
                }
            }
            for (int[] at : errors) {
                if (!rows.isEmpty()) {
                    sheet.getRow(first + at[0] % rows.size()).createCell(at[1] % Math.max(1, header.size()))
                            .setCellErrorValue(FormulaError.NA);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
