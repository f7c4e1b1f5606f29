package kz.socialservices.checker.engine.csv;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What counts as identifying data: column names that hold it, and cell values that look like it.
 * An input that has either is refused whole; the value is never repeated.
 *
 * @param columnWords words that, found in a normalised column name, mark it identifying
 * @param valuePatterns patterns that, found in any cell, mark it identifying, each with a label
 */
public record IdentifyingDataPolicy(List<String> columnWords, List<LabelledPattern> valuePatterns) {

    /** @param minDigits the pattern cannot match a value with fewer digits, so it is not tried there */
    public record LabelledPattern(String label, Pattern pattern, int minDigits) {
        public LabelledPattern(String label, Pattern pattern) {
            this(label, pattern, 0);
        }
    }

    public boolean isIdentifyingColumn(String column) {
        String norm = column.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_");
        for (String word : columnWords) {
            if (norm.equals(word) || norm.startsWith(word + "_") || norm.endsWith("_" + word) || norm.contains("_" + word + "_")) {
                return true;
            }
        }
        return false;
    }

    /** The label of the first pattern the value matches, or null. */
    public String identifyingValue(String value) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                digits++;
            }
        }
        for (LabelledPattern p : valuePatterns) {
            if (digits >= p.minDigits() && p.pattern().matcher(value).find()) {
                return p.label();
            }
        }
        return null;
    }
}
