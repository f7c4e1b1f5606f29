package kz.socialservices.checker.engine.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a register file in the format its bytes show: an .xlsx workbook (or what claims to be one), else CSV. */
public final class Registers {

    /**
     * How to read a register.
     *
     * @param charset a CSV file's encoding when the user names it; null to detect it
     * @param sheet    a workbook's sheet; null for the first
     * @param workbook the user says it is a workbook (an .xlsx name or media type): a file that is not
     *                 one is then refused as such rather than read as CSV
     */
    public record Options(Charset charset, String sheet, boolean workbook) {
        public static final Options DETECT = new Options(null, null, false);

        /** Detected from the bytes, with the file name's word for it. */
        public static Options forFile(Path file, Charset charset, String sheet) {
            return new Options(charset, sheet, file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"));
        }
    }

    private Registers() {
    }

    public static Table.Source source(Path file, Options options) throws IOException {
        return options.workbook() || isWorkbook(file) ? XlsxTable.source(file, options.sheet()) : CsvTable.source(file, options.charset());
    }

    /** Checks a register whole, then opens it for reading rows (see {@link CsvCaseReader}). */
    public static <C> CsvCaseReader<C> open(Path file, Options options, CsvCaseReader.Schema<C> schema, long maxRows) throws IOException {
        return CsvCaseReader.open(source(file, options), schema, maxRows);
    }

    /**
     * A zip (an .xlsx is one) or an OLE2 container (an old .xls, or a password-protected .xlsx):
     * both go to the workbook reader, which reads the first and refuses the second clearly.
     */
    static boolean isWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            boolean ole2 = head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                    && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
            return zip || ole2;
        }
    }
}
