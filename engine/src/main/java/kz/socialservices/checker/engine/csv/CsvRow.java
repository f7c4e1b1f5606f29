package kz.socialservices.checker.engine.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One data row, read field by field. Each typed read that fails records an error naming the row
 * and column and returns null, so a parser reads every field and reports every problem at once.
 * An empty cell, or a column the file does not have, is null for a single value and empty for a list.
 */
public final class CsvRow {

    public static final String LIST_SEPARATOR = ";";
    public static final String PART_SEPARATOR = "\\|";

    private final long number;
    private final Map<String, String> cells;
    private final List<RowError> errors = new ArrayList<>();
    /** Labels a person may write for a code or a boolean, in normal form, each with what it stands for. */
    private final Map<String, String> valueAliases;

    public CsvRow(long number, Map<String, String> cells) {
        this(number, cells, Map.of());
    }

    public CsvRow(long number, Map<String, String> cells, Map<String, String> valueAliases) {
        this.number = number;
        this.cells = cells;
        this.valueAliases = valueAliases;
    }

    /** A code, or the code whose label the value is (tried second: labels are the rarer case). */
    private <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return Enum.valueOf(type, code(value));
        }
    }

    private Boolean boolOf(String value) {
        return value.equals("true") || value.equals("false") ? parseBool(value) : parseBool(code(value));
    }

    /** The code a cell value stands for: itself, or the code whose label it is. */
    private String code(String value) {
        String aliased = valueAliases.isEmpty() ? null : valueAliases.get(CsvCaseReader.normalise(value));
        return aliased != null ? aliased : value;
    }

    public long number() {
        return number;
    }

    public List<RowError> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void error(String field, String code, String message) {
        errors.add(new RowError(number, field, code, message));
    }

    public String text(String field) {
        String v = cells.get(field);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** A value that must be present; its absence is reported as {@code missing_<field>}. */
    public String required(String field) {
        String v = text(field);
        if (v == null) {
            error(field, "missing_" + field, field + " is required");
        }
        return v;
    }

    public LocalDate date(String field) {
        return parse(field, text(field), CsvRow::parseDate, "bad_date", () -> "a date yyyy-MM-dd or dd.MM.yyyy");
    }

    public Boolean bool(String field) {
        return parse(field, text(field), this::boolOf, "bad_bool", () -> "true or false");
    }

    public Integer integer(String field) {
        return parse(field, text(field), Integer::valueOf, "bad_number", () -> "a whole number");
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        return parse(field, text(field), s -> enumOf(type, s), "bad_enum", () -> "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    public <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String item : items(field)) {
            E e = parse(field, item, s -> enumOf(type, s), "bad_enum", () -> "items from " + java.util.Arrays.toString(type.getEnumConstants()));
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * A {@code ;}-separated list; each item is split on {@code |} into {@code parts} parts and
     * handed to {@code item}, which reads them with an {@link ItemReader}.
     */
    public <T> List<T> list(String field, int parts, Function<ItemReader, T> item) {
        return list(field, parts, parts, item);
    }

    /**
     * A list whose items have {@code minParts} to {@code maxParts} parts: the parts after
     * {@code minParts} are optional, and one an item leaves out reads as null (unknown).
     */
    public <T> List<T> list(String field, int minParts, int maxParts, Function<ItemReader, T> item) {
        if (minParts < 1 || maxParts < minParts) {
            throw new IllegalArgumentException("parts " + minParts + ".." + maxParts);
        }
        List<T> out = new ArrayList<>();
        int index = 0;
        for (String raw : items(field)) {
            index++;
            String[] split = raw.split(PART_SEPARATOR, -1);
            if (split.length < minParts || split.length > maxParts) {
                error(field, "bad_list_item", "item " + index + " has " + split.length + " parts separated by |, expected "
                        + partCounts(minParts, maxParts));
                continue;
            }
            ItemReader reader = new ItemReader(field, index, split);
            T value = item.apply(reader);
            if (reader.ok) {
                out.add(value);
            }
        }
        return out;
    }

    /** "3", "3 or 4", "3, 4 or 5". */
    private static String partCounts(int min, int max) {
        StringBuilder b = new StringBuilder().append(min);
        for (int n = min + 1; n <= max; n++) {
            b.append(n == max ? " or " : ", ").append(n);
        }
        return b.toString();
    }

    public List<LocalDate> dates(String field) {
        List<LocalDate> out = new ArrayList<>();
        int index = 0;
        for (String item : items(field)) {
            index++;
            try {
                out.add(parseDate(item));
            } catch (RuntimeException e) {
                error(field, "bad_list_item", "item " + index + " is not a date yyyy-MM-dd or dd.MM.yyyy");
            }
        }
        return out;
    }

    private List<String> items(String field) {
        String v = text(field);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : v.split(LIST_SEPARATOR, -1)) {
            String item = s.strip();
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }

    private <T> T parse(String field, String value, Function<String, T> parser, String code, java.util.function.Supplier<String> expected) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            error(field, code, field + " must be " + expected.get());
            return null;
        }
    }

    /** Dates as the checker writes them (ISO) and as a Russian-locale Excel shows them ({@code 31.03.2025}). */
    private static final java.time.format.DateTimeFormatter DOTTED_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final java.time.format.DateTimeFormatter DOTTED_TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** Strict either way: 2021-02-30 and 30.02.2021 fail. */
    static LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d); // as strict as the ISO parser: 2021-02-30 fails
            }
        }
        return s.indexOf('.') > 0 ? LocalDate.parse(s, DOTTED_DATE) : LocalDate.parse(s);
    }

    /** The number the ASCII digits of {@code s[from, to)} write, or -1 if one is not a digit (the common ISO date read without a parser). */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A date ({@code yyyy-MM-dd}, {@code dd.MM.yyyy}) or a date-time ({@code yyyy-MM-ddTHH:mm}, {@code dd.MM.yyyy HH:mm}). */
    static LocalDateTime parseDateTime(String s) {
        if (s.indexOf('.') > 0) {
            return s.indexOf(' ') > 0 ? LocalDateTime.parse(s, DOTTED_TIME) : LocalDate.parse(s, DOTTED_DATE).atStartOfDay();
        }
        return s.contains("T") ? LocalDateTime.parse(s) : LocalDate.parse(s).atStartOfDay();
    }

    /** Whether a date-time value carries its time of day. */
    static boolean hasTimeOfDay(String s) {
        return s.contains("T") || (s.indexOf('.') > 0 && s.indexOf(' ') > 0);
    }

    static Boolean parseBool(String s) {
        return switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException();
        };
    }

    /** The parts of one structured list item; a bad part marks the item as not read, an absent optional part is null. */
    public final class ItemReader {
        private final String field;
        private final int index;
        private final String[] parts;
        private boolean ok = true;

        ItemReader(String field, int index, String[] parts) {
            this.field = field;
            this.index = index;
            this.parts = parts;
        }

        /** How many parts the item has; a part at or past this is absent and reads as null. */
        public int parts() {
            return parts.length;
        }

        public String text(int part) {
            if (part >= parts.length) {
                return null;
            }
            String s = parts[part].strip();
            return s.isEmpty() ? null : s;
        }

        public LocalDate date(int part) {
            return parsePart(part, CsvRow::parseDate, () -> "a date yyyy-MM-dd or dd.MM.yyyy");
        }

        /** A date or a date-time ({@code yyyy-MM-ddTHH:mm}). */
        public LocalDateTime dateTime(int part) {
            return parsePart(part, CsvRow::parseDateTime, () -> "a date yyyy-MM-dd or dd.MM.yyyy, or a time yyyy-MM-ddTHH:mm or dd.MM.yyyy HH:mm");
        }

        /** Marks the item as not read, with a reason (e.g. a required part is empty). */
        public void fail(String reason) {
            if (ok) {
                ok = false;
                error(field, "bad_list_item", "item " + index + ": " + reason);
            }
        }

        public boolean hasTime(int part) {
            String s = text(part);
            return s != null && hasTimeOfDay(s);
        }

        public Boolean bool(int part) {
            return parsePart(part, CsvRow.this::boolOf, () -> "true or false");
        }

        public Integer integer(int part) {
            return parsePart(part, Integer::valueOf, () -> "a whole number");
        }

        public <E extends Enum<E>> E enumValue(int part, Class<E> type) {
            return parsePart(part, s -> enumOf(type, s), () -> "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }

        private <T> T parsePart(int part, Function<String, T> parser, java.util.function.Supplier<String> expected) {
            String s = text(part);
            if (s == null) {
                return null;
            }
            try {
                return parser.apply(s);
            } catch (RuntimeException e) {
                ok = false;
                error(field, "bad_list_item", "item " + index + ", part " + (part + 1) + " must be " + expected.get());
                return null;
            }
        }
    }
}
