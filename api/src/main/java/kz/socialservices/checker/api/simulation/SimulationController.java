package kz.socialservices.checker.api.simulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.api.evaluation.Problems;
import kz.socialservices.checker.api.evaluation.RegisterRequests;
import kz.socialservices.checker.api.web.Languages;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.JsonCases;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.DvStandard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Amendments and their simulation for policy drafters. {@code GET /api/v1/amendments}: the packages
 * offered; {@code POST /api/v1/simulations?amendment=ID&...}: a register (CSV or .xlsx body, JSON
 * cases, or an upload, whose part {@code package} may carry a drafter's own package) judged under
 * the current text and the amended one. A simulation done within a short wait is answered at once;
 * a longer one is answered 202 with its status resource, {@code /api/v1/simulations/{id}}.
 */
@RestController
@Tag(name = "simulations", description = "Simulate amendments of the standard over a register")
class SimulationController {

    private final AmendmentCatalogue catalogue;
    private final SimulationService simulations;
    private final EvaluationService registers;
    private final ZoneId zone;

    private final kz.socialservices.checker.api.runs.RunService runs;
    private final kz.socialservices.checker.api.audittrail.AuditTrail trail;

    SimulationController(AmendmentCatalogue catalogue, SimulationService simulations, EvaluationService registers, ZoneId checkerZone,
                         kz.socialservices.checker.api.runs.RunService runs, kz.socialservices.checker.api.audittrail.AuditTrail trail) {
        this.catalogue = catalogue;
        this.simulations = simulations;
        this.registers = registers;
        this.zone = checkerZone;
        this.runs = runs;
        this.trail = trail;
    }

    @Operation(summary = "The amendment packages offered: id, titles, effective date and what each changes")
    @GetMapping(path = "/api/v1/amendments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> amendments() {
        return catalogue.all().stream().map(SimulationController::summary).toList();
    }

    @Operation(summary = "One amendment package in full: rationale, parameter changes, requirements added, replaced and withdrawn")
    @GetMapping(path = "/api/v1/amendments/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> amendment(@PathVariable String id) {
        AmendmentPackage p = catalogue.find(id).orElseThrow(() -> new Problems.NotFoundException("no amendment package '" + id + "'"));
        Map<String, Object> out = summary(p);
        out.put("rationale", p.rationale());
        Map<String, Object> parameters = new LinkedHashMap<>();
        p.parameters().forEach(c -> parameters.put(c.name(), c.unit() == null ? Map.of("value", c.value())
                : Map.of("value", c.value(), "unit", c.unit().fileName())));
        p.newParameters().forEach(n -> parameters.put(n.name(), Map.of("description", n.description(), "unit", n.unit().fileName(),
                "value", n.value(), "new", true)));
        out.put("parameters", parameters);
        out.put("added", p.added());
        out.put("replaced", p.replaced());
        out.put("withdrawn", p.withdrawn());
        out.put("basis", "ASSUMED");
        return out;
    }

    private static Map<String, Object> summary(AmendmentPackage p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("title", p.title());
        out.put("effective", p.effective());
        out.put("source", p.source());
        out.put("changes", p.changes());
        out.put("contentHash", p.contentHash());
        return out;
    }

    @Operation(summary = "Simulate amendments over a CSV register (body)")
    @PostMapping(path = "/api/v1/simulations", consumes = RegisterRequests.TEXT_CSV)
    ResponseEntity<StreamingResponseBody> csv(HttpServletRequest request, @RequestParam(name = "amendment", required = false) List<String> amendment,
            @Parameter(description = "Apply every package as if in force from this date (default: each its effective date)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) throws IOException {
        return register(request.getInputStream(), RegisterRequests.csvOptions(request), packages(amendment, null), inForceFrom, asOf,
                Languages.pick(lang, acceptLanguage), format(format, accept));
    }

    @Operation(summary = "Simulate amendments over an .xlsx register (body)")
    @PostMapping(path = "/api/v1/simulations", consumes = RegisterRequests.XLSX)
    ResponseEntity<StreamingResponseBody> xlsx(HttpServletRequest request, @RequestParam(name = "amendment", required = false) List<String> amendment,
            @RequestParam(required = false) String sheet,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) throws IOException {
        return register(request.getInputStream(), new Registers.Options(null, sheet, true), packages(amendment, null), inForceFrom, asOf,
                Languages.pick(lang, acceptLanguage), format(format, accept));
    }

    @Operation(summary = "Simulate amendments over an upload: part 'file' (CSV or .xlsx), and optionally part 'package', a drafter's "
            + "own package (parameter changes and withdrawals only: no rules)")
    @PostMapping(path = "/api/v1/simulations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<StreamingResponseBody> upload(@RequestPart("file") MultipartFile file, @RequestPart(name = "package", required = false) MultipartFile pkg,
            @RequestParam(name = "amendment", required = false) List<String> amendment,
            @RequestParam(required = false) String sheet, @RequestParam(required = false) String encoding,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) throws IOException {
        return register(file.getInputStream(), RegisterRequests.uploadOptions(file, sheet, encoding), packages(amendment, pkg), inForceFrom,
                asOf, Languages.pick(lang, acceptLanguage), format(format, accept));
    }

    @Operation(summary = "Simulate amendments over a JSON array of cases")
    @PostMapping(path = "/api/v1/simulations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> json(HttpServletRequest request, @RequestParam(name = "amendment", required = false) List<String> amendment,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) throws IOException {
        List<AmendmentPackage> chosen = packages(amendment, null);
        Path spooled = registers.spool(request.getInputStream());
        try {
            if (Files.size(spooled) == 0) {
                throw new Problems.BadRequestException("the body is empty");
            }
            AmendedStandard<Case> amended = catalogue.apply(chosen, inForceFrom);
            JsonCases.FileReader<Case> reader = registers.openJson(spooled);
            return started(simulations.start(amended, reader, reader, spooled, -1, Map.of("format", "json"), day(asOf),
                    Languages.pick(lang, acceptLanguage), format(format, accept), caller().name(), seesCaseKeys()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
    }

    @Operation(summary = "Simulate amendments over each centre's latest stored run as of the date, pooled (DRAFTER): aggregates and "
            + "flips, changed cases numbered, never keyed")
    @PostMapping(path = "/api/v1/simulations/stored")
    ResponseEntity<StreamingResponseBody> stored(@RequestParam(name = "amendment", required = false) List<String> amendment,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String format,
            @RequestHeader(value = "Accept", required = false) String accept,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) throws IOException {
        AmendedStandard<Case> amended = catalogue.apply(packages(amendment, null), inForceFrom);
        kz.socialservices.checker.api.runs.PooledRegisters pooled = runs.latestRegisters(day(asOf));
        trail.record(caller().name(), "simulated-stored", String.join(",", pooled.runIds()), "asOf=" + day(asOf) + " amendment=" + amendment);
        return started(simulations.start(amended, pooled, pooled, null, -1, Map.of("format", "stored runs"), day(asOf),
                Languages.pick(lang, acceptLanguage), format(format, accept), caller().name(), false));
    }

    @Operation(summary = "A simulation's status: running, done or failed, with its progress and, when done, where its result is")
    @GetMapping(path = "/api/v1/simulations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> status(@PathVariable String id) {
        return job(id).status();
    }

    @Operation(summary = "A simulation's result, in the format asked for when it was started")
    @GetMapping(path = "/api/v1/simulations/{id}/result")
    ResponseEntity<StreamingResponseBody> result(@PathVariable String id) {
        SimulationService.Job job = job(id);
        if (job.state() == SimulationService.State.running) {
            throw new Problems.NotReadyException("the simulation is still running; its status is /api/v1/simulations/" + id);
        }
        if (job.state() == SimulationService.State.failed) {
            throw new IllegalStateException("simulation failed");
        }
        Path file = job.result();
        return ResponseEntity.ok().contentType(mediaType(job.format())).header("X-Simulation-Id", id)
                .body(out -> Files.copy(file, out));
    }

    private SimulationService.Job job(String id) {
        return simulations.find(id).filter(j -> j.owner().equals(caller().name()))
                .orElseThrow(() -> new Problems.NotFoundException("no simulation '" + id + "' (results are kept for a while only)"));
    }

    private static kz.socialservices.checker.api.accounts.Caller caller() {
        return kz.socialservices.checker.api.accounts.Caller.require();
    }

    /** A centre simulates over its own register and sees its case keys; a drafter sees changed cases numbered, never keyed. */
    private static boolean seesCaseKeys() {
        return caller().is(kz.socialservices.checker.api.accounts.Role.CENTRE);
    }

    private ResponseEntity<StreamingResponseBody> register(InputStream body, Registers.Options options, List<AmendmentPackage> chosen, LocalDate inForceFrom,
                                       LocalDate asOf, String lang, SimulationFormat format) throws IOException {
        Path spooled = registers.spool(body);
        try {
            AmendedStandard<Case> amended = catalogue.apply(chosen, inForceFrom); // a package refused: 422, before the register is read
            CsvCaseReader<Case> reader = registers.openRegister(spooled, options); // the register refused whole: 422/400/413
            return started(simulations.start(amended, reader, reader, spooled, reader.dataRows(), reader.detected(), day(asOf), lang, format,
                    caller().name(), seesCaseKeys()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
    }

    /** The result at once when the job finished within the wait, else 202 with the status resource. */
    private ResponseEntity<StreamingResponseBody> started(SimulationService.Job job) {
        String location = "/api/v1/simulations/" + job.id();
        trail.record(caller().name(), "simulated", job.id(), "");
        if (simulations.awaitBriefly(job) && job.state() == SimulationService.State.done) {
            Path file = job.result();
            StreamingResponseBody body = out -> Files.copy(file, out);
            return ResponseEntity.ok().contentType(mediaType(job.format())).header("X-Simulation-Id", job.id())
                    .header("Content-Location", location + "/result").body(body);
        }
        if (job.state() == SimulationService.State.failed) {
            throw new IllegalStateException("simulation failed");
        }
        byte[] status = kz.socialservices.checker.engine.report.JsonReportWriter.MAPPER.writeValueAsBytes(job.status());
        return ResponseEntity.status(HttpStatus.ACCEPTED).header("Location", location).contentType(MediaType.APPLICATION_JSON)
                .body(out -> out.write(status));
    }

    /** The shipped (or administrator's) packages named, and a drafter's own uploaded one. */
    private List<AmendmentPackage> packages(List<String> ids, MultipartFile uploaded) throws IOException {
        List<AmendmentPackage> out = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            for (String one : id.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                out.add(catalogue.find(one.strip()).orElseThrow(() -> new Problems.BadRequestException("no amendment package '"
                        + one.strip() + "'; offered are " + catalogue.all().stream().map(AmendmentPackage::id).toList())));
            }
        }
        if (uploaded != null && !uploaded.isEmpty()) {
            String name = uploaded.getOriginalFilename() == null ? "package.yaml" : Path.of(uploaded.getOriginalFilename()).getFileName().toString();
            out.add(DvStandard.uploadedAmendment(new String(uploaded.getBytes(), StandardCharsets.UTF_8), name));
        }
        return out;
    }

    static SimulationFormat format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            try {
                return SimulationFormat.valueOf(format.strip());
            } catch (IllegalArgumentException e) {
                throw new Problems.BadRequestException("format must be json, csv or text");
            }
        }
        String a = accept == null ? "" : accept;
        return a.contains("text/csv") ? SimulationFormat.csv : a.contains("text/plain") ? SimulationFormat.text : SimulationFormat.json;
    }

    private static MediaType mediaType(SimulationFormat f) {
        return f == SimulationFormat.json ? MediaType.APPLICATION_JSON : new MediaType(MediaType.parseMediaType(f.mediaType()), StandardCharsets.UTF_8);
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(zone);
    }
}
