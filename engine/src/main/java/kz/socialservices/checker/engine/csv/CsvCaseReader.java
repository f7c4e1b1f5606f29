package kz.socialservices.checker.engine.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a case register ({@link Table}: CSV or a spreadsheet) in two passes. The first refuses it
 * whole, before anything is evaluated, when it cannot be read, is empty, has an unknown, duplicate
 * or identifying column, or holds a value that looks identifying. The second streams the rows: each
 * is parsed into a case or rejected with its errors, so nothing is dropped silently.
 */
public final class CsvCaseReader<C> implements Closeable, Iterator<CsvCaseReader.Row<C>> {

    /** A parsed row: a case, or the errors that rejected it. */
    public record Row<C>(long number, C value, List<RowError> errors) {
        public boolean rejected() {
            return value == null;
        }
    }

    /**
     * What a standard's case file looks like.
     *
     * @param itemParts     for each list column of structured items, the names of an item's parts in
     *                      order (how a JSON object item maps to {@code |}-separated parts)
     * @param headerAliases other names a header may give a column (labels in the users' languages),
     *                      keyed by their {@linkplain #normalise(String) normal form}
     * @param valueAliases  other names a cell may give a code or a boolean (its labels), keyed likewise
     */
    public record Schema<C>(Set<String> columns, IdentifyingDataPolicy identifying, Function<CsvRow, C> parser,
                            Function<C, String> uniqueKey, String keyColumn, int maxCellLength,
                            Map<String, List<String>> itemParts, Map<String, String> headerAliases,
                            Map<String, String> valueAliases) {

        public Schema(Set<String> columns, IdentifyingDataPolicy identifying, Function<CsvRow, C> parser,
                      Function<C, String> uniqueKey, String keyColumn, int maxCellLength) {
            this(columns, identifying, parser, uniqueKey, keyColumn, maxCellLength, Map.of(), Map.of(), Map.of());
        }

        public Schema(Set<String> columns, IdentifyingDataPolicy identifying, Function<CsvRow, C> parser,
                      Function<C, String> uniqueKey, String keyColumn, int maxCellLength, Map<String, List<String>> itemParts) {
            this(columns, identifying, parser, uniqueKey, keyColumn, maxCellLength, itemParts, Map.of(), Map.of());
        }

        /** The column a header cell names: its code name (case and spacing aside) or one of its labels; null if none. */
        public String columnOf(String header) {
            if (columns.contains(header)) {
                return header;
            }
            String norm = normalise(header);
            String aliased = headerAliases.get(norm);
            if (aliased != null) {
                return aliased;
            }
            String code = norm.replace(' ', '_');
            return columns.contains(code) ? code : null;
        }
    }

    private static final Pattern SPACING = Pattern.compile("[\\s_\\u00A0]+");

    /** A header as compared with names and labels: case, surrounding and repeated spacing (and {@code _}) aside. */
    public static String normalise(String header) {
        return SPACING.matcher(header.strip()).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private final Schema<C> schema;
    private final Table table;
    /** The column each header cell is, by position; null for a trailing column without a name. */
    private final List<String> columns;
    private final Set<String> seenKeys = new HashSet<>();
    private Table.Row pending;

    /** Data rows the checking pass counted: what a progress bar measures against. */
    private final long dataRows;

    private CsvCaseReader(Schema<C> schema, Table table, List<String> columns, long dataRows) {
        this.dataRows = dataRows;
        this.schema = schema;
        this.table = table;
        this.columns = columns;
    }

    /** Checks a CSV file whole (encoding and delimiter detected), then opens it for reading rows. */
    public static <C> CsvCaseReader<C> open(Path file, Schema<C> schema) throws IOException {
        return open(CsvTable.source(file, null), schema, Long.MAX_VALUE);
    }

    /** As {@link #open(Path, Schema)}, refusing the file also when it has more than {@code maxRows} data rows. */
    public static <C> CsvCaseReader<C> open(Path file, Schema<C> schema, long maxRows) throws IOException {
        return open(CsvTable.source(file, null), schema, maxRows);
    }

    /** Checks a register whole, refusing it when it has more than {@code maxRows} data rows, then opens it. */
    public static <C> CsvCaseReader<C> open(Table.Source source, Schema<C> schema, long maxRows) throws IOException {
        List<RowError> refusal = new ArrayList<>();
        long rows = scan(source, schema, refusal);
        if (rows > maxRows) {
            refusal.add(RowError.file("too_many_rows", "the file has more than " + maxRows + " rows; split it"));
        }
        if (!refusal.isEmpty()) {
            throw new InputRefusedException(refusal);
        }
        Table table = source.open();
        return new CsvCaseReader<>(schema, table, resolve(table.header(), schema, new ArrayList<>()), rows);
    }

    /** How many data rows the register has (blank rows aside), as counted before reading. */
    public long dataRows() {
        return dataRows;
    }

    /** File-level problems of a CSV file; empty when it may be read. Values are never quoted. */
    public static <C> List<RowError> scan(Path file, Schema<C> schema) throws IOException {
        List<RowError> errors = new ArrayList<>();
        try {
            scan(CsvTable.source(file, null), schema, errors);
        } catch (InputRefusedException e) {
            return e.errors();
        }
        return errors;
    }

    /** The checking pass: adds the file's problems to {@code errors} and returns how many data rows it has. */
    private static <C> long scan(Table.Source source, Schema<C> schema, List<RowError> errors) throws IOException {
        long rows = 0;
        try (Table table = source.open()) {
            for (String text : table.otherText()) {
                String label = schema.identifying().identifyingValue(text);
                if (label != null) {
                    errors.add(RowError.file("identifying_value", "a sheet name or title looks like " + label
                            + " (identifying data); the file was refused and the text is not shown"));
                }
            }
            List<String> columns = resolve(table.header(), schema, errors);
            for (Table.Row row = table.next(); row != null; row = table.next()) {
                rows++;
                List<String> cells = row.cells();
                for (int i = 0; i < cells.size(); i++) {
                    String label = schema.identifying().identifyingValue(cells.get(i));
                    if (label != null) {
                        String column = i < columns.size() && columns.get(i) != null ? columns.get(i) : "#" + (i + 1);
                        errors.add(new RowError(row.number(), column, "identifying_value",
                                "a value that looks like " + label + " (identifying data) was found; "
                                        + "the file was refused and the value is not shown"));
                    }
                }
                if (errors.size() > 100) {
                    break; // enough to say why; never the values
                }
            }
        }
        return rows;
    }

    /** The column of each header cell, adding header problems to {@code errors}. */
    private static <C> List<String> resolve(List<String> header, Schema<C> schema, List<RowError> errors) {
        int width = header.size();
        while (width > 0 && header.get(width - 1).isBlank()) {
            width--; // Excel leaves trailing columns without a name; their cells must stay empty
        }
        List<String> columns = new ArrayList<>(header.size());
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String column = i < width ? schema.columnOf(name) : null;
            columns.add(column);
            if (i >= width) {
                continue;
            }
            if (name.isBlank()) {
                errors.add(new RowError(0L, null, "bad_header", "column " + (i + 1) + " of the header has no name"));
            } else if (schema.identifying().identifyingValue(name) != null) {
                // Likely a file without a header, its first row read as column names: never repeat it.
                errors.add(new RowError(0L, null, "identifying_value", "a column name looks like identifying data "
                        + "(is the header row missing?); the file was refused and the name is not shown"));
            } else if (column != null && seen.containsKey(column)) {
                errors.add(new RowError(0L, column, "duplicate_column", "column " + column + " appears more than once"
                        + (seen.get(column).equals(name) ? "" : " (as " + seen.get(column) + " and as " + name + ")")));
            } else if (column != null) {
                seen.put(column, name);
            } else if (schema.identifying().isIdentifyingColumn(name)) {
                errors.add(new RowError(0L, name, "identifying_column",
                        "column " + name + " holds identifying data, which the checker does not accept; remove it"));
            } else {
                errors.add(new RowError(0L, name, "unknown_column", "unknown column " + name));
            }
        }
        if (!seen.containsKey(schema.keyColumn())) {
            errors.add(new RowError(0L, schema.keyColumn(), "missing_column", "the header has no " + schema.keyColumn() + " column"));
        }
        return columns;
    }

    /** The header as written. */
    public List<String> header() {
        return table.header();
    }

    /** What was detected about the input (format, encoding, delimiter, sheet). */
    public Map<String, String> detected() {
        return table.detected();
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            try {
                pending = table.next();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return pending != null;
    }

    @Override
    public Row<C> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Table.Row record = pending;
        pending = null;
        long number = record.number();
        List<String> cells = record.cells();
        int width = columns.size();
        boolean extraContent = cells.subList(Math.min(width, cells.size()), cells.size()).stream().anyMatch(s -> !s.isBlank());
        if (cells.size() < width || extraContent) {
            return new Row<>(number, null, List.of(new RowError(number, null, "wrong_column_count",
                    "the row has " + cells.size() + " cells; the header has " + width)));
        }
        Map<String, String> values = new LinkedHashMap<>();
        CsvRow row = new CsvRow(number, values, schema.valueAliases());
        record.errors().forEach(e -> row.error(e.field(), e.code(), e.message()));
        for (int i = 0; i < width; i++) {
            String value = cells.get(i);
            String column = columns.get(i);
            if (column == null) {
                if (!value.isBlank()) {
                    row.error(null, "wrong_column_count", "a cell has a value in column " + (i + 1) + ", which has no name");
                }
                continue;
            }
            if (value.length() > schema.maxCellLength()) {
                row.error(column, "cell_too_long", "the cell is longer than " + schema.maxCellLength() + " characters");
                value = "";
            }
            values.put(column, value);
        }
        C value = schema.parser().apply(row);
        if (!row.hasErrors() && value != null && !seenKeys.add(schema.uniqueKey().apply(value))) {
            row.error(schema.keyColumn(), "duplicate_case_id", "this " + schema.keyColumn() + " was already used by an earlier row");
        }
        return row.hasErrors() ? new Row<>(number, null, List.copyOf(row.errors())) : new Row<>(number, value, List.of());
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
