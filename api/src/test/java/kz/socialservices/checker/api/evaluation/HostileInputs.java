package kz.socialservices.checker.api.evaluation;

import static kz.socialservices.checker.api.evaluation.HostileWorkbooks.esc;
import static kz.socialservices.checker.api.evaluation.HostileWorkbooks.ref;
import static kz.socialservices.checker.api.evaluation.HostileWorkbooks.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.socialservices.checker.api.HttpTestSupport;
import kz.socialservices.checker.api.evaluation.HostileWorkbooks.Book;
import kz.socialservices.checker.api.evaluation.HostileWorkbooks.SheetPart;
import kz.socialservices.checker.engine.csv.CsvTable;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.DvStandard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generators of {@link HostileInputTest}. Registers are made from the sample register's rows,
 * mutated (bad values, formula-like text, overlong cells, identifying columns and values planted
 * anywhere, label headers, broken structure), then sent as CSV (comma or semicolon, UTF-8 or
 * Windows-1251, BOMs), JSON, .xlsx (by hand or by POI) or a multipart upload, or broken at the byte
 * level. Every input is made from its own seed alone, so any one can be made again, and knows the
 * values planted in it that must never come back, and how to make smaller inputs the same way (for
 * shrinking a failure).
 */
final class HostileInputs {

    enum Family { CSV, CSV_DIALECT, JSON, XLSX, MULTIPART, RAW }

    record Request(String pathAndQuery, String contentType, String accept, String acceptLanguage, byte[] body) {
    }

    /**
     * @param kinds   what was done to make it, for the failure message
     * @param secrets values planted that must never appear in the answer
     * @param smaller inputs made the same way from a smaller register (fewer rows, columns or cases)
     */
    record Input(Family family, List<String> kinds, Request request, List<String> secrets, Supplier<Stream<Input>> smaller) {
    }

    static final String EVALUATIONS = "/api/v1/evaluations";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Charset CP1251 = CsvTable.WINDOWS_1251;
    /** The columns whose value is free text, echoed in the results (case key, region): a value planted there may come back. */
    private static final Set<String> TEXT_COLUMNS = Set.of("case_id", "centre_id", "region");

    private static final String[] BAD_DATES = {"2021-13-01", "2021-02-30", "31.02.2021", "yesterday", "2021-1-1", "0000-00-00",
            "2021-03-05T25:00", "９９９９-01-01", "-1", "2021/03/05", "45000", "1e5", "2021-03-05 10:00:00", "+2021-03-05"};
    private static final String[] BAD_VALUES = {"ACCEPTED", "maybe", "yes?", "1e9", "NaN", "null", "\u0000", "SOCIAL_SPORT",
            "ADMITTED;REFUSED", "|||", ";;;", "\"", "'", "\u202Eevil", "\uFEFF", "\u200B", "🙂", "ИСТИНА?", "true false", "-0", "0x1F"};
    private static final String[] INJECTIONS = {"=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\")",
            "\t=1", "\r=1", "=1+1", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../etc/passwd", "%00", "=DDE(\"cmd\")"};
    private static final String[] IDENTIFYING_COLUMNS = {"full_name", "name", "surname", "iin", "phone", "address", "ФИО", "ИИН",
            "mobile", "email", "passport", "date_of_birth", "Телефон", "Адрес", "Мекенжай", "ЖСН", "Full Name", "Phone number",
            "Имя", "Фамилия", "fio", "e-mail", "Tel", "ИИН клиентки", "client_iin"};
    private static final String[] UNKNOWN_COLUMNS = {"notes", "comment", "Примечание", "Ескерту", "status", "x", "case id 2", "#", "ID"};
    private static final String[] TITLES = {"Реестр дел 2025", "Тізілім", "Register of cases", "Кризисный центр, 1 квартал"};
    private static final String[] SHEET_NAMES = {"Реестр", "Sheet1", "Лист1", "Парақ1", "Data", "2025"};
    private static final String CONSONANTS = "bcdfghjkmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ";
    /** Bytes a damaged file may hold where it was damaged: none is a digit, letter or '-', so no planted value grows. */
    private static final byte[] NASTY = {0, (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x80, (byte) 0xE2, '"', ',', ';', '\n', '\r',
            '\t', '|', ' ', (byte) 0xD0, (byte) 0xA0};

    static {
        for (String c : IDENTIFYING_COLUMNS) {
            if (!CaseCsv.IDENTIFYING.isIdentifyingColumn(c) || CaseCsv.SCHEMA.columnOf(c) != null) {
                throw new IllegalStateException("not an identifying column name: " + c);
            }
        }
    }

    private final List<String> columns;
    private final List<List<String>> sample;
    private final ArrayNode sampleJson;

    HostileInputs(Path sampleCsv) throws IOException {
        List<List<String>> all = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(sampleCsv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                all.add(List.copyOf(r.toList()));
            }
        }
        this.columns = all.get(0);
        this.sample = all.subList(1, all.size());
        this.sampleJson = CaseCsv.toJson(sampleCsv);
    }

    Input generate(Family family, long seed) {
        Gen g = new Gen(seed);
        return switch (family) {
            case CSV -> body(family, g, csv(g, false));
            case CSV_DIALECT -> body(family, g, csv(g, true));
            case JSON -> json(g);
            case XLSX -> body(family, g, xlsx(g));
            case MULTIPART -> multipart(g);
            case RAW -> raw(g);
        };
    }

    // --- randomness and planted values ----------------------------------------------------

    /** One input's randomness, what was done to it, and the values planted in it. */
    static final class Gen {
        final Random random;
        final List<String> kinds = new ArrayList<>();
        private final Set<String> secrets = new LinkedHashSet<>();
        private final Set<String> robust = new LinkedHashSet<>();
        /** A change that can move cells (broken quoting, bytes): only values refused wherever they land stay secret. */
        boolean damaged;

        Gen(long seed) {
            this.random = new Random(seed);
        }

        int below(int n) {
            return random.nextInt(n);
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        @SafeVarargs
        final <T> T pick(T... items) {
            return items[below(items.length)];
        }

        <T> T pick(List<T> items) {
            return items.get(below(items.size()));
        }

        void kind(String kind) {
            kinds.add(kind);
        }

        /** Letters no word or code has: found in an answer only if it was echoed. */
        String token() {
            StringBuilder b = new StringBuilder("Qz");
            for (int i = 0; i < 8; i++) {
                b.append(CONSONANTS.charAt(below(CONSONANTS.length())));
            }
            return b.toString();
        }

        /** A value refused only where it is (a typed column, an identifying column): secret unless the file is damaged. */
        String secret(String value) {
            secrets.add(value);
            return value;
        }

        /** A value refused wherever it lands (it looks like an IIN or a phone number, is overlong, or is never read). */
        String robust(String value) {
            robust.add(value);
            secrets.add(value);
            return value;
        }

        List<String> secrets() {
            return List.copyOf(damaged ? robust : secrets);
        }

        String digits(int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append((char) ('0' + below(10)));
            }
            return b.toString();
        }

        /** An IIN (its first digit not 0 when {@code asNumber}: a number cell would drop it) or a phone number, planted. */
        String identifying(boolean asNumber) {
            String value;
            String secret;
            if (asNumber || chance(0.5)) {
                secret = (asNumber ? String.valueOf(1 + below(9)) : digits(1)) + digits(11);
                value = asNumber ? secret : pick(secret, "ИИН " + secret, secret + " (ИИН)", "ЖСН:" + secret, secret + ";");
            } else {
                String phone = pick("+7", "8") + pick("", " ", " (", "(", "-") + "7" + digits(2) + pick("", ") ", ")", " ", "-")
                        + digits(3) + pick("", " ", "-") + digits(2) + pick("", " ", "-") + digits(2);
                secret = phone;
                value = pick(phone, "тел. " + phone, phone + ", мать");
                String bare = phone.replaceAll("\\D", "");
                if (!bare.equals(phone)) {
                    robust(bare);
                }
            }
            if (CaseCsv.IDENTIFYING.identifyingValue(value) == null) {
                throw new IllegalStateException("the generator's value does not look identifying to the policy: " + value);
            }
            robust(secret);
            return value;
        }
    }

    // --- registers --------------------------------------------------------------------------

    /**
     * A register as cells.
     *
     * @param codes  the column each header cell stands for, or null (an unknown, identifying or empty name)
     * @param header the header cells as written
     * @param rows   the data rows (a row may have more or fewer cells than the header)
     */
    record Register(List<String> codes, List<String> header, List<List<String>> rows) {

        /** Smaller registers, most promising first: fewer rows, then fewer columns. */
        Stream<Register> smaller() {
            List<Register> out = new ArrayList<>();
            if (rows.size() > 1) {
                out.add(new Register(codes, header, List.of()));
            }
            for (int i = 0; i < rows.size(); i++) {
                List<List<String>> fewer = new ArrayList<>(rows);
                fewer.remove(i);
                out.add(new Register(codes, header, fewer));
            }
            int n = header.size();
            if (n > 3) {
                out.add(columns(IntStream.range(0, n / 2).boxed().toList()));
                out.add(columns(IntStream.range(n / 2, n).boxed().toList()));
            }
            for (int c = 0; c < n && n > 1; c++) {
                int drop = c;
                out.add(columns(IntStream.range(0, n).filter(i -> i != drop).boxed().toList()));
            }
            // a header of one filled cell is read differently (a workbook's title rows above it become the header)
            int wide = Math.min(2, nonBlank(header));
            return out.stream().filter(r -> nonBlank(r.header()) >= wide);
        }

        private Register columns(List<Integer> keep) {
            List<List<String>> fewer = new ArrayList<>();
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>();
                for (int k : keep) {
                    if (k < row.size()) {
                        cells.add(row.get(k));
                    }
                }
                cells.addAll(row.subList(Math.min(row.size(), header.size()), row.size())); // cells past the header stay
                fewer.add(cells);
            }
            return new Register(keep.stream().map(codes::get).toList(), keep.stream().map(header::get).toList(), fewer);
        }
    }

    static int nonBlank(List<String> cells) {
        return (int) cells.stream().filter(c -> !c.isBlank()).count();
    }

    /** A register being made: mutable lists, frozen into a {@link Register}. */
    private final class Draft {
        final List<String> codes = new ArrayList<>(columns);
        final List<String> header = new ArrayList<>(columns);
        final List<List<String>> rows = new ArrayList<>();

        Draft(Gen g) {
            int n = g.pick(0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3); // small bodies: ten thousand of them must run in seconds
            for (int i = 0; i < n; i++) {
                rows.add(new ArrayList<>(g.pick(sample)));
            }
        }

        Register freeze() {
            return new Register(Collections.unmodifiableList(new ArrayList<>(codes)), List.copyOf(header),
                    rows.stream().map(r -> (List<String>) Collections.unmodifiableList(new ArrayList<>(r))).toList());
        }

        /** A column of the given sort: typed (not free text), of dates, or any; -1 when there is none. */
        int column(Gen g, String sort) {
            List<Integer> fit = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                String c = codes.get(i);
                boolean ok = switch (sort) {
                    case "typed" -> c != null && !TEXT_COLUMNS.contains(c);
                    case "date" -> c != null && c.endsWith("_date");
                    case "text" -> c != null && TEXT_COLUMNS.contains(c);
                    default -> true;
                };
                if (ok) {
                    fit.add(i);
                }
            }
            return fit.isEmpty() ? -1 : g.pick(fit);
        }

        /** Sets a cell of a random row, if there is a row and the row has the cell. */
        boolean set(Gen g, int column, String value) {
            if (rows.isEmpty() || column < 0) {
                return false;
            }
            List<String> row = g.pick(rows);
            if (column >= row.size()) {
                return false;
            }
            row.set(column, value);
            return true;
        }

        void insertColumn(int at, String code, String name, Supplier<String> value) {
            codes.add(at, code);
            header.add(at, name);
            for (List<String> row : rows) {
                row.add(Math.min(at, row.size()), value.get());
            }
        }

        void removeColumn(int at) {
            codes.remove(at);
            header.remove(at);
            for (List<String> row : rows) {
                if (at < row.size()) {
                    row.remove(at);
                }
            }
        }
    }

    /** One to three changes of a register's cells or header. */
    private void mutate(Gen g, Draft d, boolean cyrillic) {
        int n = 1 + g.below(3);
        for (int i = 0; i < n; i++) {
            switch (g.below(cyrillic ? 24 : 20)) {
                case 0, 1 -> {
                    String bad = g.pick(BAD_DATES);
                    if (d.set(g, d.column(g, "date"), g.chance(0.6) ? bad + g.secret(g.token()) : bad)) {
                        g.kind("bad-date");
                    }
                }
                case 2, 3 -> {
                    String bad = g.pick(BAD_VALUES);
                    if (d.set(g, d.column(g, "typed"), g.chance(0.6) ? g.pick(bad + g.secret(g.token()), g.secret(g.token()) + bad) : bad)) {
                        g.kind("bad-value");
                    }
                }
                case 4, 5 -> {
                    int column = d.column(g, g.chance(0.5) ? "text" : "typed");
                    String injection = g.pick(INJECTIONS);
                    boolean typed = column >= 0 && d.codes.get(column) != null && !TEXT_COLUMNS.contains(d.codes.get(column));
                    if (d.set(g, column, typed ? injection + g.secret(g.token()) : injection)) {
                        g.kind("formula-like");
                    }
                }
                case 6 -> {
                    String filler = g.pick("x", "я", " ", "0", ";", "|", "\"").repeat(4001 + g.below(g.chance(0.8) ? 3000 : 30000));
                    if (d.set(g, d.column(g, "any"), filler + g.robust(g.token()))) { // the token last: a cut cell loses it
                        g.kind("overlong-cell");
                    }
                }
                case 7, 8 -> {
                    String name = g.pick(IDENTIFYING_COLUMNS);
                    boolean asIdentifying = g.chance(0.3);
                    d.insertColumn(g.below(d.header.size() + 1), null, name,
                            () -> asIdentifying ? g.identifying(false) : "Айгерим " + g.secret(g.token()));
                    g.kind("identifying-column");
                }
                case 9, 10 -> {
                    if (d.set(g, d.column(g, "any"), g.identifying(false))) {
                        g.kind("identifying-value");
                    }
                }
                case 11 -> {
                    String value = g.identifying(false);
                    if (g.chance(0.5) || d.header.isEmpty()) {
                        d.insertColumn(g.below(d.header.size() + 1), null, value, () -> "");
                    } else {
                        int at = g.below(d.header.size());
                        d.header.set(at, d.header.get(at) + " " + value);
                        d.codes.set(at, null);
                    }
                    g.kind("identifying-header");
                }
                case 12 -> labelHeader(g, d, g.pick("ru", "kk", "en"));
                case 13 -> {
                    int drop = 1 + g.below(Math.max(1, d.header.size() - 1));
                    for (int k = 0; k < drop && d.header.size() > 1; k++) {
                        d.removeColumn(g.below(d.header.size()));
                    }
                    g.kind("fewer-columns");
                }
                case 14 -> {
                    long shuffle = g.random.nextLong();
                    List<Integer> order = new ArrayList<>(IntStream.range(0, d.header.size()).boxed().toList());
                    Collections.shuffle(order, new Random(shuffle));
                    List<String> codes = order.stream().map(d.codes::get).toList();
                    List<String> header = order.stream().map(d.header::get).toList();
                    for (List<String> row : d.rows) {
                        List<String> copy = new ArrayList<>(row);
                        row.clear();
                        for (int k : order) {
                            row.add(k < copy.size() ? copy.get(k) : "");
                        }
                        row.addAll(copy.subList(Math.min(copy.size(), order.size()), copy.size()));
                    }
                    d.codes.clear();
                    d.codes.addAll(codes);
                    d.header.clear();
                    d.header.addAll(header);
                    g.kind("shuffled-columns");
                }
                case 15 -> {
                    if (!d.rows.isEmpty()) {
                        d.rows.add(new ArrayList<>(g.pick(d.rows)));
                        g.kind("duplicate-row");
                    }
                }
                case 16 -> {
                    if (!d.rows.isEmpty()) {
                        List<String> row = g.pick(d.rows);
                        if (g.chance(0.5) && !row.isEmpty()) {
                            row.remove(row.size() - 1);
                        } else {
                            row.add(g.pick("", "extra", "ADMITTED"));
                        }
                        g.kind("wrong-cell-count");
                    }
                }
                case 17 -> {
                    switch (g.below(4)) {
                        case 0 -> d.insertColumn(g.below(d.header.size() + 1), null, g.pick(UNKNOWN_COLUMNS), () -> "");
                        case 1 -> {
                            int at = g.below(d.header.size());
                            d.insertColumn(g.below(d.header.size() + 1), null, d.header.get(at), () -> "");
                        }
                        case 2 -> {
                            int at = g.below(d.header.size());
                            d.header.set(at, "");
                            d.codes.set(at, null);
                        }
                        default -> {
                            int at = d.column(g, "any");
                            d.header.set(at, g.pick(" ", "  ", "\t", "") + d.header.get(at).toUpperCase(java.util.Locale.ROOT)
                                    .replace('_', g.pick(' ', '_', '\u00A0')) + g.pick(" ", "", "  "));
                        }
                    }
                    g.kind("odd-header");
                }
                case 18 -> {
                    for (List<String> row : d.rows) {
                        for (int k = 0; k < row.size(); k++) {
                            if (g.chance(0.3)) {
                                row.set(k, g.pick("", " ", "\u00A0"));
                            }
                        }
                    }
                    g.kind("blank-cells");
                }
                case 19 -> {
                    for (List<String> row : d.rows) {
                        for (int k = 0; k < row.size(); k++) {
                            String v = row.get(k);
                            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                                row.set(k, v.substring(8) + "." + v.substring(5, 7) + "." + v.substring(0, 4));
                            }
                        }
                    }
                    g.kind("dotted-dates");
                }
                case 20, 21 -> labelHeader(g, d, g.pick("ru", "kk"));
                case 22 -> {
                    String lang = g.pick("ru", "kk");
                    for (List<String> row : d.rows) {
                        for (int k = 0; k < row.size() && k < d.codes.size(); k++) {
                            String v = row.get(k);
                            if (v.equals("true") || v.equals("false")) {
                                row.set(k, lang.equals("ru") ? (v.equals("true") ? g.pick("да", "Да", "ИСТИНА") : g.pick("нет", "ЛОЖЬ"))
                                        : (v.equals("true") ? g.pick("иә", "ақиқат") : g.pick("жоқ", "жалған")));
                            } else if (v.matches("[A-Z_]{2,}") && d.codes.get(k) != null && g.chance(0.5)) {
                                row.set(k, DvStandard.labels().code(lang, v));
                            }
                        }
                    }
                    g.kind("value-labels-" + lang);
                }
                default -> {
                    int region = d.codes.indexOf("region");
                    for (List<String> row : d.rows) {
                        if (region >= 0 && region < row.size()) {
                            row.set(region, g.pick("Карагандинская область", "Қарағанды облысы", "г. Алматы", "Шымкент қаласы"));
                        }
                    }
                    g.kind("cyrillic-region");
                }
            }
        }
    }

    /** Every column named by its label in a language, as a person's export would (case and spacing varied at times). */
    private static void labelHeader(Gen g, Draft d, String lang) {
        for (int i = 0; i < d.codes.size(); i++) {
            String code = d.codes.get(i);
            if (code != null && g.chance(0.9)) {
                String label = DvStandard.labels().column(lang, code);
                d.header.set(i, g.chance(0.8) ? label : label.toUpperCase(java.util.Locale.ROOT) + " ");
            }
        }
        g.kind("label-header-" + lang);
    }

    // --- formats ----------------------------------------------------------------------------

    /** A register's bytes in one format, with what its request needs. */
    private record Payload(Register register, Function<Register, byte[]> bytes, String contentType, String query, boolean workbook) {
    }

    private static String csvText(Register reg, char delimiter, char rowDelimiter, String eol, boolean quoteAll) {
        StringBuilder b = new StringBuilder();
        b.append(csvLine(reg.header(), delimiter, quoteAll)).append(eol);
        for (List<String> row : reg.rows()) {
            b.append(csvLine(row, rowDelimiter, quoteAll)).append(eol);
        }
        return b.toString();
    }

    private static String csvLine(List<String> cells, char delimiter, boolean quoteAll) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(delimiter);
            }
            String c = cells.get(i);
            if (quoteAll || c.indexOf(delimiter) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
                    || (!c.isEmpty() && (c.charAt(0) == ' ' || c.charAt(c.length() - 1) == ' '))) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Text in an encoding; what it cannot hold becomes '?', as Excel writes it. */
    private static byte[] encode(String text, Charset charset) {
        try {
            ByteBuffer b = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOf(b.array(), b.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Byte-level damage to a file, decided once (kind and seed) so a smaller register is damaged the
     * same way: cut short, a stray quote, nasty bytes, NULs, junk after the end.
     */
    private record Damage(int kind, long seed) {
        static final int KINDS = 5;

        byte[] apply(byte[] body) {
            Random r = new Random(seed);
            if (body.length == 0) {
                return body;
            }
            return switch (kind) {
                case 0 -> Arrays.copyOf(body, r.nextInt(body.length));
                case 1 -> {
                    int at = r.nextInt(body.length);
                    yield concat(Arrays.copyOf(body, at), new byte[] {'"'}, Arrays.copyOfRange(body, at, body.length));
                }
                case 2 -> {
                    byte[] b = body.clone();
                    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                        b[r.nextInt(b.length)] = NASTY[r.nextInt(NASTY.length)];
                    }
                    yield b;
                }
                case 3 -> {
                    int at = r.nextInt(body.length);
                    yield concat(Arrays.copyOf(body, at), new byte[r.nextInt(5) + 1], Arrays.copyOfRange(body, at, body.length));
                }
                default -> {
                    byte[] junk = new byte[1 + r.nextInt(64)];
                    for (int i = 0; i < junk.length; i++) {
                        junk[i] = NASTY[r.nextInt(NASTY.length)];
                    }
                    yield concat(body, junk);
                }
            };
        }
    }

    /** A CSV register: plain (comma, UTF-8), or in another dialect Excel writes (semicolon, Windows-1251, BOM). */
    private Payload csv(Gen g, boolean dialect) {
        Draft d = new Draft(g);
        boolean cp1251 = dialect && g.chance(0.6);
        if (cp1251 && g.chance(0.5)) {
            labelHeader(g, d, "ru");
        }
        mutate(g, d, dialect);
        char delimiter = dialect && g.chance(0.75) ? ';' : ',';
        char rowDelimiter = delimiter;
        if (g.chance(0.04)) {
            rowDelimiter = g.pick(';', ',', '\t');
            g.kind("rows-delimited-by-" + (rowDelimiter == '\t' ? "tab" : String.valueOf(rowDelimiter)));
        }
        String eol = g.pick("\n", "\n", "\r\n", "\r\n", "\r");
        boolean quoteAll = g.chance(0.1);
        Damage damage = g.chance(0.25) ? new Damage(g.below(Damage.KINDS), g.random.nextLong()) : null;
        if (damage != null) {
            g.damaged = true;
            g.kind("damaged-" + damage.kind());
        }
        Charset charset = cp1251 ? CP1251 : StandardCharsets.UTF_8;
        byte[] bom = !cp1251 && g.chance(dialect ? 0.4 : 0.1) ? UTF8_BOM : cp1251 && g.chance(0.04) ? UTF8_BOM : new byte[0];
        if (bom.length > 0) {
            g.kind("bom");
        }
        String contentType;
        if (!dialect) {
            contentType = g.pick("text/csv", "text/csv", "text/csv", "text/csv; charset=utf-8", "text/csv;charset=UTF-8", "Text/CSV");
        } else if (g.chance(0.04)) {
            contentType = "text/csv; charset=" + g.pick("koi8-r", "utf-16", "iso-8859-1", "bogus", g.identifying(true));
        } else if (cp1251) {
            contentType = g.pick("text/csv", "text/csv", "text/csv; charset=windows-1251", "text/csv; charset=windows-1251",
                    "text/csv;charset=cp1251", "text/csv; charset=\"windows-1251\"", "text/csv; charset=WIN-1251", "text/csv; charset=utf-8");
        } else {
            contentType = g.pick("text/csv", "text/csv; charset=utf-8", "text/csv; charset=windows-1251");
        }
        g.kind((delimiter == ';' ? "semicolon" : "comma") + "-" + (cp1251 ? "cp1251" : "utf8"));
        char rd = rowDelimiter;
        Function<Register, byte[]> bytes = reg -> {
            byte[] body = concat(bom, encode(csvText(reg, delimiter, rd, eol, quoteAll), charset));
            return damage == null ? body : damage.apply(body);
        };
        return new Payload(d.freeze(), bytes, contentType, query(g, null), false);
    }

    /** An .xlsx register: by hand (any part or cell may be broken) or by POI; titles, sheet names and cells may hold planted values. */
    private Payload xlsx(Gen g) {
        Draft d = new Draft(g);
        mutate(g, d, true);
        List<String> titles = new ArrayList<>();
        // a title is never shown, unless the header has one cell: then the title is the header (a one-column table)
        boolean wide = nonBlank(d.header) >= 2;
        if (g.chance(0.3)) {
            for (int i = 0, n = 1 + g.below(3); i < n; i++) {
                titles.add(switch (g.below(3)) {
                    case 0 -> g.pick(TITLES) + " " + (wide ? g.robust(g.token()) : g.token());
                    case 1 -> "Реестр " + g.identifying(false);
                    default -> g.pick(TITLES);
                });
            }
            g.kind("title-rows");
        }
        String sheetName = switch (g.below(6)) {
            case 0 -> "Бекова " + g.robust(g.token()); // a sheet's name is never shown
            case 1 -> g.identifying(false).replace(':', ' ');
            default -> g.pick(SHEET_NAMES);
        };
        String sheetParam = null;
        if (g.chance(0.1)) {
            sheetParam = g.chance(0.5) ? sheetName.toUpperCase(java.util.Locale.ROOT) : g.robust(g.token());
            g.kind("sheet-param");
        }
        if (g.chance(0.06)) {
            g.kind("poi");
            String secret = g.robust(g.token());
            List<int[]> formulas = g.chance(0.3) ? List.of(new int[] {g.below(4), g.below(40)}) : List.of();
            List<int[]> errors = g.chance(0.2) ? List.of(new int[] {g.below(4), g.below(40)}) : List.of();
            String name = sheetName;
            Function<Register, byte[]> bytes = reg -> HostileWorkbooks.poi(name, titles, reg.header(), reg.rows(), formulas, errors, secret);
            return new Payload(d.freeze(), zipDamage(g, bytes), XLSX, query(g, sheetParam), true);
        }

        // by hand: what is done to the workbook is decided now, applied to whatever register it is given
        List<CellChange> changes = new ArrayList<>();
        for (int i = 0, n = g.chance(0.45) ? 1 + g.below(2) : 0; i < n; i++) {
            changes.add(cellChange(g));
        }
        int textMode = g.below(3);
        long typing = g.random.nextLong();
        boolean noRefs = g.chance(0.08);
        boolean date1904 = g.chance(0.1);
        boolean noStyles = g.chance(0.05);
        int extraSheet = g.chance(0.15) ? g.below(3) : -1;
        String hiddenSecret = extraSheet == 0 ? g.identifying(false) : null;
        if (noRefs) {
            g.kind("no-cell-references");
        }
        if (date1904) {
            g.kind("date1904");
        }
        if (extraSheet >= 0) {
            g.kind(new String[] {"hidden-first-sheet", "chart-first-sheet", "second-sheet"}[extraSheet]);
        }
        int partChange = g.chance(0.1) ? g.below(8) : -1;
        if (partChange >= 0) {
            g.damaged = true;
            g.kind("part-" + partChange);
            if (partChange == 6) {
                g.robust("root:x:0");
            }
        }
        String name = sheetName;
        Function<Register, byte[]> bytes = reg -> {
            Book book = new Book();
            book.date1904 = date1904;
            book.styles = !noStyles;
            Random r = new Random(typing);
            String rows = sheetRows(book, titles, reg, changes, textMode, noRefs, r);
            String prolog = "";
            if (partChange == 6) {
                prolog = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
                rows = "<row r=\"1000\"><c r=\"A1000\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>" + rows;
            } else if (partChange == 7) {
                prolog = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
                rows = "<row r=\"1000\"><c r=\"A1000\" t=\"inlineStr\"><is><t>&d;&d;&d;&d;</t></is></c></row>" + rows;
            }
            SheetPart main = new SheetPart(name, false, false, prolog, rows);
            switch (extraSheet) {
                case 0 -> book.sheets.add(new SheetPart("Скрытый", true, false, "",
                        "<row r=\"1\">" + book.text("A1", hiddenSecret, 1) + "</row>"));
                case 1 -> book.sheets.add(new SheetPart("Диаграмма", false, true, "", ""));
                case 2 -> {
                    book.sheets.add(main);
                    main = new SheetPart("Лист2", false, false, "", rows);
                }
                default -> {
                    // one sheet
                }
            }
            book.sheets.add(main);
            Map<String, byte[]> parts = book.parts();
            switch (partChange) {
                case 0 -> parts.remove("xl/workbook.xml");
                case 1 -> parts.remove("[Content_Types].xml");
                case 2 -> parts.keySet().removeIf(p -> p.startsWith("xl/worksheets/"));
                case 3 -> parts.replaceAll((p, b) -> p.startsWith("xl/worksheets/") ? Arrays.copyOf(b, b.length / 2) : b);
                case 4 -> parts.replace("xl/workbook.xml", utf8("<workbook><sheets><sheet name=\"x\""));
                case 5 -> parts.put("[Content_Types].xml", new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                        .replace(HostileWorkbooks.WORKBOOK_TYPE, HostileWorkbooks.DOCX_TYPE).getBytes(StandardCharsets.UTF_8));
                default -> {
                    // whole, or broken inside the sheet (6, 7)
                }
            }
            return HostileWorkbooks.zip(parts);
        };
        String param = sheetParam != null ? sheetParam : extraSheet == 2 && g.chance(0.7) ? g.pick(name, "лист2", "Лист2") : null;
        return new Payload(d.freeze(), zipDamage(g, bytes), XLSX, query(g, param), true);
    }

    /** Now and then the zip itself broken: cut short, bytes changed, junk in front. */
    private static Function<Register, byte[]> zipDamage(Gen g, Function<Register, byte[]> bytes) {
        if (!g.chance(0.08)) {
            return bytes;
        }
        int kind = g.below(3);
        long seed = g.random.nextLong();
        g.damaged = true;
        g.kind("zip-damaged-" + kind);
        return reg -> {
            byte[] zip = bytes.apply(reg);
            Random r = new Random(seed);
            return switch (kind) {
                case 0 -> Arrays.copyOf(zip, r.nextInt(zip.length));
                case 1 -> {
                    byte[] b = zip.clone();
                    for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
                        b[30 + r.nextInt(b.length - 30)] ^= (byte) (1 + r.nextInt(255));
                    }
                    yield b;
                }
                default -> concat(utf8("\uFEFFjunk"), zip);
            };
        };
    }

    /** A cell written as no spreadsheet program writes it, at a data row and column picked when written (or the header). */
    private record CellChange(int kind, int row, int column, String secret) {
    }

    private static CellChange cellChange(Gen g) {
        int kind = g.below(14);
        String secret = switch (kind) {
            case 0, 1, 8 -> g.robust(g.token()); // a formula's text and cached result, a phonetic guide: never read
            case 5 -> g.identifying(false);
            case 6 -> g.identifying(true);
            default -> null;
        };
        if (kind == 2 || kind == 3 || kind == 9) {
            g.damaged = true; // the sheet is refused whole, or cells move
        }
        g.kind("cell-" + new String[] {"formula", "formula-str", "huge-reference", "beyond-xfd", "error-value", "runs-identifying",
                "number-identifying", "bad-shared-index", "phonetic-guide", "bad-number", "iso-date-type", "bad-style",
                "header-formula", "header-error"}[kind]);
        return new CellChange(kind, g.below(8), g.below(48), secret);
    }

    /** The sheet's rows: titles, the header, the data, each cell typed, with the changes applied. */
    private static String sheetRows(Book book, List<String> titles, Register reg, List<CellChange> changes, int textMode,
                                    boolean noRefs, Random random) {
        List<List<String>> grid = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        long n = 1;
        for (String title : titles) {
            grid.add(new ArrayList<>(List.of(book.text(noRefs ? null : ref(0, n), title, textMode))));
            numbers.add(n++);
        }
        if (!titles.isEmpty() && random.nextBoolean()) {
            n++; // a blank row under the titles
        }
        int headerIndex = grid.size();
        List<String> headerCells = new ArrayList<>();
        for (int i = 0; i < reg.header().size(); i++) {
            String h = reg.header().get(i);
            headerCells.add(h.isEmpty() ? null : book.text(noRefs ? null : ref(i, n), h, textMode));
        }
        grid.add(headerCells);
        numbers.add(n++);
        for (List<String> row : reg.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                cells.add(v.isEmpty() ? null : book.typed(noRefs ? null : ref(i, n), v, textMode, random));
            }
            grid.add(cells);
            numbers.add(n++);
        }
        for (CellChange c : changes) {
            boolean header = c.kind() >= 12 || reg.rows().isEmpty();
            int index = header ? headerIndex : headerIndex + 1 + c.row() % reg.rows().size();
            List<String> cells = grid.get(index);
            long number = numbers.get(index);
            int column = c.column() % Math.max(1, reg.header().size());
            String at = ref(column, number);
            String cell = switch (c.kind()) {
                case 0, 12 -> "<c r=\"" + at + "\"><f>HYPERLINK(\"http://x/" + c.secret() + "\")</f><v>" + c.secret() + "</v></c>";
                case 1 -> "<c r=\"" + at + "\" t=\"str\"><f>\"" + c.secret() + "\"</f><v>" + c.secret() + "</v></c>";
                case 2 -> "<c r=\"XFD" + number + "\" t=\"inlineStr\"><is><t>x</t></is></c>";
                case 3 -> "<c r=\"" + (random.nextInt(2) == 0 ? "XFE" + number : "AAAAAAAAAAAA" + number) + "\"><v>1</v></c>";
                case 4, 13 -> "<c r=\"" + at + "\" t=\"e\"><v>" + (random.nextBoolean() ? "#N/A" : "#REF!") + "</v></c>";
                case 5 -> {
                    String v = c.secret();
                    int cut = 1 + random.nextInt(v.length() - 1);
                    yield "<c r=\"" + at + "\" t=\"inlineStr\"><is><r><t>" + esc(v.substring(0, cut)) + "</t></r><r><rPr><b/></rPr><t>"
                            + esc(v.substring(cut)) + "</t></r></is></c>";
                }
                case 6 -> "<c r=\"" + at + "\"><v>" + c.secret() + "</v></c>";
                case 7 -> "<c r=\"" + at + "\" t=\"s\"><v>" + (random.nextBoolean() ? "99999" : "-1") + "</v></c>";
                case 8 -> "<c r=\"" + at + "\" t=\"inlineStr\"><is><t>ADMITTED</t><rPh sb=\"0\" eb=\"1\"><t>" + c.secret()
                        + "</t></rPh></is></c>";
                case 9 -> "<c r=\"" + at + "\"><v>" + (random.nextBoolean() ? "abc" : "1e999") + "</v></c>";
                case 10 -> "<c r=\"" + at + "\" t=\"d\"><v>" + (random.nextBoolean() ? "2021-02-30" : "2021-03-05T10:30:00") + "</v></c>";
                default -> "<c r=\"" + at + "\" s=\"" + (random.nextBoolean() ? "999" : "x") + "\"><v>1</v></c>";
            };
            if (c.kind() == 2) {
                cells.add(cell);
            } else {
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, cell);
            }
        }
        StringBuilder xml = new StringBuilder();
        for (int i = 0; i < grid.size(); i++) {
            xml.append(noRefs ? "<row>" : "<row r=\"" + numbers.get(i) + "\">");
            for (String cell : grid.get(i)) {
                if (cell != null) {
                    xml.append(cell);
                }
            }
            xml.append("</row>");
        }
        if (random.nextInt(20) == 0) {
            xml.append("<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>"); // Excel's last cell
        }
        return xml.toString();
    }

    /** The query: asOf (now and then wrong, or a planted value), lang, sheet. */
    private static String query(Gen g, String sheet) {
        StringBuilder q = new StringBuilder("?asOf=");
        if (g.chance(0.03)) {
            q.append(enc(g.pick("2025-02-30", "31.03.2025", "", "tomorrow", g.robust(g.token()), g.identifying(false))));
            g.kind("bad-asOf");
        } else {
            q.append(g.pick("2025-03-31", "2025-03-31", "2025-03-31", "2021-04-01", "2017-01-01", "2016-06-30", "2099-12-31"));
        }
        if (g.chance(0.1)) {
            q.append("&lang=").append(enc(g.chance(0.9) ? g.pick("ru", "kk", "en") : g.pick("de", "RU", g.robust(g.token()))));
        }
        if (sheet != null) {
            q.append("&sheet=").append(enc(sheet));
        }
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String accept(Gen g) {
        return g.chance(0.75) ? "application/json" : g.chance(0.85) ? "text/csv"
                : g.pick("*/*", "application/xml", "text/csv, application/json;q=0.5", "application/*", null);
    }

    private static String acceptLanguage(Gen g) {
        return g.chance(0.9) ? null : g.pick("ru", "kk-KZ,kk;q=0.9", "en-US", "ru;q=abc", ";;;", "*", "de");
    }

    /** A register sent as the body. */
    private static Input body(Family family, Gen g, Payload p) {
        String accept = accept(g);
        String language = acceptLanguage(g);
        String contentType = p.contentType();
        if (p.workbook() && g.chance(0.1)) {
            contentType = g.pick("text/csv", XLSX + "; charset=utf-8", "application/octet-stream");
            g.kind("workbook-as-" + contentType);
        }
        String type = contentType;
        String path = EVALUATIONS + p.query();
        return make(family, g, p.register(), reg -> new Request(path, type, accept, language, p.bytes().apply(reg)));
    }

    private static Input make(Family family, Gen g, Register reg, Function<Register, Request> render) {
        return make(family, List.copyOf(g.kinds), g.secrets(), reg, render);
    }

    private static Input make(Family family, List<String> kinds, List<String> secrets, Register reg, Function<Register, Request> render) {
        return new Input(family, kinds, render.apply(reg), secrets,
                () -> reg.smaller().map(r -> make(family, kinds, secrets, r, render)));
    }

    // --- multipart uploads ------------------------------------------------------------------

    private Input multipart(Gen g) {
        Payload p = g.chance(0.4) ? xlsx(g) : csv(g, g.chance(0.5));
        String filename = switch (g.below(12)) {
            case 0, 1, 2 -> p.workbook() ? "register.xlsx" : "register.csv";
            case 3 -> p.workbook() ? "Реестр 2025.XLSX" : "реестр.csv";
            case 4 -> "C:\\Users\\Айгерим\\" + g.robust(g.token()) + (p.workbook() ? ".xlsx" : ".csv"); // a file's name is never shown
            case 5 -> g.identifying(false) + (p.workbook() ? ".xlsx" : ".csv");
            case 6 -> "../../etc/passwd";
            case 7 -> "register.txt";
            case 8 -> p.workbook() ? "register.csv" : "register.xlsx";
            case 9 -> null;
            default -> p.workbook() ? "book.xlsx" : "data.csv";
        };
        String partType = g.pick(null, "text/csv", XLSX, "application/octet-stream", "application/vnd.ms-excel", "text/plain; charset=windows-1251",
                p.workbook() ? XLSX : "text/csv");
        String encoding = g.chance(0.6) ? null : g.pick("windows-1251", "cp1251", "utf-8", "UTF8", "koi8-r", "", g.robust(g.token()),
                g.identifying(false));
        boolean inQuery = g.chance(0.5);
        int broken = g.chance(0.12) ? g.below(7) : -1;
        if (broken >= 0) {
            g.damaged = true;
            g.kind("multipart-" + new String[] {"cut-short", "no-closing-boundary", "other-boundary", "no-file-part", "two-file-parts",
                    "many-parts", "lf-only"}[broken]);
        }
        g.kind(p.workbook() ? "upload-xlsx" : "upload-csv");
        String boundary = "----hostile" + g.token();
        String accept = accept(g);
        String query = p.query() + (inQuery && encoding != null ? "&encoding=" + enc(encoding) : "");
        long seed = g.random.nextLong();
        Function<Register, Request> render = reg -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String crlf = broken == 6 ? "\n" : "\r\n";
            if (!inQuery && encoding != null) {
                field(out, boundary, "encoding", encoding, crlf);
            }
            if (broken == 5) {
                for (int i = 0; i < 30; i++) {
                    field(out, boundary, "extra" + i, "x", crlf);
                }
            }
            byte[] file = p.bytes().apply(reg);
            String name = broken == 3 ? "upload" : "file";
            for (int copies = broken == 4 ? 2 : 1; copies > 0; copies--) {
                out.writeBytes(utf8("--" + boundary + crlf + "Content-Disposition: form-data; name=\"" + name + "\""
                        + (filename == null ? "" : "; filename=\"" + filename.replace("\"", "%22") + "\"") + crlf
                        + (partType == null ? "" : "Content-Type: " + partType + crlf) + crlf));
                out.writeBytes(file);
                out.writeBytes(utf8(crlf));
            }
            if (broken != 1) {
                out.writeBytes(utf8("--" + boundary + "--" + crlf));
            }
            byte[] body = out.toByteArray();
            if (broken == 0) {
                body = Arrays.copyOf(body, new Random(seed).nextInt(body.length));
            }
            String type = "multipart/form-data; boundary=" + (broken == 2 ? "other" + boundary : boundary);
            return new Request(EVALUATIONS + query, type, accept, null, body);
        };
        return make(Family.MULTIPART, g, p.register(), render);
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value, String crlf) {
        out.writeBytes(utf8("--" + boundary + crlf + "Content-Disposition: form-data; name=\"" + name + "\"" + crlf + crlf + value + crlf));
    }

    // --- JSON arrays of cases ---------------------------------------------------------------

    private static final String[] IDENTIFYING_KEYS = {"fullName", "iin", "phone", "address", "ФИО", "ИИН", "phoneNumber", "surname",
            "dateOfBirth", "email", "mobile", "passport", "clientIin"};

    private Input json(Gen g) {
        List<ObjectNode> cases = new ArrayList<>();
        for (int i = 0, n = g.pick(0, 1, 1, 1, 1, 2, 2, 3, 4); i < n; i++) {
            cases.add((ObjectNode) sampleJson.get(g.below(sampleJson.size())).deepCopy());
        }
        for (int i = 0, n = 1 + g.below(3); i < n && !cases.isEmpty(); i++) {
            ObjectNode c = g.pick(cases);
            List<String> keys = new ArrayList<>(c.propertyNames());
            String key = keys.isEmpty() ? "caseId" : g.pick(keys);
            boolean text = TEXT_COLUMNS.contains(snake(key));
            switch (g.below(14)) {
                case 0, 1 -> {
                    if (!text) {
                        c.put(key, g.pick(g.pick(BAD_VALUES) + g.secret(g.token()), g.pick(BAD_DATES) + g.secret(g.token())));
                        g.kind("bad-value");
                    }
                }
                case 2 -> {
                    c.set(key, g.pick(JsonNodeFactory.instance.numberNode(20210305), JsonNodeFactory.instance.booleanNode(true),
                            JsonNodeFactory.instance.objectNode().put("nested", "x"), JsonNodeFactory.instance.arrayNode().add(
                                    JsonNodeFactory.instance.arrayNode().add(1)), JsonNodeFactory.instance.numberNode(1e308),
                            JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e400")), JsonNodeFactory.instance.stringNode("")));
                    g.kind("wrong-type");
                }
                case 3 -> {
                    c.put(g.pick(IDENTIFYING_KEYS), g.chance(0.5) ? "Айгерим " + g.secret(g.token()) : g.identifying(false));
                    g.kind("identifying-key");
                }
                case 4, 5 -> {
                    String v = g.identifying(false);
                    if (g.chance(0.2)) {
                        c.put(key, Long.parseLong(g.identifying(true)));
                    } else if (c.get(key) != null && c.get(key).isArray() && !c.get(key).isEmpty()) {
                        JsonNode item = c.get(key).get(0);
                        if (item.isObject() && !item.isEmpty()) {
                            ((ObjectNode) item).put(g.pick(new ArrayList<>(item.propertyNames())), v);
                        } else {
                            ((ArrayNode) c.get(key)).add(v);
                        }
                    } else {
                        c.put(key, v);
                    }
                    g.kind("identifying-value");
                }
                case 6 -> {
                    // a key that is itself identifying data (a header row of values, a label with a number in it)
                    c.put(g.pick("", "phone ", "ИИН ", "tel_") + g.identifying(false), g.pick("", "x", "1"));
                    g.kind("identifying-key-value");
                }
                case 7 -> {
                    c.put(g.pick(UNKNOWN_COLUMNS), g.robust(g.token())); // the value of a field refused is never shown
                    g.kind("unknown-key");
                }
                case 8 -> {
                    c.put(key, "x".repeat(4001 + g.below(20000)) + g.robust(g.token()));
                    g.kind("overlong-value");
                }
                case 9 -> {
                    c.put(key, g.pick(INJECTIONS) + (text ? "" : g.secret(g.token())));
                    g.kind("formula-like");
                }
                case 10 -> {
                    for (String k : keys) {
                        if (g.chance(0.4)) {
                            if (g.chance(0.5)) {
                                c.remove(k);
                            } else {
                                c.putNull(k);
                            }
                        }
                    }
                    g.kind("fewer-fields");
                }
                case 11 -> {
                    cases.add(c.deepCopy());
                    g.kind("duplicate-case");
                }
                case 12 -> {
                    JsonNode measures = c.get("planMeasures");
                    if (measures != null && measures.isArray() && !measures.isEmpty() && measures.get(0).isObject()) {
                        ((ObjectNode) measures.get(0)).put(g.pick("notes", "responsibleName", "phone"), g.robust(g.token()));
                        g.kind("item-extra-key");
                    }
                }
                default -> {
                    c.put(key, g.pick("да", "нет", "иә", "жоқ", "ИСТИНА", "Принята", "Физическое"));
                    g.kind("labels");
                }
            }
        }
        int structure = g.chance(0.25) ? g.below(15) : -1;
        if (structure >= 0) {
            g.kind("json-" + structure);
            g.damaged |= structure == 13; // bytes changed: a value could in principle move to another field
        }
        String bare = structure == 5 ? g.robust(g.token()) : null; // a bare word: the parser's message would quote it
        boolean single = g.chance(0.1);
        if (single) {
            g.kind("single");
        }
        long seed = g.random.nextLong();
        String accept = single ? "application/json" : accept(g);
        String path = (single ? EVALUATIONS + "/single" : EVALUATIONS) + query(g, null);
        String contentType = g.chance(0.95) ? "application/json" : g.pick("application/json; charset=utf-8", "application/json;charset=windows-1251",
                "application/problem+json", "text/json");
        String language = acceptLanguage(g);
        return json(g, List.copyOf(cases), c -> new Request(path, contentType, accept, language, jsonBody(c, structure, seed, bare, single)));
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Input json(Gen g, List<ObjectNode> cases, Function<List<ObjectNode>, Request> render) {
        return jsonInput(List.copyOf(g.kinds), g.secrets(), cases, render);
    }

    private static Input jsonInput(List<String> kinds, List<String> secrets, List<ObjectNode> cases, Function<List<ObjectNode>, Request> render) {
        Supplier<Stream<Input>> smaller = () -> {
            List<List<ObjectNode>> out = new ArrayList<>();
            if (cases.size() > 1) {
                out.add(List.of());
            }
            for (int i = 0; i < cases.size(); i++) {
                List<ObjectNode> fewer = new ArrayList<>(cases);
                fewer.remove(i);
                out.add(fewer);
            }
            for (int i = 0; i < cases.size(); i++) {
                for (String key : cases.get(i).propertyNames()) {
                    List<ObjectNode> fewer = new ArrayList<>(cases);
                    ObjectNode c = cases.get(i).deepCopy();
                    c.remove(key);
                    fewer.set(i, c);
                    out.add(fewer);
                }
            }
            return out.stream().map(c -> jsonInput(kinds, secrets, c, render));
        };
        return new Input(Family.JSON, kinds, render.apply(cases), secrets, smaller);
    }

    /** The cases as a JSON body, now and then broken: not an array, cut short, junk, other encodings, deep nesting. */
    private static byte[] jsonBody(List<ObjectNode> cases, int structure, long seed, String bare, boolean single) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        cases.forEach(array::add);
        JsonNode tree = single ? (cases.isEmpty() ? JsonNodeFactory.instance.objectNode() : cases.get(0)) : array;
        String text = new Random(seed).nextBoolean() ? HttpTestSupport.JSON.writeValueAsString(tree)
                : HttpTestSupport.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        Random r = new Random(seed);
        return switch (structure) {
            case 0 -> utf8(cases.isEmpty() ? "{}" : HttpTestSupport.JSON.writeValueAsString(cases.get(0)));
            case 1 -> Arrays.copyOf(utf8(text), r.nextInt(Math.max(1, utf8(text).length)));
            case 2 -> utf8(text + g(r, "garbage", "]", "}", "[1]", "\u0000"));
            case 3 -> concat(UTF8_BOM, utf8(text));
            case 4 -> text.getBytes(r.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            case 5 -> utf8("[{\"caseId\": " + bare + "}]");
            case 6 -> utf8("[" + "[".repeat(5000) + "]".repeat(5000) + "]");
            case 7 -> utf8("[{\"caseId\": \"A-1\", \"recipientBirthYear\": NaN}] // comment");
            case 8 -> utf8("[{'caseId': 'A-1'}]");
            case 9 -> utf8("[{\"caseId\": \"\\ud800\", \"region\": \"\\u0000\"}]");
            case 10 -> utf8("[{\"caseId\": \"A-1\", \"caseId\": \"A-2\", \"recipientBirthYear\": 1" + "0".repeat(2000) + "}]");
            case 11 -> utf8(g(r, "", "null", "1", "\"text\"", "[null]", "[1,2]", "[[]]", "[\"a\"]", "true"));
            case 12 -> encode(text, CP1251);
            case 13 -> {
                byte[] b = utf8(text);
                for (int i = 0, n = 1 + r.nextInt(3); i < n && b.length > 0; i++) {
                    b[r.nextInt(b.length)] = NASTY[r.nextInt(NASTY.length)];
                }
                yield b;
            }
            case 14 -> utf8("[" + "{\"caseId\": \"A-1\"},".repeat(3) + "]");
            default -> utf8(text);
        };
    }

    private static String g(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    // --- anything else ----------------------------------------------------------------------

    /** Random bytes, zip garbage, wrong media types, bad parameters, and the single-case endpoint given anything. */
    private Input raw(Gen g) {
        Draft d = new Draft(g);
        byte[] csv = utf8(csvText(d.freeze(), ',', ',', "\n", false));
        byte[] body;
        String type = g.pick("text/csv", "text/csv", XLSX, XLSX, "application/json", "multipart/form-data", "application/octet-stream",
                null, "text/csv; charset=utf-16", "application/xml", "text/plain", "image/png", "application/x-www-form-urlencoded");
        String path = EVALUATIONS + query(g, g.chance(0.1) ? g.identifying(false) : null);
        int what = g.below(12);
        if (what == 6 && g.below(4) != 0) {
            what = 0; // a zip bomb is dear to inflate, even stopped early: now and then is enough
        }
        switch (what) {
            case 0, 1 -> {
                body = new byte[g.below(3000)];
                g.random.nextBytes(body);
                g.kind("random-bytes");
            }
            case 2 -> {
                byte[] tail = new byte[g.below(2000)];
                g.random.nextBytes(tail);
                body = concat(new byte[] {'P', 'K', 3, 4}, tail);
                g.kind("zip-magic-garbage");
            }
            case 3 -> {
                byte[] tail = new byte[512 + g.below(2000)];
                g.random.nextBytes(tail);
                body = concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, tail);
                g.kind("ole2-magic-garbage");
            }
            case 4 -> {
                body = new byte[0];
                g.kind("empty");
            }
            case 5 -> {
                body = csv;
                g.kind("register-as-" + type);
            }
            case 6 -> {
                body = HostileWorkbooks.zipBomb();
                type = g.pick(XLSX, "text/csv");
                g.kind("zip-bomb");
            }
            case 7 -> {
                String t = g.pick("\uFEFF", "\uFEFF\uFEFF", "");
                body = (t + new String(csv, StandardCharsets.UTF_8)).getBytes(g.pick(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE, Charset.forName("UTF-32")));
                type = "text/csv";
                g.kind("utf16-or-32");
            }
            case 8 -> {
                Book book = new Book();
                book.sheets.add(new SheetPart(g.pick(SHEET_NAMES), false, false, "", "<row r=\"1\">"
                        + book.text("A1", "case_id", 1) + book.text("B1", g.identifying(false), 1) + "</row>"));
                Map<String, byte[]> parts = book.parts();
                if (g.chance(0.5)) {
                    parts.remove("_rels/.rels");
                }
                body = HostileWorkbooks.zip(parts);
                type = XLSX;
                g.kind("workbook-identifying-header");
            }
            case 9 -> {
                String t = g.pick("{}", "[]", "{\"caseId\": \"A-1\"}", "{\"caseId\": \"A-1\", \"" + g.identifying(false) + "\": 1}",
                        "{\"caseId\": \"A-1\", \"decision\": \"" + g.secret(g.token()) + "\"}", "[", "{\"caseId\": {\"a\": [1]}}", "");
                body = utf8(t);
                type = "application/json";
                path = EVALUATIONS + "/single?asOf=2025-03-31";
                g.kind("single-endpoint");
            }
            case 10 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(utf8("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.csv\"\r\n\r\n"));
                out.writeBytes(csv);
                body = out.toByteArray();
                type = g.pick("multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=b", "multipart/mixed; boundary=b");
                g.kind("multipart-malformed");
            }
            default -> {
                body = csv;
                type = "text/csv";
                path = EVALUATIONS + "?asOf=" + enc(g.pick("2025-03-31", g.robust(g.token()))) + "&lang=" + enc(g.pick("ru", g.robust(g.token())))
                        + "&sheet=" + enc(g.identifying(false)) + "&encoding=" + enc(g.robust(g.token()));
                g.kind("parameters");
            }
        }
        String t = type;
        String p = path;
        byte[] b = body;
        String accept = accept(g);
        String language = acceptLanguage(g);
        return new Input(Family.RAW, List.copyOf(g.kinds), new Request(p, t, accept, language, b), g.secrets(), Stream::empty);
    }
}
