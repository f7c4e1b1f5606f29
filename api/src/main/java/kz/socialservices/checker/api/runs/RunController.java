package kz.socialservices.checker.api.runs;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import kz.socialservices.checker.api.accounts.Caller;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.api.evaluation.Problems;
import kz.socialservices.checker.api.evaluation.RegisterRequests;
import kz.socialservices.checker.api.web.Languages;
import kz.socialservices.checker.engine.csv.Registers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stored runs: {@code POST /api/v1/runs} (or {@code POST /api/v1/evaluations?store=true}, see {@link StoreOnEvaluation})
 * with a register in any accepted form answers {@code 201 Created} once the run is committed; then list, read, findings, replay.
 */
@RestController
class RunController {

    private static final int MAX_PAGE = 1000;

    private final RunService runs;
    private final EvaluationService evaluations;
    private final ZoneId zone;

    RunController(RunService runs, EvaluationService evaluations, ZoneId checkerZone) {
        this.runs = runs;
        this.evaluations = evaluations;
        this.zone = checkerZone;
    }

    @Operation(summary = "Store a run (CENTRE): a register as CSV, .xlsx or JSON cases in the body; 201 once committed")
    @PostMapping(path = {"/api/v1/runs"}, consumes = {RegisterRequests.TEXT_CSV, RegisterRequests.XLSX, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<RunService.Run> storeBody(HttpServletRequest request, @RequestParam(required = false) String sheet,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return store(request.getInputStream(), RegisterRequests.bodyOptions(request, sheet), asOf, Languages.pick(lang, acceptLanguage));
    }

    @Operation(summary = "Store a run (CENTRE) from an uploaded register (multipart part 'file': CSV or .xlsx)")
    @PostMapping(path = {"/api/v1/runs"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RunService.Run> storeUpload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String sheet,
            @RequestParam(required = false) String encoding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage)
            throws IOException {
        return store(file.getInputStream(), RegisterRequests.uploadOptions(file, sheet, encoding), asOf, Languages.pick(lang, acceptLanguage));
    }

    private ResponseEntity<RunService.Run> store(InputStream body, Registers.Options options, LocalDate asOf, String lang) throws IOException {
        Path file = RegisterRequests.spoolNonEmpty(evaluations, body);
        try {
            RunService.Run run = runs.store(Caller.require(), file, options, asOf != null ? asOf : LocalDate.now(zone), lang);
            return ResponseEntity.created(URI.create(run.location())).body(run);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Operation(summary = "The runs the caller may see (CENTRE: its own; MINISTRY: all, optionally one centre's), newest first")
    @GetMapping("/api/v1/runs")
    RunService.Page<RunService.Run> list(@RequestParam(required = false) String centre, @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        return runs.list(Caller.require(), centre, page(page), size(size));
    }

    @Operation(summary = "One run: provenance and summary")
    @GetMapping("/api/v1/runs/{id}")
    RunService.Run get(@PathVariable String id) {
        return runs.get(Caller.require(), id);
    }

    @Operation(summary = "A run's findings (CENTRE, its own runs), filtered by requirement, verdict, severity, due date; paged")
    @GetMapping("/api/v1/runs/{id}/findings")
    RunService.Page<RunService.StoredFinding> findings(@PathVariable String id, @RequestParam(required = false) String requirement,
            @RequestParam(required = false) String verdict, @RequestParam(required = false) String severity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return runs.findings(Caller.require(), id, new RunService.FindingQuery(blankToNull(requirement), upper(verdict), upper(severity),
                dueFrom, dueTo, page(page), size(size)));
    }

    @Operation(summary = "Judge a run again under the rule set it was judged with, comparing every finding (CENTRE, its own runs)")
    @PostMapping("/api/v1/runs/{id}/replay")
    Map<String, Object> replay(@PathVariable String id) throws IOException {
        return runs.replay(Caller.require(), id);
    }

    private static int page(int page) {
        if (page < 0) {
            throw new Problems.BadRequestException("page must be 0 or more");
        }
        return page;
    }

    private static int size(int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new Problems.BadRequestException("size must be from 1 to " + MAX_PAGE);
        }
        return size;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String v = blankToNull(s);
        return v == null ? null : v.toUpperCase(java.util.Locale.ROOT);
    }
}
