package kz.socialservices.checker.engine.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a case file in two passes. The first refuses the file whole, before anything is
 * evaluated, when it is not UTF-8, is empty, has an unknown, duplicate or identifying column, or
 * holds a value that looks identifying. The second streams the rows: each is parsed into a case or
 * rejected with its errors, so nothing is dropped silently.
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
     * @param itemParts for each list column of structured items, the names of an item's parts in
     *                  order (how a JSON object item maps to {@code |}-separated parts)
     */
    public record Schema<C>(Set<String> columns, IdentifyingDataPolicy identifying, Function<CsvRow, C> parser,
                            Function<C, String> uniqueKey, String keyColumn, int maxCellLength,
                            Map<String, List<String>> itemParts) {

        public Schema(Set<String> columns, IdentifyingDataPolicy identifying, Function<CsvRow, C> parser,
                      Function<C, String> uniqueKey, String keyColumn, int maxCellLength) {
            this(columns, identifying, parser, uniqueKey, keyColumn, maxCellLength, Map.of());
        }
    }

    private final Schema<C> schema;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Set<String> seenKeys = new HashSet<>();
    private long rowNumber;

    private CsvCaseReader(Schema<C> schema, Reader reader) throws IOException {
        this.schema = schema;
        this.parser = format().parse(reader);
        this.records = parser.iterator();
        this.header = parser.getHeaderNames();
    }

    /** Checks the whole file, then opens it for reading rows. */
    public static <C> CsvCaseReader<C> open(Path file, Schema<C> schema) throws IOException {
        return open(file, schema, Long.MAX_VALUE);
    }

    /** Checks the whole file, refusing it also when it has more than {@code maxRows} data rows, then opens it. */
    public static <C> CsvCaseReader<C> open(Path file, Schema<C> schema, long maxRows) throws IOException {
        Scan scan = scanFile(file, schema);
        List<RowError> refusal = new ArrayList<>(scan.errors());
        if (scan.rows() > maxRows) {
            refusal.add(RowError.file("too_many_rows", "the file has more than " + maxRows + " rows; split it"));
        }
        if (!refusal.isEmpty()) {
            throw new InputRefusedException(refusal);
        }
        return new CsvCaseReader<>(schema, utf8(Files.newInputStream(file)));
    }

    private record Scan(long rows, List<RowError> errors) {
    }

    /** File-level problems; empty when the file may be read. Values are never quoted. */
    public static <C> List<RowError> scan(Path file, Schema<C> schema) throws IOException {
        return scanFile(file, schema).errors();
    }

    private static <C> Scan scanFile(Path file, Schema<C> schema) throws IOException {
        if (Files.size(file) == 0) {
            return new Scan(0, List.of(RowError.file("empty_file", "the file is empty; it needs at least a header row")));
        }
        List<RowError> errors = new ArrayList<>();
        long row = 0;
        try (Reader reader = utf8(Files.newInputStream(file)); CSVParser p = format().parse(reader)) {
            List<String> columns = p.getHeaderNames();
            errors.addAll(checkHeader(columns, schema));
            for (CSVRecord record : p) {
                row++;
                for (int i = 0; i < record.size(); i++) {
                    String label = schema.identifying().identifyingValue(record.get(i));
                    if (label != null) {
                        String column = i < columns.size() ? columns.get(i) : "#" + (i + 1);
                        errors.add(new RowError(row, column, "identifying_value",
                                "a value that looks like " + label + " (identifying data) was found; "
                                        + "the file was refused and the value is not shown"));
                    }
                }
                if (errors.size() > 100) {
                    break; // enough to say why; never the values
                }
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                // The decoder reads ahead in blocks, so the row it failed in is not known exactly.
                return new Scan(row, List.of(RowError.file("not_utf8", "the file is not valid UTF-8 (save it as UTF-8, with or without BOM)")));
            }
            if (cause instanceof org.apache.commons.csv.CSVException || cause instanceof IllegalStateException
                    || cause instanceof IllegalArgumentException) {
                return new Scan(row, List.of(new RowError(row + 1, null, "bad_csv", "the file is not valid CSV near this row")));
            }
            if (e instanceof IOException io) {
                throw io;
            }
            throw (UncheckedIOException) e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a blank header name, or broken quoting, this way
            return new Scan(row, List.of(row == 0
                    ? new RowError(0L, null, "bad_header", "the header has an empty column name")
                    : new RowError(row + 1, null, "bad_csv", "the file is not valid CSV near this row")));
        }
        return new Scan(row, errors);
    }

    private static <C> List<RowError> checkHeader(List<String> columns, Schema<C> schema) {
        List<RowError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (schema.identifying().identifyingValue(column) != null) {
                // Likely a file without a header, its first row read as column names: never repeat it.
                errors.add(new RowError(0L, null, "identifying_value", "a column name looks like identifying data "
                        + "(is the header row missing?); the file was refused and the name is not shown"));
            } else if (!seen.add(column)) {
                errors.add(new RowError(0L, column, "duplicate_column", "column " + column + " appears more than once"));
            } else if (schema.identifying().isIdentifyingColumn(column)) {
                errors.add(new RowError(0L, column, "identifying_column",
                        "column " + column + " holds identifying data, which the checker does not accept; remove it"));
            } else if (!schema.columns().contains(column)) {
                errors.add(new RowError(0L, column, "unknown_column", "unknown column " + column));
            }
        }
        if (!columns.contains(schema.keyColumn())) {
            errors.add(new RowError(0L, schema.keyColumn(), "missing_column", "the header has no " + schema.keyColumn() + " column"));
        }
        return errors;
    }

    private static CSVFormat format() {
        return CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL) // reported by name in checkHeader
                .setAllowMissingColumnNames(false)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
    }

    /** UTF-8 that fails on a malformed byte instead of guessing; a leading BOM is skipped. */
    static Reader utf8(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF' && first != -1) {
            reader.reset();
        }
        return reader;
    }

    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public Row<C> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = records.next();
        rowNumber++;
        if (record.size() != header.size()) {
            return new Row<>(rowNumber, null, List.of(new RowError(rowNumber, null, "wrong_column_count",
                    "the row has " + record.size() + " cells; the header has " + header.size())));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        CsvRow row = new CsvRow(rowNumber, cells);
        for (int i = 0; i < header.size(); i++) {
            String value = record.get(i);
            if (value.length() > schema.maxCellLength()) {
                row.error(header.get(i), "cell_too_long", "the cell is longer than " + schema.maxCellLength() + " characters");
                value = "";
            }
            cells.put(header.get(i), value);
        }
        C value = schema.parser().apply(row);
        if (!row.hasErrors() && value != null && !seenKeys.add(schema.uniqueKey().apply(value))) {
            row.error(schema.keyColumn(), "duplicate_case_id", "this " + schema.keyColumn() + " was already used by an earlier row");
        }
        return row.hasErrors() ? new Row<>(rowNumber, null, List.copyOf(row.errors())) : new Row<>(rowNumber, value, List.of());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
