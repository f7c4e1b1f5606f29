package kz.socialservices.checker.engine.csv;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A register read as a table of text cells, as a person sees them: a header row, then data rows.
 * CSV (any dialect Excel writes) and spreadsheets are both read through this, so every format
 * gives the same header checks, identifying-data scan, row and field errors.
 */
public interface Table extends Closeable {

    /** Opens a table afresh: the case reader reads a register twice (checking pass, reading pass). */
    @FunctionalInterface
    interface Source {
        /** @throws InputRefusedException when the file cannot be read as this format at all */
        Table open() throws IOException;
    }

    /**
     * One data row.
     *
     * @param number the row's number as the user sees it (CSV: 1 = first row after the header;
     *               a spreadsheet: the row number the spreadsheet shows)
     * @param cells  the row's cells, as text, in header order (fewer or more cells than the header
     *               is reported by the reader)
     * @param errors problems with single cells the format itself found (e.g. a formula), named by column
     */
    record Row(long number, List<String> cells, List<RowError> errors) {
        public Row(long number, List<String> cells) {
            this(number, cells, List.of());
        }
    }

    /** The header cells, in order, exactly as written. */
    List<String> header();

    /** The next data row, or null after the last; blank rows are skipped. */
    Row next() throws IOException;

    /**
     * Text the format carries besides cells that a person may have typed (sheet names, a skipped
     * title row): scanned for identifying data like any cell.
     */
    default List<String> otherText() {
        return List.of();
    }

    /** What was detected about the input, for the report (e.g. format, encoding, delimiter, sheet). */
    Map<String, String> detected();
}
