package kz.socialservices.checker.engine.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kz.socialservices.checker.engine.csv.XlsxSheetRows.Cell;
import kz.socialservices.checker.engine.csv.XlsxSheetRows.DamagedSheetException;
import kz.socialservices.checker.engine.csv.XlsxSheetRows.Problem;
import kz.socialservices.checker.engine.csv.XlsxSheetRows.SheetRow;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * One sheet of an .xlsx workbook read as a {@link Table}, streamed row by row (POI's package
 * reader and a StAX pull parser), so a large workbook is never held whole.
 *
 * <p>Cells are read as a person sees them: text as text, a date-formatted number as an ISO date
 * ({@code yyyy-MM-dd}, or {@code yyyy-MM-ddTHH:mm} with a time of day), other numbers without
 * grouping or exponent, booleans as {@code true}/{@code false}. A formula is never evaluated or
 * read (nothing uploaded runs on the server): its cell is empty with a {@code formula_cell} error.
 * Row numbers are Excel's. Nothing read from the file is ever put in an error message.
 */
public final class XlsxTable implements Table {

    /**
     * At most this many one-cell rows above the header are taken for titles; more one-cell rows
     * are a one-column table, its first row the header.
     */
    static final int MAX_TITLE_ROWS = 5;

    private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** The parts a workbook's main document may be: plain, macro-enabled, template, add-in (never run). */
    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

    private static final String FORMULA_MESSAGE = "the cell holds a formula; the checker reads only values: paste it as values";
    private static final String ERROR_VALUE_MESSAGE = "the cell holds an error value (such as #N/A); correct it or clear it";

    private final OPCPackage pkg;
    private final XlsxSheetRows rows;
    private final List<String> header;
    private final long headerRowNumber;
    private final Deque<SheetRow> pending;
    private final List<String> otherText;
    private final Map<String, String> detected;
    private boolean closed;

    private XlsxTable(OPCPackage pkg, XlsxSheetRows rows, SheetRow headerRow, Deque<SheetRow> pending,
                      List<String> otherText, Map<String, String> detected) {
        this.pkg = pkg;
        this.rows = rows;
        this.headerRowNumber = headerRow.number();
        this.header = headerCells(headerRow);
        this.pending = pending;
        this.otherText = List.copyOf(otherText);
        this.detected = Collections.unmodifiableMap(detected);
    }

    /**
     * @param sheetName the sheet to read, matched as Excel does (ignoring case); null for the first
     *                  visible worksheet
     */
    public static Table.Source source(Path file, String sheetName) {
        Objects.requireNonNull(file, "file");
        return () -> open(file, sheetName);
    }

    /**
     * Opens the sheet and reads up to its header.
     *
     * @throws InputRefusedException when the file is not a readable .xlsx workbook, has no such
     *                               sheet, or the sheet is empty
     * @throws IOException           when the file itself cannot be read
     */
    public static XlsxTable open(Path file, String sheetName) throws IOException {
        refuseWhatIsNotAPackage(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw notXlsx();
        }
        try {
            return open(pkg, sheetName);
        } catch (RuntimeException | IOException e) {
            pkg.revert();
            throw e;
        }
    }

    /** The Excel row number of the header. */
    public long headerRowNumber() {
        return headerRowNumber;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() throws IOException {
        if (closed) {
            throw new IllegalStateException("the table is closed");
        }
        while (true) {
            SheetRow row = pending.isEmpty() ? readRow(rows) : pending.poll();
            if (row == null) {
                return null;
            }
            if (!row.blank()) {
                return dataRow(row);
            }
        }
    }

    @Override
    public List<String> otherText() {
        return otherText;
    }

    @Override
    public Map<String, String> detected() {
        return detected;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
        } finally {
            pkg.revert(); // close() would try to save a package opened for reading
        }
    }

    // --- opening ------------------------------------------------------------------------------

    /** Refuses, by its first bytes, a file that is not a zip package: an old or encrypted workbook, or no workbook. */
    private static void refuseWhatIsNotAPackage(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw refusal("empty_file", "the file is empty; save the workbook from Excel as .xlsx");
        }
        FileMagic magic = FileMagic.valueOf(file.toFile());
        switch (magic) {
            case OOXML -> {
                // a zip: opened as a package next
            }
            case OLE2 -> throw ole2Refusal(file);
            case BIFF2, BIFF3, BIFF4 -> throw oldXls();
            default -> throw notXlsx();
        }
    }

    /** An OLE2 container is either an encrypted .xlsx (Excel puts it in one) or a 97-2003 file. */
    private static InputRefusedException ole2Refusal(Path file) {
        Set<String> entries;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            entries = fs.getRoot().getEntryNames();
        } catch (Exception e) {
            return notXlsx();
        }
        if (entries.contains(Decryptor.DEFAULT_POIFS_ENTRY)) {
            return refusal("password_protected", "the workbook is password-protected; save a copy without a password");
        }
        // BIFF8 and BIFF5 workbooks keep their data in a stream so named (case varies by writer)
        if (entries.stream().anyMatch(n -> n.equalsIgnoreCase("Workbook") || n.equalsIgnoreCase("Book"))) {
            return oldXls();
        }
        return notXlsx();
    }

    private static XlsxTable open(OPCPackage pkg, String sheetName) throws IOException {
        WorkbookReader reader;
        Workbook workbook;
        SharedStrings sharedStrings;
        StylesTable styles;
        try {
            reader = new WorkbookReader(pkg);
            if (!WORKBOOK_CONTENT_TYPES.contains(reader.workbookPart().getContentType())) {
                throw notXlsx(); // a Word or PowerPoint package, or a binary .xlsb
            }
            workbook = Workbook.read(reader);
            sharedStrings = new ReadOnlySharedStringsTable(pkg, false); // phonetic guides are not shown in a cell
            styles = reader.getStylesTable();
        } catch (InputRefusedException e) {
            throw e;
        } catch (Exception e) {
            throw notXlsx();
        }

        SheetEntry sheet = workbook.choose(sheetName);
        XlsxSheetRows rows;
        try {
            rows = new XlsxSheetRows(reader.getSheet(sheet.relationId()), sharedStrings, styles, workbook.date1904());
        } catch (Exception e) {
            throw notXlsx();
        }
        try {
            return readUpToHeader(pkg, rows, workbook, sheet);
        } catch (RuntimeException | IOException e) {
            rows.close();
            throw e;
        }
    }

    /**
     * The first non-blank row is the header, unless it has a single filled cell and a later row
     * has more: then the one-cell rows above that row are titles (often merged across the table).
     */
    private static XlsxTable readUpToHeader(OPCPackage pkg, XlsxSheetRows rows, Workbook workbook, SheetEntry sheet)
            throws IOException {
        List<SheetRow> oneCellRows = new ArrayList<>();
        SheetRow wideRow = null;
        SheetRow row;
        while (oneCellRows.size() <= MAX_TITLE_ROWS && (row = readRow(rows)) != null) {
            if (row.blank()) {
                continue;
            }
            if (row.filledCount() > 1) {
                wideRow = row;
                break;
            }
            oneCellRows.add(row);
        }
        SheetRow headerRow;
        List<SheetRow> titles;
        Deque<SheetRow> pending = new ArrayDeque<>();
        if (wideRow != null) {
            headerRow = wideRow;
            titles = oneCellRows;
        } else if (!oneCellRows.isEmpty()) {
            headerRow = oneCellRows.get(0);
            titles = List.of();
            pending.addAll(oneCellRows.subList(1, oneCellRows.size()));
        } else {
            throw refusal("empty_sheet", "the sheet is empty; it needs at least a header row");
        }
        refuseUnreadableHeader(headerRow);

        List<String> otherText = new ArrayList<>(workbook.sheetNames());
        for (SheetRow title : titles) {
            for (Cell cell : title.cells().values()) {
                if (!cell.text().isBlank()) {
                    otherText.add(cell.text()); // scanned for identifying data like any cell
                }
            }
        }
        Map<String, String> detected = new LinkedHashMap<>();
        detected.put("format", "xlsx");
        // The sheet's position, not its name: a sheet may be named after a person, and the report is an export.
        detected.put("sheet", String.valueOf(workbook.sheetNames().indexOf(sheet.name()) + 1));
        if (!titles.isEmpty()) {
            detected.put("skippedTitleRows", String.valueOf(titles.size()));
        }
        return new XlsxTable(pkg, rows, headerRow, pending, otherText, detected);
    }

    /** A header cell that is a formula or an error value has no name to read: the columns cannot be known. */
    private static void refuseUnreadableHeader(SheetRow headerRow) {
        for (Cell cell : headerRow.cells().values()) {
            if (cell.problem() == Problem.FORMULA) {
                throw new InputRefusedException(List.of(new RowError(headerRow.number(), null, "formula_cell",
                        "a header cell holds a formula; the checker reads only values: paste the header as values")));
            }
            if (cell.problem() == Problem.ERROR_VALUE) {
                throw new InputRefusedException(List.of(new RowError(headerRow.number(), null, "error_cell",
                        "a header cell holds an error value (such as #N/A); write the column name")));
            }
        }
    }

    /** The header as written, up to its last filled cell; an empty cell between is kept as "". */
    private static List<String> headerCells(SheetRow headerRow) {
        List<String> cells = new ArrayList<>(Collections.nCopies(headerRow.lastFilledColumn() + 1, ""));
        for (Cell cell : headerRow.cells().values()) {
            if (cell.column() < cells.size()) {
                cells.set(cell.column(), cell.text());
            }
        }
        return List.copyOf(cells);
    }

    // --- rows ---------------------------------------------------------------------------------

    /** A data row padded to the header's width (Excel omits trailing empty cells); filled cells beyond it kept. */
    private Row dataRow(SheetRow row) {
        int width = Math.max(header.size(), row.lastFilledColumn() + 1);
        List<String> cells = new ArrayList<>(Collections.nCopies(width, ""));
        List<RowError> errors = new ArrayList<>();
        for (Cell cell : row.cells().values()) {
            if (cell.column() >= width) {
                continue; // an empty cell past the header
            }
            cells.set(cell.column(), cell.text());
            if (cell.problem() == Problem.FORMULA) {
                errors.add(new RowError(row.number(), columnName(cell.column()), "formula_cell", FORMULA_MESSAGE));
            } else if (cell.problem() == Problem.ERROR_VALUE) {
                errors.add(new RowError(row.number(), columnName(cell.column()), "error_cell", ERROR_VALUE_MESSAGE));
            }
        }
        return new Row(row.number(), Collections.unmodifiableList(cells), List.copyOf(errors));
    }

    /** The header's name for a column; {@code #n} (as the CSV reader says) where the header has none. */
    private String columnName(int column) {
        return column < header.size() && !header.get(column).isBlank() ? header.get(column) : "#" + (column + 1);
    }

    private static SheetRow readRow(XlsxSheetRows rows) {
        try {
            return rows.next();
        } catch (DamagedSheetException e) {
            long last = rows.lastWholeRowNumber();
            throw refusal("not_xlsx", "the sheet cannot be read" + (last == 0 ? "" : " after row " + last)
                    + ": the workbook is damaged, or expands to more data than is safe to read; save it again from Excel as .xlsx");
        }
    }

    // --- the workbook part --------------------------------------------------------------------

    /** XSSFReader with its workbook part visible, to check its content type and its sheets' relationship types. */
    private static final class WorkbookReader extends XSSFReader {
        WorkbookReader(OPCPackage pkg) throws IOException, org.apache.poi.openxml4j.exceptions.OpenXML4JException {
            super(pkg);
        }

        PackagePart workbookPart() {
            return workbookPart;
        }
    }

    /** A sheet as workbook.xml lists it. */
    private record SheetEntry(String name, String relationId, boolean hidden, boolean worksheet) {
    }

    /** What workbook.xml says: the sheets in tab order, and whether dates count from 1904. */
    private record Workbook(List<SheetEntry> sheets, boolean date1904) {

        static Workbook read(WorkbookReader reader) throws Exception {
            List<SheetEntry> sheets = new ArrayList<>();
            boolean date1904 = false;
            try (InputStream in = reader.getWorkbookData()) {
                XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
                try {
                    while (xml.hasNext()) {
                        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                            continue;
                        }
                        switch (xml.getLocalName()) {
                            case "workbookPr" -> {
                                String v = xml.getAttributeValue(null, "date1904");
                                date1904 = "1".equals(v) || "true".equals(v);
                            }
                            case "sheet" -> {
                                String name = xml.getAttributeValue(null, "name");
                                String id = xml.getAttributeValue(RELATIONSHIPS_NS, "id");
                                String state = xml.getAttributeValue(null, "state");
                                if (name != null && id != null) {
                                    PackageRelationship rel = reader.workbookPart().getRelationship(id);
                                    boolean worksheet = rel != null
                                            && XSSFRelation.WORKSHEET.getRelation().equals(rel.getRelationshipType());
                                    sheets.add(new SheetEntry(name, id, state != null && !state.equals("visible"), worksheet));
                                }
                            }
                            default -> {
                                // other workbook settings do not change a cell's value
                            }
                        }
                    }
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException e) {
                throw new IOException("workbook.xml cannot be read");
            }
            return new Workbook(List.copyOf(sheets), date1904);
        }

        List<String> sheetNames() {
            return sheets.stream().map(SheetEntry::name).toList();
        }

        /**
         * The sheet asked for, or the first visible worksheet (a hidden sheet is not what a person
         * sees first; a chart sheet has no cells). Sheet names are never shown in a refusal: a
         * sheet may be named after a person.
         */
        SheetEntry choose(String sheetName) {
            if (sheetName != null) {
                return sheets.stream().filter(s -> s.name().equalsIgnoreCase(sheetName)).findFirst()
                        .orElseThrow(() -> refusal("no_such_sheet", "the workbook has no sheet of the name given (it has "
                                + sheets.size() + " sheet" + (sheets.size() == 1 ? "" : "s")
                                + "; their names are not shown, as a name may identify someone); give the name as on the sheet's tab"));
            }
            return sheets.stream().filter(s -> s.worksheet() && !s.hidden()).findFirst()
                    .or(() -> sheets.stream().filter(SheetEntry::worksheet).findFirst())
                    .orElseThrow(() -> refusal("empty_sheet", "the workbook has no worksheet with cells"));
        }
    }

    // --- refusals -----------------------------------------------------------------------------

    private static InputRefusedException notXlsx() {
        return refusal("not_xlsx", "the file is not an .xlsx workbook; save it from Excel as .xlsx, or as CSV");
    }

    private static InputRefusedException oldXls() {
        return refusal("old_xls", "an .xls workbook (Excel 97-2003) is not read; save it as .xlsx");
    }

    private static InputRefusedException refusal(String code, String message) {
        return new InputRefusedException(List.of(RowError.file(code, message)));
    }
}
