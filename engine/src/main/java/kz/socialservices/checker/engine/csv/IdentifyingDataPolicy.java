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

    /**
     * @param minDigits the pattern cannot match a value with fewer digits, so it is not tried there
     * @param joiners   when not null, the only characters a match may have between its digits: the
     *                  pattern is then tried only where that many digits stand together, joined by
     *                  these alone (a list of dates has many digits, but never eleven in one run)
     */
    public record LabelledPattern(String label, Pattern pattern, int minDigits, String joiners) {
        public LabelledPattern(String label, Pattern pattern) {
            this(label, pattern, 0, null);
        }

        public LabelledPattern(String label, Pattern pattern, int minDigits) {
            this(label, pattern, minDigits, null);
        }

        /** Whether {@code value}, of {@code digits} digits in all, may hold a match. */
        boolean mayMatch(String value, int digits) {
            if (digits < minDigits) {
                return false;
            }
            if (joiners == null) {
                return true;
            }
            int run = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                    if (++run >= minDigits) {
                        return true;
                    }
                } else if (joiners.indexOf(c) < 0) {
                    run = 0;
                }
            }
            return false;
        }
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    public boolean isIdentifyingColumn(String column) {
        String norm = NOT_LETTER_OR_DIGIT.matcher(column.toLowerCase(Locale.ROOT)).replaceAll("_");
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
            if (p.mayMatch(value, digits) && p.pattern().matcher(value).find()) {
                return p.label();
            }
        }
        return null;
    }
}
