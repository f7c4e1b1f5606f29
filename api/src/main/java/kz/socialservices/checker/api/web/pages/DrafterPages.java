package kz.socialservices.checker.api.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.api.evaluation.Problems;
import kz.socialservices.checker.api.evaluation.RegisterRequests;
import kz.socialservices.checker.api.simulation.AmendmentCatalogue;
import kz.socialservices.checker.api.simulation.SimulationFormat;
import kz.socialservices.checker.api.simulation.SimulationService;
import kz.socialservices.checker.api.simulation.SweepService;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.params.Parameter;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import kz.socialservices.checker.engine.simulation.AmendmentRefusedException;
import kz.socialservices.checker.engine.simulation.ParameterSweep;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import kz.socialservices.checker.engine.simulation.SweepExports;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.DvStandard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import kz.socialservices.checker.api.accounts.Caller;

/**
 * The drafter's page: shipped amendments (or an uploaded parameter-only package) simulated over the
 * national register or a file as a job of the simulation service (progress shown while it runs), its
 * flips, rates before and after and memo; and a parameter swept over a range, drawn as a curve.
 */
@Controller
class DrafterPages {

    /** A requirement's rates in a group before and after (null: undefined or none). */
    record RateRow(String kind, String group, String requirement, Double before, Double after) {
        public String beforePercent() {
            return Percent.of(before);
        }

        public String afterPercent() {
            return Percent.of(after);
        }
    }

    /** A sweep's value and its rates nationally and per ownership, as the table and its chart read them. */
    record SweepRow(int value, String national, List<String> byOwnership) {
    }

    private final AmendmentCatalogue catalogue;
    private final SimulationService simulations;
    private final SweepService sweeps;
    private final EvaluationService registers;
    private final NationalData national;
    private final kz.socialservices.checker.api.runs.RunService runs;
    private final kz.socialservices.checker.api.audittrail.AuditTrail trail;
    private final ZoneId zone;

    DrafterPages(AmendmentCatalogue catalogue, SimulationService simulations, SweepService sweeps, EvaluationService registers,
                 NationalData national, kz.socialservices.checker.api.runs.RunService runs,
                 kz.socialservices.checker.api.audittrail.AuditTrail trail, ZoneId checkerZone) {
        this.runs = runs;
        this.trail = trail;
        this.catalogue = catalogue;
        this.simulations = simulations;
        this.sweeps = sweeps;
        this.registers = registers;
        this.national = national;
        this.zone = checkerZone;
    }

    /** The data choice for the drafter's pooled latest stored runs (the other two: "national" and "file"). */
    static final String STORED = "stored";

    @GetMapping("/drafter")
    String form(Model model) {
        model.addAttribute("packages", catalogue.all());
        model.addAttribute("lang", Pages.language());
        model.addAttribute("parameters", sweepable());
        model.addAttribute("asOf", LocalDate.now(zone));
        model.addAttribute("nationalAvailable", national.file().isPresent());
        return "drafter";
    }

    /** The numeric parameters some requirement reads: what a sweep can vary. */
    private List<String> sweepable() {
        var standard = registers.standard();
        List<String> out = new ArrayList<>();
        for (Parameter p : standard.parameters().all()) {
            if (p.unit() != LimitUnit.LIST && standard.catalogue().all().stream().anyMatch(r -> r.parameters().contains(p.name()))) {
                out.add(p.name());
            }
        }
        return out;
    }

    @PostMapping("/drafter/simulations")
    String simulate(@RequestParam(name = "amendment", required = false) List<String> ids,
                    @RequestParam(name = "package", required = false) MultipartFile pkg,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                    @RequestParam(defaultValue = "national") String data, @RequestParam(name = "file", required = false) MultipartFile file,
                    Model model) throws IOException {
        List<AmendmentPackage> chosen = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            catalogue.find(id).ifPresentOrElse(chosen::add, () -> errors.add("no amendment package " + id));
        }
        Path spooled = null;
        try {
            if (pkg != null && !pkg.isEmpty()) {
                chosen.add(DvStandard.uploadedAmendment(new String(pkg.getBytes(), StandardCharsets.UTF_8), "package.yaml"));
            }
            if (chosen.isEmpty() && errors.isEmpty()) {
                errors.add("drafter.nothing");
            }
            if (!errors.isEmpty()) {
                return refused(model, errors);
            }
            AmendedStandard<Case> amended = catalogue.apply(chosen, inForceFrom);
            LocalDate day = asOf != null ? asOf : LocalDate.now(zone);
            Caller caller = Caller.require();
            SimulationService.Job job;
            if (STORED.equals(data)) {
                // the same pooled latest runs as POST /api/v1/simulations/stored, changed cases numbered, never keyed
                kz.socialservices.checker.api.runs.PooledRegisters pooled = runs.latestRegisters(day);
                trail.record(caller.name(), "simulated-stored", String.join(",", pooled.runIds()), "asOf=" + day + " amendment=" + ids);
                job = simulations.start(amended, pooled, pooled, null, -1, Map.of("format", "stored runs"), day, Pages.language(),
                        SimulationFormat.text, caller.name(), false);
            } else {
                Registers.Options options = options(data, file);
                spooled = spool(data, file);
                CsvCaseReader<Case> reader = registers.openRegister(spooled, options);
                job = simulations.start(amended, reader, reader, spooled, reader.dataRows(), reader.detected(), day, Pages.language(),
                        SimulationFormat.text, caller.name(), false);
            }
            return "redirect:/drafter/simulations/" + job.id();
        } catch (AmendmentRefusedException e) {
            Pages.deleteQuietly(spooled);
            return refused(model, e.problems().stream().map(Object::toString).toList());
        } catch (InputRefusedException e) {
            Pages.deleteQuietly(spooled);
            return refused(model, e.errors().stream().limit(20).map(Object::toString).toList());
        } catch (Problems.BadRequestException | Problems.TooLargeException e) {
            Pages.deleteQuietly(spooled);
            return refused(model, List.of(e.getMessage()));
        }
    }

    private String refused(Model model, List<String> errors) {
        form(model);
        model.addAttribute("errors", errors);
        return "drafter";
    }

    private Registers.Options options(String data, MultipartFile file) {
        return "file".equals(data) && file != null && !file.isEmpty() ? RegisterRequests.uploadOptions(file, null, null) : Registers.Options.DETECT;
    }

    /** A copy of the data a job may delete when done: the upload, or the national file. */
    private Path spool(String data, MultipartFile file) throws IOException {
        if ("file".equals(data) && file != null && !file.isEmpty()) {
            return sweeps.spool(file.getInputStream());
        }
        Path source = national.file().orElseThrow(() -> new Problems.BadRequestException("no national file on this server: upload a register"));
        try (InputStream in = Files.newInputStream(source)) {
            return sweeps.spool(in);
        }
    }

    /** The job's status as the API gives it, for the page's progress bar (the API itself takes no session). */
    @GetMapping(path = "/drafter/simulations/{id}/status", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, Object> status(@PathVariable String id) {
        return ownJob(id).status();
    }

    /** A job of this drafter's; another's is not found, as in the API. */
    private SimulationService.Job ownJob(String id) {
        return simulations.find(id).filter(j -> j.owner().equals(Caller.require().name()))
                .orElseThrow(() -> new Problems.NotFoundException("no simulation " + id));
    }

    @GetMapping("/drafter/simulations/{id}")
    String simulation(@PathVariable String id, Model model) throws IOException {
        SimulationService.Job job = ownJob(id);
        model.addAttribute("job", job.status());
        model.addAttribute("id", id);
        if (job.state() != SimulationService.State.done) {
            return "drafter-simulation";
        }
        SimulationSummary s = job.summary();
        model.addAttribute("summary", s);
        model.addAttribute("flips", s.flips());
        List<String> changed = new ArrayList<>(s.flips().keySet());
        // One table and chart per kind of group (national, region, ownership, centre), every changed requirement in each.
        java.util.Map<String, List<RateRow>> rates = new java.util.LinkedHashMap<>();
        for (String kind : List.of("all", "ownership", "region", "centre")) {
            List<RateRow> rows = new ArrayList<>();
            changed.forEach(requirement -> addRates(rows, s, kind, requirement));
            if (!rows.isEmpty()) {
                rates.put(kind, rows);
            }
        }
        model.addAttribute("rates", rates);
        model.addAttribute("memo", Files.readString(job.result(), StandardCharsets.UTF_8));
        return "drafter-simulation";
    }

    private static void addRates(List<RateRow> out, SimulationSummary s, String kind, String requirement) {
        for (String group : s.groups(kind)) {
            SimulationSummary.Rates r = s.rates(kind, group, requirement);
            if (r.before() != null || r.after() != null) {
                out.add(new RateRow(kind, group, requirement, r.before(), r.after()));
            }
        }
    }

    @PostMapping("/drafter/sweep")
    String sweep(@RequestParam String parameter, @RequestParam int from, @RequestParam int to,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                 @RequestParam(defaultValue = "national") String data, @RequestParam(name = "file", required = false) MultipartFile file,
                 Model model) throws IOException {
        Path spooled = null;
        try {
            ParameterSweep<Case> sweep = sweeps.prepare(parameter + "=" + from + ".." + to, inForceFrom);
            spooled = spool(data, file);
            LocalDate day = asOf != null ? asOf : LocalDate.now(zone);
            ParameterSweep.SweepResult result = sweeps.run(sweep, spooled, options(data, file), day, n -> { });
            Map<String, Object> json = SweepExports.json(result);
            model.addAttribute("sweep", json);
            List<String> ownerships = result.groups("ownership");
            List<ParameterSweep.SweepResult.Point> national = result.curve("all", "", null);
            List<SweepRow> rows = new ArrayList<>();
            for (int i = 0; i < national.size(); i++) {
                int at = i;
                rows.add(new SweepRow(national.get(i).value(), Percent.of(national.get(i).rate()),
                        ownerships.stream().map(o -> Percent.of(result.curve("ownership", o, null).get(at).rate())).toList()));
            }
            model.addAttribute("ownerships", ownerships);
            model.addAttribute("rows", rows);
            model.addAttribute("asOf", day);
            return "drafter-sweep";
        } catch (Problems.BadRequestException | Problems.TooLargeException e) {
            return refused(model, List.of(e.getMessage()));
        } catch (InputRefusedException e) {
            return refused(model, e.errors().stream().limit(20).map(Object::toString).toList());
        } finally {
            Pages.deleteQuietly(spooled);
        }
    }
}
