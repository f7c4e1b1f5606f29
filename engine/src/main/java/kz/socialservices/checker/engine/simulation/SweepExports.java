package kz.socialservices.checker.engine.simulation;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.simulation.ParameterSweep.SweepResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A sweep's figures as JSON (one curve per group kind, group and requirement, the touched requirements
 * pooled as requirement {@code null}), CSV (one row per curve point, formula-safe) or a text table of
 * the national and per-ownership pooled rates. Figures only: a sweep names no case.
 */
public final class SweepExports {

    public static final List<String> CSV_HEADER = List.of("parameter", "kind", "group", "requirement", "value", "compliant",
            "non_compliant", "rate");

    private SweepExports() {
    }

    /** The sweep as the API answers it and {@code simulate --sweep --format json} prints it. */
    public static Map<String, Object> json(SweepResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("parameter", r.range().parameter());
        out.put("from", r.range().from());
        out.put("to", r.range().to());
        out.put("currentValue", r.currentValue() == null ? null : r.currentValue().value());
        out.put("appliedFrom", r.appliedFrom());
        out.put("requirements", r.requirements());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rowsRead", r.rows().rowsRead());
        summary.put("rowsEvaluated", r.rows().rowsEvaluated());
        summary.put("rowsRejected", r.rows().rowsRejected());
        summary.put("errorCount", r.rows().errorCount());
        summary.put("errors", r.rows().errors());
        out.put("summary", summary);
        List<Map<String, Object>> curves = new ArrayList<>();
        for (String kind : kinds()) {
            for (String group : r.groups(kind)) {
                for (String requirement : requirementsAndPooled(r)) {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("kind", kind);
                    c.put("group", group);
                    c.put("requirement", requirement);
                    c.put("current", point(r.current(kind, group, requirement)));
                    c.put("points", r.curve(kind, group, requirement).stream().map(SweepExports::point).toList());
                    curves.add(c);
                }
            }
        }
        out.put("curves", curves);
        out.put("provenance", r.provenance());
        return out;
    }

    private static Map<String, Object> point(SweepResult.Point p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("value", p.value() < 0 ? null : p.value());
        out.put("compliant", p.compliant());
        out.put("nonCompliant", p.nonCompliant());
        out.put("rate", p.rate());
        return out;
    }

    public static void csv(SweepResult r, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get().print(out);
        for (String kind : kinds()) {
            for (String group : r.groups(kind)) {
                for (String requirement : requirementsAndPooled(r)) {
                    for (SweepResult.Point p : r.curve(kind, group, requirement)) {
                        csv.printRecord(java.util.stream.Stream.of(r.range().parameter(), kind, group, requirement == null ? "" : requirement,
                                String.valueOf(p.value()), String.valueOf(p.compliant()), String.valueOf(p.nonCompliant()),
                                p.rate() == null ? "" : String.format(Locale.ROOT, "%.4f", p.rate())).map(CsvFindingsWriter::defuse).toList());
                    }
                }
            }
        }
        csv.flush();
    }

    /** A table: one line per value, the pooled rate nationally and per ownership, and per touched requirement nationally. */
    public static void text(SweepResult r, Writer out) throws IOException {
        List<String> ownerships = r.groups("ownership");
        out.write("Sweep of " + r.range().parameter() + " over " + r.range().from() + ".." + r.range().to() + ", applied from "
                + r.appliedFrom() + " (every value a proposal, basis ASSUMED); current value "
                + (r.currentValue() == null ? "none" : r.currentValue().value()) + "\n");
        out.write("Requirements reading it: " + String.join(", ", r.requirements()) + "; compliance rate = C / (C + NC)\n");
        out.write(String.format(Locale.ROOT, "%d rows read, %d judged, %d rejected%n%n", r.rows().rowsRead(), r.rows().rowsEvaluated(),
                r.rows().rowsRejected()));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%6s %9s", "value", "national"));
        ownerships.forEach(o -> head.append(String.format(Locale.ROOT, " %9s", cut(o))));
        r.requirements().forEach(q -> head.append(String.format(Locale.ROOT, " %9s", cut(q))));
        out.write(head + "\n");
        List<SweepResult.Point> national = r.curve("all", "", null);
        for (int i = 0; i < national.size(); i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%6d %9s", national.get(i).value(), pct(national.get(i))));
            for (String o : ownerships) {
                line.append(String.format(Locale.ROOT, " %9s", pct(r.curve("ownership", o, null).get(i))));
            }
            for (String q : r.requirements()) {
                line.append(String.format(Locale.ROOT, " %9s", pct(r.curve("all", "", q).get(i))));
            }
            out.write(line + "\n");
        }
        for (double target : new double[] {0.9, 0.95}) {
            Integer v = r.firstReaching("all", "", target);
            out.write(String.format(Locale.ROOT, "%nThe smallest value bringing %.0f%% nationally: %s", target * 100,
                    v == null ? "none in the range" : v.toString()));
        }
        out.write("\n");
        out.flush();
    }

    private static List<String> kinds() {
        List<String> out = new ArrayList<>();
        out.add("all");
        out.addAll(ParameterSweep.GROUPS);
        return out;
    }

    private static List<String> requirementsAndPooled(SweepResult r) {
        List<String> out = new ArrayList<>();
        out.add(null);
        out.addAll(r.requirements());
        return out;
    }

    private static String pct(SweepResult.Point p) {
        return p.rate() == null ? "-" : String.format(Locale.ROOT, "%.1f%%", p.rate() * 100);
    }

    private static String cut(String s) {
        return s.length() <= 9 ? s : s.substring(0, 9);
    }
}
