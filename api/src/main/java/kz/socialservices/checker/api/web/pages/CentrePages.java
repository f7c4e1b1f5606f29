package kz.socialservices.checker.api.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kz.socialservices.checker.api.accounts.Caller;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.api.runs.RunService;
import kz.socialservices.checker.api.evaluation.Problems;
import kz.socialservices.checker.api.evaluation.RegisterRequests;
import kz.socialservices.checker.api.pack.PackService;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.report.CentreReport;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.XlsxFindingsWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The centre's page: a register uploaded (or the sample), checked as of a date, its report with
 * filters, and downloads (CSV, .xlsx, the inspection pack); over the same services as the API.
 */
@Controller
class CentrePages {

    private static final String SAMPLE = "/static/sample/centre-register.csv";

    private final PackService packs;
    private final EvaluationService evaluations;
    private final CentreRuns runs;
    private final RunService stored;
    private final ZoneId zone;

    CentrePages(PackService packs, EvaluationService evaluations, CentreRuns runs, RunService stored, ZoneId checkerZone) {
        this.stored = stored;
        this.packs = packs;
        this.evaluations = evaluations;
        this.runs = runs;
        this.zone = checkerZone;
    }

    @GetMapping("/centre")
    String form(Model model) {
        model.addAttribute("asOf", LocalDate.now(zone));
        earlierRuns(model);
        return "centre";
    }

    @PostMapping("/centre")
    String check(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(name = "sample", required = false) String sample,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) throws IOException {
        LocalDate day = asOf != null ? asOf : LocalDate.now(zone);
        model.addAttribute("asOf", day);
        Caller caller = Caller.require();
        boolean useSample = sample != null || file == null || file.isEmpty();
        Path spooled = null;
        try {
            InputStream body = useSample ? CentrePages.class.getResourceAsStream(SAMPLE) : file.getInputStream();
            spooled = packs.spool(body);
            Registers.Options options = useSample ? Registers.Options.DETECT : RegisterRequests.uploadOptions(file, null, null);
            CentreReport report = packs.report(spooled, options, day, Pages.language(), caller.centreId());
            return "redirect:/centre/runs/" + runs.add(caller.name(), spooled, options, day, report).id();
        } catch (InputRefusedException e) {
            Pages.deleteQuietly(spooled);
            model.addAttribute("errors", e.errors().stream().limit(20).map(Object::toString).toList());
            earlierRuns(model);
            return "centre";
        } catch (Problems.BadRequestException | Problems.TooLargeException | Problems.TimeoutException e) {
            Pages.deleteQuietly(spooled);
            model.addAttribute("errors", List.of(e.getMessage()));
            earlierRuns(model);
            return "centre";
        }
    }

    @GetMapping("/centre/runs/{id}")
    String report(@PathVariable String id, @RequestParam(required = false) String requirement,
                  @RequestParam(required = false) String verdict, @RequestParam(name = "stored", required = false) String storedId,
                  Model model) throws IOException {
        CentreRuns.Run run = run(id);
        CentreReport report = reportIn(run, Pages.language());
        String lang = Pages.language();
        model.addAttribute("storedId", storedId);
        earlierRuns(model);
        model.addAttribute("run", run);
        model.addAttribute("report", report);
        model.addAttribute("asOf", run.asOf());
        model.addAttribute("labels", evaluations.standard().messages().labels());
        model.addAttribute("lang", lang);
        model.addAttribute("requirements", report.summary().byRequirement().keySet());
        model.addAttribute("verdicts", List.of(Verdict.NON_COMPLIANT, Verdict.PENDING, Verdict.UNDETERMINED));
        model.addAttribute("requirement", requirement == null ? "" : requirement);
        model.addAttribute("verdict", verdict == null ? "" : verdict);
        List<CentreReport.Line> lines = new java.util.ArrayList<>();
        lines.addAll(report.nonCompliant());
        lines.addAll(report.pending());
        lines.addAll(report.undetermined());
        model.addAttribute("findings", lines.stream()
                .filter(l -> requirement == null || requirement.isBlank() || l.finding().requirement().equals(requirement))
                .filter(l -> verdict == null || verdict.isBlank() || l.finding().verdict().name().equals(verdict))
                .toList());
        return "centre-report";
    }

    /** Stores the checked register as a run, through the same service as POST /api/v1/runs. */
    @PostMapping("/centre/runs/{id}/store")
    String store(@PathVariable String id) throws IOException {
        CentreRuns.Run run = run(id);
        RunService.Run kept = stored.store(Caller.require(), run.register(), run.options(), run.asOf(), Pages.language());
        return "redirect:/centre/runs/" + id + "?stored=" + kept.id();
    }

    /** The centre's stored runs, latest first, and what changed from the one before the latest to the latest. */
    private void earlierRuns(Model model) {
        Caller caller = Caller.require();
        List<RunService.Run> earlier = stored.list(caller, null, 0, 20).items();
        model.addAttribute("earlierRuns", earlier);
        if (earlier.size() >= 2) {
            model.addAttribute("changes", stored.changes(caller, earlier.get(1).id(), earlier.get(0).id()));
        }
    }

    /** The run's report with its messages in the language now chosen. */
    private CentreReport reportIn(CentreRuns.Run run, String lang) throws IOException {
        return run.report().provenance().language().equals(lang) ? run.report()
                : packs.report(run.register(), run.options(), run.asOf(), lang, Caller.require().centreId());
    }

    @GetMapping("/centre/runs/{id}/pack.pdf")
    ResponseEntity<byte[]> pack(@PathVariable String id) throws IOException {
        CentreRuns.Run run = run(id);
        String lang = Pages.language();
        CentreReport report = reportIn(run, lang);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("inspection-pack-" + run.asOf() + "-" + lang + ".pdf").build().toString())
                .body(packs.pdf(report, lang));
    }

    @GetMapping("/centre/runs/{id}/findings.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String id) {
        CentreRuns.Run run = run(id);
        String lang = Pages.language();
        return download(run, "findings-" + run.asOf() + ".csv", "text/csv;charset=UTF-8",
                out -> new CsvFindingsWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), lang);
    }

    @GetMapping("/centre/runs/{id}/findings.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable String id) {
        CentreRuns.Run run = run(id);
        return download(run, "findings-" + run.asOf() + ".xlsx", RegisterRequests.XLSX, XlsxFindingsWriter::new, Pages.language());
    }

    private interface Writers {
        ReportWriter open(java.io.OutputStream out) throws IOException;
    }

    private ResponseEntity<StreamingResponseBody> download(CentreRuns.Run run, String name, String type, Writers writers, String lang) {
        String centre = Caller.require().centreId(); // read here: the body is written on another thread
        StreamingResponseBody body = out -> {
            try (ReportWriter w = writers.open(out)) {
                evaluations.run(evaluations.evaluator(), run.register(), run.options(), run.asOf(), lang, UUID.randomUUID().toString(), w,
                        RunService.ownCentreOnly(centre));
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString()).body(body);
    }

    private CentreRuns.Run run(String id) {
        return runs.find(id, Caller.require().name()).orElseThrow(() -> new Problems.NotFoundException("no such run (checked registers are kept for a while only)"));
    }
}
