package kz.socialservices.checker.engine.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * Pulls the rows of one worksheet's XML one at a time (StAX), so a large sheet is never held
 * whole. Cells come out as text the way a person sees them; a formula is never read, its cached
 * result included.
 */
final class XlsxSheetRows implements Closeable {

    /** Excel's last column is XFD; a reference beyond it is not from a spreadsheet program. */
    static final int MAX_COLUMNS = 16_384;

    /**
     * Excel's own limit on a cell's text. Longer text is cut to one character more, so it is still
     * longer than any limit a reader accepts and a hostile cell cannot fill the memory.
     */
    static final int MAX_CELL_CHARS = 32_767;

    /** Excel shows at most 15 significant digits; the XML may hold 17 (0.1+0.2 is 0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    /** 9999-12-31, Excel's last date; a larger serial number is shown as a number (Excel shows ####). */
    private static final double LAST_EXCEL_DATE = 2_958_466;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Why a cell has no text. */
    enum Problem { FORMULA, ERROR_VALUE }

    /** One cell: its 0-based column, its text ("" when it has a problem) and its problem, if any. */
    record Cell(int column, String text, Problem problem) {
        boolean filled() {
            return problem != null || !text.isBlank();
        }
    }

    /** One row of the sheet: its number as Excel shows it, and its cells by column. */
    record SheetRow(long number, SortedMap<Integer, Cell> cells) {
        boolean blank() {
            return filledCount() == 0;
        }

        int filledCount() {
            return (int) cells.values().stream().filter(Cell::filled).count();
        }

        /** The last column with text or a problem, or -1. */
        int lastFilledColumn() {
            int last = -1;
            for (Cell c : cells.values()) {
                if (c.filled()) {
                    last = c.column();
                }
            }
            return last;
        }
    }

    /** The sheet's XML cannot be read (broken, or a zip limit was hit); carries nothing from the file. */
    static final class DamagedSheetException extends Exception {
        DamagedSheetException() {
            super("the sheet cannot be read", null, false, false);
        }
    }

    private final InputStream in;
    private final XMLStreamReader xml;
    private final SharedStrings sharedStrings;
    private final StylesTable styles;
    private final boolean date1904;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private boolean inSheetData;
    private boolean finished;
    private long lastRowNumber;
    private long lastWholeRowNumber;

    /** @param styles null when the workbook has none (no cell is then a date) */
    XlsxSheetRows(InputStream sheetXml, SharedStrings sharedStrings, StylesTable styles, boolean date1904)
            throws DamagedSheetException {
        this.in = sheetXml;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        try {
            this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
        } catch (XMLStreamException | RuntimeException e) {
            throw new DamagedSheetException();
        }
    }

    /** The number of the last row read whole (0 for none), for saying where a damaged sheet stopped. */
    long lastWholeRowNumber() {
        return lastWholeRowNumber;
    }

    /** The next row as written (blank rows included), or null after the last. */
    SheetRow next() throws DamagedSheetException {
        if (finished) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (!inSheetData) {
                        inSheetData = name.equals("sheetData");
                    } else if (name.equals("row")) {
                        return readRow();
                    } else {
                        skipElement();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && inSheetData) {
                    break; // </sheetData>: what follows (merged cells, print settings) holds no values
                }
            }
            finished = true;
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            // XMLStreamException also carries the zip-bomb guard's IOException; neither message is passed on
            throw new DamagedSheetException();
        }
    }

    private SheetRow readRow() throws XMLStreamException, DamagedSheetException {
        String r = xml.getAttributeValue(null, "r");
        long number = r == null ? lastRowNumber + 1 : Long.parseLong(r); // r may be omitted: the next row
        if (number < 1) {
            throw new DamagedSheetException();
        }
        lastRowNumber = number;
        SortedMap<Integer, Cell> cells = new TreeMap<>();
        int lastColumn = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("c")) {
                    Cell cell = readCell(lastColumn);
                    cells.put(cell.column(), cell);
                    lastColumn = cell.column();
                } else {
                    skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                lastWholeRowNumber = number;
                return new SheetRow(number, cells);
            }
        }
    }

    private Cell readCell(int previousColumn) throws XMLStreamException, DamagedSheetException {
        String ref = xml.getAttributeValue(null, "r");
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        int column = ref == null ? previousColumn + 1 : columnIndex(ref); // r may be omitted: the next column
        if (column >= MAX_COLUMNS) {
            throw new DamagedSheetException();
        }
        boolean formula = false;
        String value = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "f" -> {
                        formula = true;
                        skipElement();
                    }
                    case "v" -> {
                        if (formula) {
                            skipElement(); // a formula's cached result is not read either
                        } else {
                            value = readText();
                        }
                    }
                    case "is" -> inline = readInlineString();
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (formula) {
            return new Cell(column, "", Problem.FORMULA);
        }
        if ("e".equals(type)) {
            return new Cell(column, "", Problem.ERROR_VALUE);
        }
        return new Cell(column, text(type, style, value, inline), null);
    }

    private String text(String type, String style, String value, String inline) throws DamagedSheetException {
        if (type == null) {
            type = "n";
        }
        if (type.equals("inlineStr")) {
            return inline == null ? "" : decodeEscapes(inline);
        }
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (type) {
            case "s" -> sharedString(value);
            case "b" -> switch (value.strip()) {
                case "1", "true" -> "true";
                case "0", "false" -> "false";
                default -> throw new DamagedSheetException();
            };
            case "n" -> number(value, style);
            case "d" -> isoDate(value);
            default -> decodeEscapes(value); // "str" without a formula: plain text
        };
    }

    private String sharedString(String index) throws DamagedSheetException {
        try {
            return sharedStrings.getItemAt(Integer.parseInt(index.strip())).getString();
        } catch (RuntimeException e) {
            // POI's message for a bad index lists every shared string: never let it through
            throw new DamagedSheetException();
        }
    }

    private String number(String value, String style) throws DamagedSheetException {
        double d;
        try {
            d = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new DamagedSheetException();
        }
        if (!Double.isFinite(d)) {
            throw new DamagedSheetException();
        }
        if (d >= 0 && d < LAST_EXCEL_DATE && isDateStyle(style)) {
            try {
                LocalDateTime t = DateUtil.getLocalDateTime(d, date1904, true);
                if (t != null) {
                    return dateText(t);
                }
            } catch (DateTimeException e) {
                // not a date Java can show: shown as the number it is
            }
        }
        return BigDecimal.valueOf(d).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /** A cell typed {@code t="d"} holds an ISO 8601 date (written by some programs, not Excel). */
    private static String isoDate(String value) {
        String v = value.strip();
        try {
            return v.contains("T") ? dateText(LocalDateTime.parse(v)) : dateText(LocalDate.parse(v).atStartOfDay());
        } catch (DateTimeParseException e) {
            return v; // left as written; a date column reports it
        }
    }

    private static String dateText(LocalDateTime t) {
        LocalDateTime minutes = t.truncatedTo(ChronoUnit.MINUTES);
        return minutes.toLocalTime().equals(LocalTime.MIDNIGHT) ? minutes.toLocalDate().toString() : MINUTES.format(minutes);
    }

    private boolean isDateStyle(String style) throws DamagedSheetException {
        if (styles == null) {
            return false;
        }
        int index;
        try {
            index = style == null ? 0 : Integer.parseInt(style.strip());
        } catch (NumberFormatException e) {
            throw new DamagedSheetException();
        }
        Boolean known = dateStyles.get(index);
        if (known == null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            known = cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            dateStyles.put(index, known);
        }
        return known;
    }

    /** The text of an inline string: its runs' {@code <t>}, without phonetic guides ({@code <rPh>}). */
    private String readInlineString() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "t" -> append(text, readText());
                    case "r" -> depth++;
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return text.toString();
                }
                depth--;
            }
        }
    }

    /** The text up to the end of the current element, cut at {@link #MAX_CELL_CHARS} + 1. */
    private String readText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        append(text, xml.getText());
                case XMLStreamConstants.START_ELEMENT -> skipElement();
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                default -> {
                    // comments, processing instructions: not text
                }
            }
        }
    }

    private static void append(StringBuilder text, String more) {
        int room = MAX_CELL_CHARS + 1 - text.length();
        if (room > 0) {
            text.append(more, 0, Math.min(room, more.length()));
        }
    }

    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** OOXML writes characters XML cannot hold as {@code _xHHHH_}; decoded as for shared strings. */
    private static String decodeEscapes(String text) {
        return text.contains("_x") ? new XSSFRichTextString(text).getString() : text;
    }

    /** The 0-based column of a cell reference such as {@code C5}. */
    static int columnIndex(String ref) throws DamagedSheetException {
        int column = 0;
        int i = 0;
        while (i < ref.length()) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (column > MAX_COLUMNS) {
                throw new DamagedSheetException();
            }
            i++;
        }
        if (i == 0) {
            throw new DamagedSheetException();
        }
        return column - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next either way
        } finally {
            in.close();
        }
    }
}
