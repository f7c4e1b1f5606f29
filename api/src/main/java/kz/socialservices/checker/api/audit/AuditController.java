package kz.socialservices.checker.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import kz.socialservices.checker.api.evaluation.RegisterRequests;
import kz.socialservices.checker.api.web.RequestLog;
import kz.socialservices.checker.engine.audit.AuditExports;
import kz.socialservices.checker.engine.audit.AuditSpec;
import kz.socialservices.checker.engine.audit.Years;
import kz.socialservices.checker.engine.csv.Registers;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST /api/v1/audits?by=region&by=year}: a register of many centres in (CSV or .xlsx body, an upload,
 * or a JSON array of cases), the ministry's figures out, as JSON or CSV by the {@code Accept} header: the same
 * figures as {@code checker.jar audit}, small cells suppressed, no case key.
 */
@RestController
@RequestMapping("/api/v1/audits")
@Tag(name = "audits", description = "Compliance figures by centre, region, ownership and year, small cells suppressed")
class AuditController {

    private final AuditService service;
    private final ZoneId zone;

    AuditController(AuditService service, ZoneId checkerZone) {
        this.service = service;
        this.zone = checkerZone;
    }

    /**
     * The query of an audit, as every endpoint takes it ({@code ?by=region&by=year&asOf=...}).
     *
     * @param by       centre, region, ownership, stayForm or year; two are crossed (by=region&by=year or by=region,year)
     * @param asOf     the evaluation's as-of date (default: today in Almaty)
     * @param minCell  figures about fewer cases are suppressed; at least 3 (default 5)
     * @param years    only these years, YYYY or YYYY-YYYY
     * @param sheet    a workbook's sheet (default: the first)
     * @param encoding an uploaded CSV's encoding, UTF-8 or windows-1251 (default: detected)
     */
    record Query(List<String> by, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Integer minCell,
                 Integer dueSoonDays, String years, String sheet, String encoding) {

        AuditSpec spec(ZoneId zone) {
            return new AuditSpec(by, asOf != null ? asOf : LocalDate.now(zone),
                    minCell != null ? minCell : AuditSpec.DEFAULT_MIN_CELL,
                    dueSoonDays != null ? dueSoonDays : AuditSpec.DEFAULT_DUE_SOON_DAYS,
                    years == null || years.isBlank() ? null : Years.parse(years));
        }
    }

    @Operation(summary = "Audit a register sent as the body (CSV, .xlsx or a JSON array of cases), answering JSON")
    @PostMapping(consumes = {RegisterRequests.TEXT_CSV, RegisterRequests.XLSX, MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> bodyToJson(HttpServletRequest request, @ParameterObject @ModelAttribute Query query)
            throws IOException {
        return audit(request, request.getInputStream(), RegisterRequests.bodyOptions(request, query.sheet()), query, false);
    }

    @Operation(summary = "Audit a register sent as the body, answering CSV (one row per group and requirement)")
    @PostMapping(consumes = {RegisterRequests.TEXT_CSV, RegisterRequests.XLSX, MediaType.APPLICATION_JSON_VALUE},
            produces = RegisterRequests.TEXT_CSV)
    ResponseEntity<StreamingResponseBody> bodyToCsv(HttpServletRequest request, @ParameterObject @ModelAttribute Query query)
            throws IOException {
        return audit(request, request.getInputStream(), RegisterRequests.bodyOptions(request, query.sheet()), query, true);
    }

    @Operation(summary = "Audit an uploaded register (multipart part 'file': CSV or .xlsx), answering JSON")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> uploadToJson(HttpServletRequest request, @RequestPart("file") MultipartFile file,
            @ParameterObject @ModelAttribute Query query) throws IOException {
        return audit(request, file.getInputStream(), RegisterRequests.uploadOptions(file, query.sheet(), query.encoding()), query, false);
    }

    @Operation(summary = "Audit an uploaded register (multipart part 'file': CSV or .xlsx), answering CSV")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = RegisterRequests.TEXT_CSV)
    ResponseEntity<StreamingResponseBody> uploadToCsv(HttpServletRequest request, @RequestPart("file") MultipartFile file,
            @ParameterObject @ModelAttribute Query query) throws IOException {
        return audit(request, file.getInputStream(), RegisterRequests.uploadOptions(file, query.sheet(), query.encoding()), query, true);
    }

    @Operation(summary = "Audit each centre's latest stored run as of the date (MINISTRY): their registers pooled, the figures a file "
            + "of the same rows gives, answering JSON")
    @PostMapping(path = "/stored", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> storedToJson(HttpServletRequest request, @ParameterObject @ModelAttribute Query query)
            throws IOException {
        return answer(request, service.auditStored(query.spec(zone), kz.socialservices.checker.api.accounts.Caller.require().name()), false);
    }

    @Operation(summary = "Audit each centre's latest stored run as of the date (MINISTRY), answering CSV")
    @PostMapping(path = "/stored", produces = RegisterRequests.TEXT_CSV)
    ResponseEntity<StreamingResponseBody> storedToCsv(HttpServletRequest request, @ParameterObject @ModelAttribute Query query)
            throws IOException {
        return answer(request, service.auditStored(query.spec(zone), kz.socialservices.checker.api.accounts.Caller.require().name()), true);
    }

    private ResponseEntity<StreamingResponseBody> audit(HttpServletRequest request, InputStream body, Registers.Options options,
                                                        Query query, boolean asCsv) throws IOException {
        AuditSpec spec = query.spec(zone); // checked before the body is read: a wrong threshold costs no upload
        Path file = service.spool(body);
        AuditService.Outcome outcome;
        try {
            outcome = service.audit(file, options, spec);
        } finally {
            Files.deleteIfExists(file);
        }
        return answer(request, outcome, asCsv);
    }

    private static ResponseEntity<StreamingResponseBody> answer(HttpServletRequest request, AuditService.Outcome outcome, boolean asCsv) {
        var s = outcome.summary();
        RequestLog.note(request, outcome.runId(), s.rowsRead(), s.rowsEvaluated(), s.rowsRejected());
        StreamingResponseBody answer = out -> {
            if (asCsv) {
                OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                AuditExports.csv(outcome.report(), w);
                w.flush();
            } else {
                AuditExports.json(outcome.report(), out, false);
            }
        };
        return ResponseEntity.ok()
                .contentType(asCsv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .header("X-Run-Id", outcome.runId())
                .body(answer);
    }
}
