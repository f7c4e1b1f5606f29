package kz.socialservices.checker.engine.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV register as Excel writes it: delimiter {@code ,} or {@code ;} (a Russian-locale Excel
 * writes {@code ;}), detected from the header line; UTF-8 with or without BOM, or Windows-1251,
 * detected from the bytes unless the caller names the encoding.
 */
public final class CsvTable implements Table {

    /** What Excel in Kazakhstan saves a CSV as when it is not told UTF-8. */
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /**
     * A CSV file to read (twice: the check, then the rows); the encoding and delimiter are detected
     * once, on the first open.
     */
    public static final class Source implements Table.Source {
        private final Path file;
        private final Charset named;
        private Charset charset;
        private boolean bom;
        private char delimiter;

        private Source(Path file, Charset named) {
            this.file = file;
            this.named = named;
        }

        @Override
        public Table open() throws IOException {
            if (charset == null) {
                if (Files.size(file) == 0) {
                    throw new InputRefusedException(List.of(RowError.file("empty_file", "the file is empty; it needs at least a header row")));
                }
                detect();
            }
            InputStream in = Files.newInputStream(file);
            if (bom) {
                in.skipNBytes(3);
            }
            return new CsvTable(in, charset, delimiter, detected());
        }

        private void detect() throws IOException {
            bom = startsWithBom(file);
            if (bom) {
                charset = StandardCharsets.UTF_8;
            } else if (named != null) {
                charset = named;
                if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(file, 0)) {
                    throw new InputRefusedException(List.of(RowError.file("not_utf8",
                            "the file is not valid UTF-8, the encoding it was said to have")));
                }
            } else {
                charset = isUtf8(file, 0) ? StandardCharsets.UTF_8 : WINDOWS_1251;
            }
            delimiter = delimiterOf(headerLine(file, charset, bom));
        }

        private Map<String, String> detected() {
            Map<String, String> d = new LinkedHashMap<>();
            d.put("format", "csv");
            d.put("encoding", charset.name() + (bom ? " (BOM)" : ""));
            d.put("encodingDetected", String.valueOf(named == null && !bom));
            d.put("delimiter", String.valueOf(delimiter));
            return d;
        }
    }

    /** @param charset the encoding the caller names, or null to detect it */
    public static Source source(Path file, Charset charset) {
        return new Source(file, charset);
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Map<String, String> detected;
    private long rowNumber;

    private CsvTable(InputStream in, Charset charset, char delimiter, Map<String, String> detected) throws IOException {
        this.detected = detected;
        Reader reader = new BufferedReader(new InputStreamReader(in, decoder(charset)), 1 << 16);
        try {
            this.parser = format(delimiter).parse(reader);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            reader.close();
            throw refusal(e, 0);
        } catch (org.apache.commons.csv.CSVException | CharacterCodingException e) {
            reader.close();
            throw refusal(new UncheckedIOException(e), 0);
        }
        this.records = parser.iterator();
        this.header = parser.getHeaderNames();
    }

    private static CharsetDecoder decoder(Charset charset) {
        // UTF-8 fails on a malformed byte instead of guessing (detection already read the file as UTF-8).
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL) // reported by name by the reader
                .setAllowMissingColumnNames(true) // an empty column name is reported by the reader
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Row next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rowNumber++;
                List<String> cells = new ArrayList<>(record.size());
                boolean blank = true;
                for (String cell : record) {
                    cells.add(cell);
                    blank &= cell.isBlank();
                }
                if (!blank) { // Excel writes an empty row as a line of delimiters
                    return new Row(rowNumber, cells);
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw refusal(e, rowNumber);
        }
    }

    /** Broken quoting or encoding: the file is refused near the row where reading stopped. */
    private static InputRefusedException refusal(RuntimeException e, long row) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new InputRefusedException(List.of(RowError.file("not_utf8",
                    "the file is not valid UTF-8 (save it as UTF-8, with or without BOM)")));
        }
        return new InputRefusedException(List.of(row == 0
                ? new RowError(0L, null, "bad_header", "the header row is not valid CSV")
                : new RowError(row + 1, null, "bad_csv", "the file is not valid CSV near this row")));
    }

    @Override
    public Map<String, String> detected() {
        return detected;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
    }

    /** Whether the whole file, from {@code skip} bytes on, is valid UTF-8: decoded in blocks, nothing kept. */
    static boolean isUtf8(Path file, long skip) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        }
    }

    /** The first line of the file (up to 64 KiB), decoded. */
    private static String headerLine(Path file, Charset charset, boolean bom) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (bom) {
                in.skipNBytes(3);
            }
            byte[] head = in.readNBytes(1 << 16);
            String text = new String(head, charset);
            int end = text.indexOf('\n');
            return end < 0 ? text : text.substring(0, end);
        }
    }

    /** {@code ;} when the header line has more semicolons than commas outside quotes, else {@code ,}. */
    static char delimiterOf(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
