package kz.socialservices.checker.api.web.pages;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.api.evaluation.Problems;
import kz.socialservices.checker.engine.audit.AuditExports;
import kz.socialservices.checker.engine.audit.AuditReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The ministry's dashboard over the national register: compliance (all requirements together) by
 * centre, region, ownership and year, state against non-state by year, data completeness apart, and a
 * drill-down region -> centres -> requirements; the audit's suppressed cells stay suppressed.
 */
@Controller
class MinistryPages {

    private static final List<String> PLACES = List.of("region", "centre");
    private static final List<String> OWNERSHIP_YEAR = List.of("ownership", "year");

    /** One bar: a group's overall figures (null rate: suppressed or undefined). */
    record Bar(String label, String link, Long cases, Double rate, Double completeness, boolean suppressed) {
        /** The rate as a chart reads it: a percentage, empty when suppressed or undefined (a gap, never zero). */
        public String ratePercent() {
            return Percent.of(rate);
        }

        public String completenessPercent() {
            return Percent.of(completeness);
        }
    }

    private final NationalData national;
    private final ZoneId zone;

    MinistryPages(NationalData national, ZoneId checkerZone) {
        this.national = national;
        this.zone = checkerZone;
    }

    private LocalDate day(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(zone);
    }

    @GetMapping("/ministry")
    String dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        LocalDate day = day(asOf);
        model.addAttribute("asOf", day);
        if (national.file().isEmpty()) {
            return "ministry";
        }
        AuditReport places = national.audit(PLACES, day);
        AuditReport owned = national.audit(OWNERSHIP_YEAR, day);
        model.addAttribute("available", true);
        model.addAttribute("minCell", places.audit().minCell());
        model.addAttribute("byRegion", bars(places.grouping("region"), g -> "/ministry/regions/" + segment(g.value()) + "?asOf=" + day));
        model.addAttribute("byCentre", bars(places.grouping("centre"), g -> "/ministry/centres/" + segment(g.value()) + "?asOf=" + day));
        model.addAttribute("byOwnership", bars(owned.grouping("ownership"), g -> null));
        model.addAttribute("byYear", bars(owned.grouping("year"), g -> null));
        // State and non-state side by side, per year.
        Map<String, Map<String, Bar>> crossed = new LinkedHashMap<>();
        for (AuditReport.Group g : owned.grouping("ownership|year").groups()) {
            crossed.computeIfAbsent(g.values().get("year"), y -> new LinkedHashMap<>()).put(g.values().get("ownership"), bar(g, null));
        }
        model.addAttribute("ownershipByYear", crossed);
        model.addAttribute("ownerships", owned.grouping("ownership").groups().stream().map(AuditReport.Group::value).toList());
        model.addAttribute("input", places.input());
        return "ministry";
    }

    @GetMapping("/ministry/regions/{region}")
    String region(@PathVariable String region, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  Model model) {
        LocalDate day = day(asOf);
        AuditReport places = national.audit(PLACES, day);
        List<Bar> centres = new ArrayList<>();
        for (AuditReport.Group g : places.grouping("region|centre").groups()) {
            if (region.equals(g.values().get("region"))) {
                Bar b = bar(g, "/ministry/centres/" + segment(g.values().get("centre")) + "?asOf=" + day);
                centres.add(new Bar(g.values().get("centre"), b.link(), b.cases(), b.rate(), b.completeness(), b.suppressed()));
            }
        }
        if (centres.isEmpty()) {
            throw new Problems.NotFoundException("no region " + region + " in the national register");
        }
        model.addAttribute("asOf", day);
        model.addAttribute("region", region);
        model.addAttribute("centres", centres);
        return "ministry-region";
    }

    @GetMapping("/ministry/centres/{centre}")
    String centre(@PathVariable String centre, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  Model model) {
        LocalDate day = day(asOf);
        AuditReport places = national.audit(PLACES, day);
        AuditReport.Group group = places.grouping("centre").groups().stream().filter(g -> g.value().equals(centre)).findFirst()
                .orElseThrow(() -> new Problems.NotFoundException("no centre " + centre + " in the national register"));
        String region = places.grouping("region|centre").groups().stream().filter(g -> centre.equals(g.values().get("centre")))
                .map(g -> g.values().get("region")).findFirst().orElse("");
        model.addAttribute("asOf", day);
        model.addAttribute("centre", centre);
        model.addAttribute("region", region);
        model.addAttribute("requirements", group.requirements().stream().filter(r -> !AuditReport.ALL.equals(r.requirement())).toList());
        return "ministry-centre";
    }

    @GetMapping("/ministry/export.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(defaultValue = "region") String by,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        AuditReport report = export(by, day(asOf));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-" + by + ".csv").build().toString())
                .body(out -> {
                    OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    AuditExports.csv(report, w);
                    w.flush();
                });
    }

    @GetMapping("/ministry/export.json")
    ResponseEntity<StreamingResponseBody> json(@RequestParam(defaultValue = "region") String by,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        AuditReport report = export(by, day(asOf));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit-" + by + ".json").build().toString())
                .body(out -> AuditExports.json(report, out, true));
    }

    private AuditReport export(String by, LocalDate day) {
        return switch (by) {
            case "region", "centre" -> national.audit(PLACES, day);
            case "ownership", "year" -> national.audit(OWNERSHIP_YEAR, day);
            default -> throw new Problems.BadRequestException("by must be region, centre, ownership or year");
        };
    }

    private static String segment(String value) {
        return org.springframework.web.util.UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }

    private static List<Bar> bars(AuditReport.Grouping grouping, java.util.function.Function<AuditReport.Group, String> link) {
        return grouping.groups().stream().map(g -> bar(g, link.apply(g))).toList();
    }

    private static Bar bar(AuditReport.Group g, String link) {
        AuditReport.RequirementFigures all = g.requirements().stream().filter(r -> AuditReport.ALL.equals(r.requirement())).findFirst()
                .orElseThrow();
        return new Bar(g.value(), link, all.cases(), all.complianceRate(), all.dataCompleteness(), !all.suppressed().isEmpty());
    }
}
