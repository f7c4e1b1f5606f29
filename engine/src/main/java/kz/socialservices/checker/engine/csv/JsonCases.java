package kz.socialservices.checker.engine.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

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

    /** The parsed cases of a JSON array, in order; rows are numbered from 1. */
    public static <C> List<CsvCaseReader.Row<C>> read(JsonNode array, CsvCaseReader.Schema<C> schema, long maxRows) {
        List<RowError> refusal = new ArrayList<>();
        if (array == null || !array.isArray()) {
            throw new InputRefusedException(List.of(RowError.file("not_an_array", "the body must be a JSON array of cases")));
        }
        if (array.size() > maxRows) {
            throw new InputRefusedException(List.of(RowError.file("too_many_rows", "more than " + maxRows + " cases; split them")));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<List<RowError>> rowErrors = new ArrayList<>();
        long number = 0;
        for (JsonNode item : array) {
            number++;
            List<RowError> errors = new ArrayList<>();
            rows.add(cells(item, number, schema, refusal, errors));
            rowErrors.add(errors);
        }
        if (!refusal.isEmpty()) {
            throw new InputRefusedException(refusal);
        }
        List<CsvCaseReader.Row<C>> out = new ArrayList<>(rows.size());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvRow row = new CsvRow(i + 1, rows.get(i));
            rowErrors.get(i).forEach(e -> row.error(e.field(), e.code(), e.message()));
            C value = schema.parser().apply(row);
            if (!row.hasErrors() && !keys.add(schema.uniqueKey().apply(value))) {
                row.error(schema.keyColumn(), "duplicate_case_id", "this " + schema.keyColumn() + " was already used by an earlier case");
            }
            out.add(row.hasErrors() ? new CsvCaseReader.Row<>(i + 1, null, List.copyOf(row.errors()))
                    : new CsvCaseReader.Row<>(i + 1, value, List.of()));
        }
        return out;
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
