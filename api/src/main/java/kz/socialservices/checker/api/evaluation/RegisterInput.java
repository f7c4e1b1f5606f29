package kz.socialservices.checker.api.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import kz.socialservices.checker.engine.csv.Registers;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

/** How a register arrives in a request (CSV or .xlsx body, or an upload): what evaluations and simulations both read. */
public final class RegisterInput {

    public static final String TEXT_CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RegisterInput() {
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

    public static Registers.Options uploadOptions(MultipartFile file, String sheet, String encoding) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx") || XLSX.equals(file.getContentType());
        return new Registers.Options(charset(encoding), sheet, workbook);
    }

    /** The encodings a centre's CSV comes in; any other is refused rather than guessed. */
    public static java.nio.charset.Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "utf-8", "utf8" -> java.nio.charset.StandardCharsets.UTF_8;
            case "windows-1251", "cp1251", "win-1251" -> kz.socialservices.checker.engine.csv.CsvTable.WINDOWS_1251;
            default -> throw new Problems.BadRequestException("the encoding must be UTF-8 or windows-1251");
        };
    }

}
