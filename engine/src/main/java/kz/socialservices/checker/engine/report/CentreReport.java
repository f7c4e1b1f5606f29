package kz.socialservices.checker.engine.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.evaluation.CaseResult;

/**
 * A centre's run as its director and an inspector read it (the centre page and the inspection pack):
 * what is not compliant (most severe first), what is overdue and what falls due (soonest first),
 * what data to complete, with counts by severity and requirement. Only those three kinds of finding
 * are kept; a compliant or not applicable one is counted in the run summary alone.
 */
public final class CentreReport implements ReportWriter {

    /** One finding of one case, as the centre sent the case's key and centre. */
    public record Line(String caseId, String centreId, Finding finding) {
        /** An open duty past its deadline: not done, due date gone (as opposed to done late, or closed without it). */
        public boolean overdue() {
            return finding.verdict() == Verdict.NON_COMPLIANT && "missed".equals(finding.evidence().get("reason"));
        }
    }

    private final LocalDate asOf;
    private final List<Line> nonCompliant = new ArrayList<>();
    private final List<Line> pending = new ArrayList<>();
    private final List<Line> undetermined = new ArrayList<>();
    private final TreeSet<String> centres = new TreeSet<>();
    private RunSummary summary;
    private Provenance provenance;

    public CentreReport(LocalDate asOf) {
        this.asOf = asOf;
    }

    @Override
    public void result(CaseResult result) {
        if (result.centreId() != null && !result.centreId().isBlank()) {
            centres.add(result.centreId());
        }
        for (Finding f : result.findings()) {
            Line line = new Line(result.caseId(), result.centreId(), f);
            switch (f.verdict()) {
                case NON_COMPLIANT -> nonCompliant.add(line);
                case PENDING -> pending.add(line);
                case UNDETERMINED -> undetermined.add(line);
                default -> { }
            }
        }
    }

    @Override
    public void finish(RunSummary summary, Provenance provenance) {
        this.summary = summary;
        this.provenance = provenance;
        nonCompliant.sort(Comparator.comparing((Line l) -> l.finding().severity()).thenComparing(l -> l.finding().requirement())
                .thenComparing(Line::caseId));
        pending.sort(Comparator.comparing((Line l) -> l.finding().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::caseId));
        undetermined.sort(Comparator.comparing(Line::caseId).thenComparing(l -> l.finding().requirement()));
    }

    @Override
    public void close() {
    }

    public LocalDate asOf() {
        return asOf;
    }

    public RunSummary summary() {
        return summary;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** The centres the register's cases name, in order. */
    public List<String> centres() {
        return List.copyOf(centres);
    }

    /** Non-compliant findings, most severe first, then by requirement and case. */
    public List<Line> nonCompliant() {
        return nonCompliant;
    }

    /** Open duties past their deadline, the longest overdue first. */
    public List<Line> overdue() {
        return nonCompliant.stream().filter(Line::overdue)
                .sorted(Comparator.comparing((Line l) -> l.finding().dueDate(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Duties not yet due, the soonest first. */
    public List<Line> pending() {
        return pending;
    }

    /** Findings that need data, by case. */
    public List<Line> undetermined() {
        return undetermined;
    }

    /** Non-compliant findings per severity, most severe first (every severity, zero where none). */
    public Map<Severity, Long> bySeverity() {
        Map<Severity, Long> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0L);
        }
        nonCompliant.forEach(l -> out.merge(l.finding().severity(), 1L, Long::sum));
        return out;
    }

    /** Non-compliant findings per requirement, in the run summary's (catalogue) order, those with any. */
    public Map<String, Long> nonCompliantByRequirement() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        summary.byRequirement().forEach((id, counts) -> {
            long n = counts.getOrDefault(Verdict.NON_COMPLIANT, 0L);
            if (n > 0) {
                out.put(id, n);
            }
        });
        return out;
    }

    /** Non-compliant findings grouped by requirement, in catalogue order. */
    public Map<String, List<Line>> nonCompliantGrouped() {
        Map<String, List<Line>> out = new java.util.LinkedHashMap<>();
        summary.byRequirement().keySet().forEach(id -> out.put(id, new ArrayList<>()));
        nonCompliant.forEach(l -> out.computeIfAbsent(l.finding().requirement(), k -> new ArrayList<>()).add(l));
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /** Per missing field, the findings waiting for it. */
    public Map<String, Long> missingFields() {
        Map<String, Long> out = new TreeMap<>();
        undetermined.forEach(l -> l.finding().missingFields().forEach(m -> out.merge(m, 1L, Long::sum)));
        return out;
    }
}
