package kz.socialservices.checker.api.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kz.socialservices.checker.engine.csv.CsvTable;
import kz.socialservices.checker.engine.csv.Registers;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

/** How a request carries a register, for every endpoint that takes one: its media types and how to read it. */
public final class RegisterRequests {

    public static final String TEXT_CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RegisterRequests() {
    }

    /**
     * How to read a register sent as the body: a workbook (its sheet, or the first) for the .xlsx media type, a CSV
     * file otherwise; null for a JSON array of cases.
     */
    public static Registers.Options bodyOptions(HttpServletRequest request, String sheet) {
        MediaType type = MediaType.parseMediaType(request.getContentType());
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            return null;
        }
        return type.isCompatibleWith(MediaType.parseMediaType(XLSX)) ? new Registers.Options(null, sheet, true) : csvOptions(request);
    }

    /**
     * A CSV body's encoding is the {@code charset} of its Content-Type as the client sent it (the
     * servlet's own character encoding is forced to UTF-8 for forms, so it cannot say), or detected.
     */
    public static Registers.Options csvOptions(HttpServletRequest request) {
        String declared = null;
        try {
            var charset = MediaType.parseMediaType(request.getHeader("Content-Type")).getParameter("charset");
            declared = charset == null ? null : charset.replace("\"", "");
        } catch (IllegalArgumentException ignored) {
            // the mapping already accepted it as text/csv; an odd parameter is left to detection
        }
        return new Registers.Options(charset(declared), null, false);
    }

    /** An uploaded register: a workbook by its name or media type, else CSV in the encoding named or detected. */
    public static Registers.Options uploadOptions(MultipartFile file, String sheet, String encoding) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx") || XLSX.equals(file.getContentType());
        return new Registers.Options(charset(encoding), sheet, workbook);
    }

    /** The encodings a centre's CSV comes in; any other is refused rather than guessed. */
    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "utf-8", "utf8" -> java.nio.charset.StandardCharsets.UTF_8;
            case "windows-1251", "cp1251", "win-1251" -> CsvTable.WINDOWS_1251;
            default -> throw new Problems.BadRequestException("the encoding must be UTF-8 or windows-1251");
        };
    }

    /** A body spooled to a temporary file (the caller deletes it); an empty one is a bad request. */
    public static Path spoolNonEmpty(EvaluationService service, java.io.InputStream body) throws IOException {
        Path file = service.spool(body);
        if (Files.size(file) == 0) {
            Files.deleteIfExists(file);
            throw new Problems.BadRequestException("the body is empty");
        }
        return file;
    }
}
