package kz.socialservices.checker.engine.csv;

/**
 * A problem with an input, by data row (1 = first row after the header; null for the whole file)
 * and column. The message never repeats a refused value.
 */
public record RowError(Long row, String field, String code, String message) {

    public static RowError file(String code, String message) {
        return new RowError(null, null, code, message);
    }

    @Override
    public String toString() {
        return (row == null ? "file" : "row " + row) + (field == null ? "" : ", column " + field) + ": " + message;
    }
}
