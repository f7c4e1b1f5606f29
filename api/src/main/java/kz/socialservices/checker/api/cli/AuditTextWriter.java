package kz.socialservices.checker.api.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.socialservices.checker.engine.audit.AuditReport;
import kz.socialservices.checker.standard.CaseFacts;

/**
 * The audit as the ministry reads it: per grouping, one line per group with all requirements together and
 * its worst requirements; then the compliance rate of each requirement side by side across the groups
 * (state and non-state, as the monitoring note compares them); then plan completion (the note's Table 10)
 * and the exit reasons (Table 11); then the provenance. A suppressed figure reads {@value #SUPPRESSED}.
 */
final class AuditTextWriter {

    static final String SUPPRESSED = "supp.";
    private static final String UNDEFINED = "-";
    /** Beyond this many groups, the requirements side by side would not fit a page: the CSV has them. */
    private static final int SIDE_BY_SIDE_MAX = 20;

    private final PrintWriter out;

    AuditTextWriter(Writer out) {
        this.out = new PrintWriter(out);
    }

    void write(AuditReport report) {
        AuditReport.Settings s = report.audit();
        AuditReport.Input in = report.input();
        out.println("Audit: special social services for victims of domestic violence");
        out.printf(Locale.ROOT, "As of %s, by %s%s. %,d rows read, %,d evaluated, %,d rejected.%n", s.asOf(), String.join(" x ", s.by()),
                s.years() == null ? "" : ", years " + s.years(), in.rowsRead(), in.rowsEvaluated(), in.rowsRejected());
        out.printf("Figures about fewer than %d cases are suppressed (%s), and so is any figure from which one could be "
                + "recomputed; '%s' is a rate with nothing to divide.%n", s.minCell(), SUPPRESSED, UNDEFINED);
        AuditReport.Group total = report.grouping(AuditReport.TOTAL).groups().get(0);
        for (AuditReport.Grouping g : report.groupings()) {
            if (g.grouping().equals(AuditReport.TOTAL)) {
                continue;
            }
            overview(g, total);
            if (g.groups().size() <= SIDE_BY_SIDE_MAX) {
                sideBySide(g, total);
            } else {
                out.println();
                out.printf("(%d groups: each requirement per group is in the CSV, --format csv)%n", g.groups().size());
            }
            planCompletion(g, total);
            exitReasons(g, total);
        }
        provenance(report);
        out.flush();
    }

    private String name(AuditReport.Grouping g) {
        return g.grouping().toUpperCase(Locale.ROOT).replace("|", " x ");
    }

    private void overview(AuditReport.Grouping g, AuditReport.Group total) {
        heading("BY " + name(g) + ": ALL REQUIREMENTS");
        int width = width(g, total);
        out.printf("  %-" + width + "s %8s %11s %13s %8s %9s   %s%n", g.grouping().replace("|", " x "), "cases", "compliance",
                "completeness", "overdue", "due soon", "lowest compliance");
        for (AuditReport.Group group : withTotal(g, total)) {
            AuditReport.RequirementFigures all = group.requirements().get(0);
            String worst = group.worst().stream().map(w -> w.requirement() + " " + percent(w.complianceRate()))
                    .collect(Collectors.joining(", "));
            out.printf("  %-" + width + "s %8s %11s %13s %8s %9s   %s%n", label(group), count(all.cases()),
                    rate(all.complianceRate(), all.suppressed().contains("complianceRate")),
                    rate(all.dataCompleteness(), all.suppressed().contains("dataCompleteness")), count(all.overdue()),
                    count(all.dueSoon()), worst);
        }
    }

    private void sideBySide(AuditReport.Grouping g, AuditReport.Group total) {
        heading("BY " + name(g) + ": COMPLIANCE RATE PER REQUIREMENT");
        List<AuditReport.Group> groups = withTotal(g, total);
        List<Integer> widths = new ArrayList<>();
        StringBuilder header = new StringBuilder(String.format("  %-8s", "req."));
        for (AuditReport.Group group : groups) {
            int w = Math.max(7, label(group).length());
            widths.add(w);
            header.append(String.format(" %" + w + "s", label(group)));
        }
        out.println(header);
        int rows = total.requirements().size();
        for (int k = 1; k < rows; k++) {
            StringBuilder line = new StringBuilder(String.format("  %-8s", total.requirements().get(k).requirement()));
            for (int i = 0; i < groups.size(); i++) {
                AuditReport.RequirementFigures f = groups.get(i).requirements().get(k);
                line.append(String.format(" %" + widths.get(i) + "s", rate(f.complianceRate(), f.suppressed().contains("complianceRate"))));
            }
            out.println(line);
        }
    }

    private void planCompletion(AuditReport.Grouping g, AuditReport.Group total) {
        heading("BY " + name(g) + ": PLAN COMPLETION (measures carried out, of the plans dated in the year; note, Table 10)");
        int width = width(g, total);
        out.printf("  %-" + width + "s %8s %9s %9s %11s%n", g.grouping().replace("|", " x "), "plans", "measures", "done", "completion");
        for (AuditReport.Group group : withTotal(g, total)) {
            AuditReport.IndicatorFigures plans = indicator(group, CaseFacts.PLAN_MEASURES);
            AuditReport.Category done = plans.categories().get(0);
            out.printf("  %-" + width + "s %8s %9s %9s %11s%n", label(group), count(plans.cases()), count(plans.total()),
                    count(done.count()), rate(done.share(), done.suppressed().contains("share")));
        }
    }

    private void exitReasons(AuditReport.Grouping g, AuditReport.Group total) {
        heading("BY " + name(g) + ": EXIT REASONS (share of the year's exits; note, Table 11 and the terminations)");
        int width = width(g, total);
        List<AuditReport.Group> groups = withTotal(g, total);
        List<AuditReport.Category> categories = indicator(total, CaseFacts.EXIT_REASON).categories();
        StringBuilder header = new StringBuilder(String.format("  %-" + width + "s %6s", g.grouping().replace("|", " x "), "exits"));
        for (AuditReport.Category c : categories) {
            header.append(String.format(" %" + Math.max(7, c.category().length()) + "s", c.category()));
        }
        out.println(header);
        for (AuditReport.Group group : groups) {
            AuditReport.IndicatorFigures exits = indicator(group, CaseFacts.EXIT_REASON);
            StringBuilder line = new StringBuilder(String.format("  %-" + width + "s %6s", label(group), count(exits.total())));
            for (AuditReport.Category c : exits.categories()) {
                line.append(String.format(" %" + Math.max(7, c.category().length()) + "s", rate(c.share(), c.suppressed().contains("share"))));
            }
            out.println(line);
        }
    }

    private void provenance(AuditReport report) {
        heading("PROVENANCE");
        var p = report.provenance();
        out.println("    standard:   " + p.standard());
        out.println("    engine:     " + p.engineVersion());
        out.println("    rule set:   " + p.ruleSetHash());
        out.println("    parameters: " + p.parameterHash());
        out.println("    editions:   " + String.join(", ", p.editionsUsed()));
        out.println("    as of:      " + p.asOf());
        if (p.calendar() != null) {
            out.println("    calendar:   " + TextReportWriter.calendar(p.calendar()));
        }
    }

    private static AuditReport.IndicatorFigures indicator(AuditReport.Group group, String name) {
        return group.indicators().stream().filter(i -> i.indicator().equals(name)).findFirst().orElseThrow();
    }

    private static List<AuditReport.Group> withTotal(AuditReport.Grouping g, AuditReport.Group total) {
        List<AuditReport.Group> out = new ArrayList<>(g.groups());
        out.add(total);
        return out;
    }

    private static String label(AuditReport.Group group) {
        return group.values().isEmpty() ? "all" : group.values().values().stream().map(v -> v.isEmpty() ? "(none)" : v)
                .collect(Collectors.joining(" | "));
    }

    private static int width(AuditReport.Grouping g, AuditReport.Group total) {
        return Math.max(g.grouping().length(), withTotal(g, total).stream().mapToInt(x -> label(x).length()).max().orElse(3));
    }

    private static String count(Long v) {
        return v == null ? SUPPRESSED : String.format(Locale.ROOT, "%,d", v);
    }

    private static String rate(Double v, boolean suppressed) {
        return suppressed ? SUPPRESSED : v == null ? UNDEFINED : percent(v);
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private void heading(String title) {
        out.println();
        out.println("== " + title + " ==");
    }
}
