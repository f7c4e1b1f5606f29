package kz.socialservices.checker.api.simulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.socialservices.checker.api.evaluation.RegisterRequests;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import kz.socialservices.checker.engine.simulation.ParameterSweep;
import kz.socialservices.checker.engine.simulation.SweepExports;
import kz.socialservices.checker.standard.Case;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/simulations/sweep?sweep=assessment.deadline_days=1..14}: a register (CSV or
 * .xlsx body, or an upload) judged once per value of a numeric parameter, in one pass; the compliance
 * rate of the requirements it touches, nationally and per centre, region and ownership, per value.
 */
@RestController
@Tag(name = "simulations", description = "Simulate amendments of the standard over a register")
class SweepController {

    private static final String SWEEP = "A numeric parameter and an inclusive range, parameter=from..to (e.g. assessment.deadline_days=1..14)";
    private static final String FROM = "The date the swept value applies from (earlier anchors keep the current value); default: "
            + "the first edition, so every case is judged under it";

    private final SweepService sweeps;
    private final ZoneId zone;

    SweepController(SweepService sweeps, ZoneId checkerZone) {
        this.sweeps = sweeps;
        this.zone = checkerZone;
    }

    @Operation(summary = "Sweep a parameter over a CSV register (body)")
    @PostMapping(path = "/api/v1/simulations/sweep", consumes = RegisterRequests.TEXT_CSV)
    ResponseEntity<byte[]> csv(HttpServletRequest request, @Parameter(description = SWEEP) @RequestParam String sweep,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String format, @RequestHeader(value = "Accept", required = false) String accept) throws IOException {
        return answer(request.getInputStream(), RegisterRequests.csvOptions(request), sweep, inForceFrom, asOf, format, accept);
    }

    @Operation(summary = "Sweep a parameter over an .xlsx register (body)")
    @PostMapping(path = "/api/v1/simulations/sweep", consumes = RegisterRequests.XLSX)
    ResponseEntity<byte[]> xlsx(HttpServletRequest request, @Parameter(description = SWEEP) @RequestParam String sweep,
            @RequestParam(required = false) String sheet,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String format, @RequestHeader(value = "Accept", required = false) String accept) throws IOException {
        return answer(request.getInputStream(), new Registers.Options(null, sheet, true), sweep, inForceFrom, asOf, format, accept);
    }

    @Operation(summary = "Sweep a parameter over an upload: part 'file' (CSV or .xlsx)")
    @PostMapping(path = "/api/v1/simulations/sweep", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<byte[]> upload(@RequestPart("file") MultipartFile file, @Parameter(description = SWEEP) @RequestParam String sweep,
            @RequestParam(required = false) String sheet, @RequestParam(required = false) String encoding,
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String format, @RequestHeader(value = "Accept", required = false) String accept) throws IOException {
        return answer(file.getInputStream(), RegisterRequests.uploadOptions(file, sheet, encoding), sweep, inForceFrom, asOf, format, accept);
    }

    private ResponseEntity<byte[]> answer(InputStream body, Registers.Options options, String spec, LocalDate inForceFrom, LocalDate asOf,
                                          String format, String accept) throws IOException {
        ParameterSweep<Case> sweep = sweeps.prepare(spec, inForceFrom); // a wrong sweep: 400 before the body is read
        SimulationFormat f = SimulationController.format(format, accept);
        Path spooled = sweeps.spool(body);
        try {
            ParameterSweep.SweepResult result = sweeps.run(sweep, spooled, options, asOf != null ? asOf : LocalDate.now(zone), n -> { });
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            if (f == SimulationFormat.json) {
                JsonReportWriter.MAPPER.writeValue(out, SweepExports.json(result));
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
            }
            try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                if (f == SimulationFormat.csv) {
                    SweepExports.csv(result, w);
                } else {
                    SweepExports.text(result, w);
                }
            }
            return ResponseEntity.ok().contentType(new MediaType(MediaType.parseMediaType(f.mediaType()), StandardCharsets.UTF_8))
                    .body(out.toByteArray());
        } finally {
            Files.deleteIfExists(spooled);
        }
    }
}
