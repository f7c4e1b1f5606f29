package kz.socialservices.checker.engine.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases sent as JSON, read through the same row parser as CSV so both forms give the same cases
 * and the same errors. A case is an object whose keys are the CSV columns in camelCase; a list is
 * an array of plain values or of objects whose keys are the item's parts in camelCase; null or an
 * absent key is unknown. Like a file, the whole input is refused before anything is read when a key
 * is unknown or identifying, or a value looks identifying; values are never repeated.
 */
public final class JsonCases {

    private JsonCases() {
    }

    /** Reads one case at a time from a parser inside the array, so what follows a case is not an error. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** The parsed cases of a JSON array held in memory (one case, a small batch), in order; rows are numbered from 1. */
    public static <C> List<CsvCaseReader.Row<C>> read(JsonNode array, CsvCaseReader.Schema<C> schema, long maxRows) {
        List<RowError> refusal = new ArrayList<>();
        if (array == null || !array.isArray()) {
            throw new InputRefusedException(List.of(RowError.file("not_an_array", "the body must be a JSON array of cases")));
        }
        if (array.size() > maxRows) {
            throw new InputRefusedException(List.of(RowError.file("too_many_rows", "more than " + maxRows + " cases; split them")));
        }
        long number = 0;
        for (JsonNode item : array) {
            cells(item, ++number, schema, refusal, new ArrayList<>());
        }
        if (!refusal.isEmpty()) {
            throw new InputRefusedException(refusal);
        }
        List<CsvCaseReader.Row<C>> out = new ArrayList<>(array.size());
        Set<String> keys = new HashSet<>();
        number = 0;
        for (JsonNode item : array) {
            out.add(row(item, ++number, schema, keys));
        }
        return out;
    }

    /**
     * A JSON array of cases in a file, read like a CSV register: the whole file is checked first
     * (refused when it holds identifying or unknown fields, or too many cases), then the cases are
     * read one at a time, so the file is never held in memory whole.
     */
    public static <C> FileReader<C> open(Path file, CsvCaseReader.Schema<C> schema, long maxRows) throws IOException {
        List<RowError> refusal = new ArrayList<>();
        long rows = 0;
        try (JsonParser p = MAPPER.createParser(file.toFile())) {
            startArray(p);
            while (p.nextToken() != JsonToken.END_ARRAY) {
                cells(MAPPER.readTree(p), ++rows, schema, refusal, new ArrayList<>());
                if (refusal.size() > 100) {
                    break; // enough to say why
                }
            }
        }
        if (rows > maxRows) {
            refusal.add(RowError.file("too_many_rows", "more than " + maxRows + " cases; split them"));
        }
        if (!refusal.isEmpty()) {
            throw new InputRefusedException(refusal);
        }
        JsonParser p = MAPPER.createParser(file.toFile());
        startArray(p);
        return new FileReader<>(p, schema);
    }

    private static void startArray(JsonParser p) {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new InputRefusedException(List.of(RowError.file("not_an_array", "the body must be a JSON array of cases")));
        }
    }

    /** The cases of a checked file, one at a time; rows are numbered from 1. */
    public static final class FileReader<C> implements Iterator<CsvCaseReader.Row<C>>, Closeable {
        private final JsonParser parser;
        private final CsvCaseReader.Schema<C> schema;
        private final Set<String> keys = new HashSet<>();
        private long number;
        private JsonToken next;

        FileReader(JsonParser parser, CsvCaseReader.Schema<C> schema) {
            this.parser = parser;
            this.schema = schema;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = parser.nextToken();
            }
            return next != JsonToken.END_ARRAY && next != null;
        }

        @Override
        public CsvCaseReader.Row<C> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            next = null;
            return row(MAPPER.readTree(parser), ++number, schema, keys);
        }

        @Override
        public void close() {
            parser.close();
        }
    }

    /** One case of a checked input: parsed through the CSV row parser, or rejected with its errors. */
    private static <C> CsvCaseReader.Row<C> row(JsonNode item, long number, CsvCaseReader.Schema<C> schema, Set<String> keys) {
        List<RowError> errors = new ArrayList<>();
        CsvRow row = new CsvRow(number, cells(item, number, schema, new ArrayList<>(), errors), schema.valueAliases());
        errors.forEach(e -> row.error(e.field(), e.code(), e.message()));
        C value = schema.parser().apply(row);
        if (!row.hasErrors() && !keys.add(schema.uniqueKey().apply(value))) {
            row.error(schema.keyColumn(), "duplicate_case_id", "this " + schema.keyColumn() + " was already used by an earlier case");
        }
        return row.hasErrors() ? new CsvCaseReader.Row<>(number, null, List.copyOf(row.errors()))
                : new CsvCaseReader.Row<>(number, value, List.of());
    }

    private static Map<String, String> cells(JsonNode item, long number, CsvCaseReader.Schema<?> schema,
                                             List<RowError> refusal, List<RowError> errors) {
        Map<String, String> cells = new LinkedHashMap<>();
        if (!item.isObject()) {
            errors.add(new RowError(number, null, "not_an_object", "each case must be a JSON object"));
            return cells;
        }
        for (Map.Entry<String, JsonNode> e : item.properties()) {
            String column = snake(e.getKey());
            if (schema.identifying().identifyingValue(e.getKey()) != null) {
                // A key that is itself identifying data (a value typed where a field's name goes): never repeat it.
                refusal.add(new RowError(number, null, "identifying_value", "a field name looks like identifying data; "
                        + "the input was refused and the name is not shown"));
                continue;
            }
            if (schema.identifying().isIdentifyingColumn(e.getKey()) || schema.identifying().isIdentifyingColumn(column)) {
                refusal.add(new RowError(number, e.getKey(), "identifying_column",
                        "field " + e.getKey() + " holds identifying data, which the checker does not accept; remove it"));
                continue;
            }
            if (!schema.columns().contains(column)) {
                refusal.add(new RowError(number, e.getKey(), "unknown_column", "unknown field " + e.getKey()));
                continue;
            }
            String cell = cell(e.getValue(), column, schema, number, errors);
            String label = schema.identifying().identifyingValue(cell);
            if (label != null) {
                refusal.add(new RowError(number, e.getKey(), "identifying_value", "a value that looks like " + label
                        + " (identifying data) was found; the input was refused and the value is not shown"));
                continue;
            }
            if (cell.length() > schema.maxCellLength()) {
                errors.add(new RowError(number, column, "cell_too_long", "the value is longer than " + schema.maxCellLength() + " characters"));
                continue;
            }
            cells.put(column, cell);
        }
        return cells;
    }

    private static String cell(JsonNode v, String column, CsvCaseReader.Schema<?> schema, long number, List<RowError> errors) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            List<String> parts = schema.itemParts().get(column);
            for (JsonNode item : v) {
                if (item.isObject() && parts != null) {
                    List<String> values = new ArrayList<>();
                    for (String part : parts) {
                        values.add(scalar(item.get(camel(part)), column, number, errors));
                    }
                    items.add(String.join("|", values));
                } else {
                    items.add(scalar(item, column, number, errors));
                }
            }
            return String.join(CsvRow.LIST_SEPARATOR, items);
        }
        return scalar(v, column, number, errors);
    }

    private static String scalar(JsonNode v, String column, long number, List<RowError> errors) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isString() || v.isNumber() || v.isBoolean()) {
            return v.asString();
        }
        errors.add(new RowError(number, column, "bad_json_value", column + " must be a string, number, boolean or null here"));
        return "";
    }

    /** {@code caseId} to {@code case_id}. */
    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code case_id} to {@code caseId}. */
    public static String camel(String snake) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return b.toString();
    }
}
