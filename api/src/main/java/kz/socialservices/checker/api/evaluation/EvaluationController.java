package kz.socialservices.checker.api.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import kz.socialservices.checker.api.web.Languages;
import kz.socialservices.checker.api.web.RequestLog;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.standard.DvStandard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/evaluations}: a case register (CSV or .xlsx body, CSV or .xlsx upload, or a JSON array of cases)
 * in; every finding out, as JSON ({@code results}, {@code summary}, {@code provenance}) or CSV (one
 * row per finding) by the {@code Accept} header. {@code POST /api/v1/evaluations/single}: one
 * case, for a centre's form to call while the case is entered.
 */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "evaluations", description = "Check cases against the standard")
class EvaluationController {

    static final String TEXT_CSV = RegisterRequests.TEXT_CSV;
    static final String XLSX = RegisterRequests.XLSX;

    private final EvaluationService service;
    private final ObjectMapper json;
    private final ZoneId zone;

    EvaluationController(EvaluationService service, ObjectMapper json, ZoneId checkerZone) {
        this.service = service;
        this.json = json;
        this.zone = checkerZone;
    }

    @Operation(summary = "Evaluate a CSV register (body), answering JSON")
    @PostMapping(consumes = TEXT_CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> csvToJson(HttpServletRequest request, @Parameter(description = "Judge as of this date (default: today in Almaty)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return register(request.getInputStream(), request, RegisterRequests.csvOptions(request), asOf, language(lang, acceptLanguage), false);
    }

    @Operation(summary = "Evaluate a CSV register (body), answering CSV (one row per finding)")
    @PostMapping(consumes = TEXT_CSV, produces = TEXT_CSV)
    ResponseEntity<StreamingResponseBody> csvToCsv(HttpServletRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return register(request.getInputStream(), request, RegisterRequests.csvOptions(request), asOf, language(lang, acceptLanguage), true);
    }

    @Operation(summary = "Evaluate an .xlsx register (body; the first sheet or the one named), answering JSON")
    @PostMapping(consumes = XLSX, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> xlsxToJson(HttpServletRequest request,
            @Parameter(description = "The sheet to read (default: the first)") @RequestParam(required = false) String sheet,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return register(request.getInputStream(), request, new Registers.Options(null, sheet, true), asOf, language(lang, acceptLanguage), false);
    }

    @Operation(summary = "Evaluate an .xlsx register (body), answering CSV (one row per finding)")
    @PostMapping(consumes = XLSX, produces = TEXT_CSV)
    ResponseEntity<StreamingResponseBody> xlsxToCsv(HttpServletRequest request, @RequestParam(required = false) String sheet,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return register(request.getInputStream(), request, new Registers.Options(null, sheet, true), asOf, language(lang, acceptLanguage), true);
    }

    @Operation(summary = "Evaluate an uploaded register (multipart part 'file': CSV or .xlsx), answering JSON")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> uploadToJson(HttpServletRequest request, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String sheet,
            @Parameter(description = "A CSV file's encoding, UTF-8 or windows-1251 (default: detected)") @RequestParam(required = false) String encoding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return register(file.getInputStream(), request, RegisterRequests.uploadOptions(file, sheet, encoding), asOf, language(lang, acceptLanguage), false);
    }

    @Operation(summary = "Evaluate an uploaded register (multipart part 'file': CSV or .xlsx), answering CSV")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = TEXT_CSV)
    ResponseEntity<StreamingResponseBody> uploadToCsv(HttpServletRequest request, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String sheet, @RequestParam(required = false) String encoding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return register(file.getInputStream(), request, RegisterRequests.uploadOptions(file, sheet, encoding), asOf, language(lang, acceptLanguage), true);
    }

    @Operation(summary = "Evaluate a JSON array of cases (the CSV columns in camelCase, lists as arrays), answering JSON")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> jsonToJson(HttpServletRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return cases(request, asOf, language(lang, acceptLanguage), false);
    }

    @Operation(summary = "Evaluate a JSON array of cases, answering CSV (one row per finding)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = TEXT_CSV)
    ResponseEntity<StreamingResponseBody> jsonToCsv(HttpServletRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return cases(request, asOf, language(lang, acceptLanguage), true);
    }

    @Operation(summary = "Evaluate one case (JSON object), answering its findings")
    @PostMapping(path = "/single", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> single(HttpServletRequest request,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        JsonNode body = readJson(request);
        Map<String, Object> out = service.evaluateSingle(body, day(asOf), language(lang, acceptLanguage));
        RequestLog.note(request, ((kz.socialservices.checker.engine.report.Provenance) out.get("provenance")).runId(), 1, 1, 0);
        return out;
    }

    private ResponseEntity<StreamingResponseBody> register(InputStream body, HttpServletRequest request, Registers.Options options,
                                                           LocalDate asOf, String lang, boolean asCsv) throws IOException {
        Path file = service.spool(body);
        try {
            return answer(request, service.evaluateRegister(file, options, day(asOf), lang, asCsv), asCsv);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private ResponseEntity<StreamingResponseBody> cases(HttpServletRequest request, LocalDate asOf, String lang, boolean asCsv)
            throws IOException {
        Path file = spoolNonEmpty(request);
        try {
            return answer(request, service.evaluateJson(file, day(asOf), lang, asCsv), asCsv);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One case: small, read whole. */
    private JsonNode readJson(HttpServletRequest request) throws IOException {
        Path file = spoolNonEmpty(request);
        try {
            return json.readTree(file.toFile());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Path spoolNonEmpty(HttpServletRequest request) throws IOException {
        return RegisterRequests.spoolNonEmpty(service, request.getInputStream());
    }

    private static ResponseEntity<StreamingResponseBody> answer(HttpServletRequest request, EvaluationService.Outcome outcome,
                                                                boolean asCsv) {
        var s = outcome.summary();
        RequestLog.note(request, outcome.runId(), s.rowsRead(), s.rowsEvaluated(), s.rowsRejected());
        StreamingResponseBody body = out -> {
            try {
                Files.copy(outcome.report(), out);
            } finally {
                Files.deleteIfExists(outcome.report());
            }
        };
        return ResponseEntity.ok()
                .contentType(asCsv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .header("X-Run-Id", outcome.runId())
                .body(body);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(zone);
    }

    static String language(String lang, String acceptLanguage) {
        return Languages.pick(lang, acceptLanguage);
    }
}
