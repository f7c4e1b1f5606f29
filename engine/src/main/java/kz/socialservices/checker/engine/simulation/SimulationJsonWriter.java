package kz.socialservices.checker.engine.simulation;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import tools.jackson.core.JsonGenerator;

/**
 * A simulation as JSON, streamed: {@code {"cases": [...], "summary": {...}, "provenance": {...}}}.
 * Each case lists the findings that change, before and after, each with its verdict, message and
 * evidence; the summary holds the counts and rates; the provenance both sides.
 */
public final class SimulationJsonWriter implements SimulationWriter {

    private final JsonGenerator json;

    public SimulationJsonWriter(OutputStream out, boolean pretty) {
        this.json = JsonReportWriter.generator(out, pretty);
        json.writeStartObject();
        json.writeName("cases");
        json.writeStartArray();
    }

    @Override
    public void changed(CaseDiff diff) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("caseId", diff.caseId());
        c.put("centreId", diff.centreId());
        c.put("dimensions", diff.dimensions());
        c.put("changes", diff.changes().stream().map(ch -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requirement", ch.requirement());
            m.put("transition", ch.transition());
            m.put("before", ch.before());
            m.put("after", ch.after());
            return m;
        }).toList());
        json.writePOJO(c);
    }

    @Override
    public void finish(SimulationSummary summary, SimulationProvenance provenance) {
        JsonReportWriter.end(json, summaryView(summary), provenance);
    }

    /** The summary as JSON shows it: rows, what the amendment changes, flips, and rates before and after. */
    public static Map<String, Object> summaryView(SimulationSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> rows = JsonReportWriter.summaryView(Simulation.rows(s));
        out.put("input", rows.get("input"));
        out.put("rowsRead", s.rowsRead());
        out.put("rowsEvaluated", s.rowsEvaluated());
        out.put("rowsRejected", s.rowsRejected());
        out.put("errorCount", rows.get("errorCount"));
        out.put("errors", rows.get("errors"));
        AmendedStandard<?> a = s.amendment();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("added", a.added());
        changes.put("replaced", a.replaced());
        changes.put("withdrawn", a.withdrawn());
        changes.put("parametersChanged", a.parametersChanged());
        changes.put("judgedAgain", a.standard().catalogue().all().stream().map(r -> r.id()).filter(a.judged()::contains).toList());
        out.put("amendment", changes);
        out.put("casesChanged", s.casesChanged());
        out.put("findingsChanged", s.findingsChanged());
        Map<String, Object> flips = new LinkedHashMap<>();
        flips.put("byRequirement", s.flips());
        s.flipsBy().forEach((kind, byGroup) -> flips.put("by" + capital(kind), byGroup));
        out.put("flips", flips);
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("all", ratesOf(s, "all", ""));
        for (String kind : SimulationSummary.GROUPS) {
            Map<String, Object> byGroup = new LinkedHashMap<>();
            s.groups(kind).forEach(g -> byGroup.put(g, ratesOf(s, kind, g)));
            rates.put("by" + capital(kind), byGroup);
        }
        out.put("rates", rates);
        return out;
    }

    private static Map<String, Object> ratesOf(SimulationSummary s, String kind, String group) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String r : s.requirements()) {
            SimulationSummary.Rates x = s.rates(kind, group, r);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("before", side(x.compliantBefore(), x.nonCompliantBefore(), x.before()));
            m.put("after", side(x.compliantAfter(), x.nonCompliantAfter(), x.after()));
            out.put(r, m);
        }
        return out;
    }

    private static Map<String, Object> side(long c, long nc, Double rate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("compliant", c);
        m.put("nonCompliant", nc);
        m.put("rate", rate);
        return m;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void close() {
        json.close();
    }
}
