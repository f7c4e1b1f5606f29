package kz.socialservices.checker.engine.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.report.RunSummary;

/**
 * What a simulation counted: rows read, judged and rejected (the current text's {@link RunSummary});
 * the findings that change, per transition (e.g. {@code NON_COMPLIANT->COMPLIANT}) per requirement,
 * and per centre, region and ownership; and compliance rates before and after, as the audit figures
 * define them: C / (C + NC), undefined (null) when C + NC = 0.
 */
public final class SimulationSummary {

    /** The groups figures are given for, with the case dimension each reads (the centre is the case's own). */
    public static final List<String> GROUPS = List.of("centre", "region", "ownership");

    private final RunSummary current;
    private final RunSummary amended;
    private final List<String> requirements;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final AmendedStandard<?> amendment;
    private long casesChanged;
    private long findingsChanged;
    /** Per requirement: transition -> count. */
    private final Map<String, Map<String, Long>> flips = new TreeMap<>();
    /** Per group kind, per group value, per requirement: transition -> count. */
    private final Map<String, Map<String, Map<String, Map<String, Long>>>> flipsBy = new LinkedHashMap<>();
    /** Per group kind ("all" too), per group value: C before, NC before, C after, NC after, by requirement index. */
    private final Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();

    /** @param requirements the ids of both sides, in the order figures list them */
    SimulationSummary(List<String> requirements, AmendedStandard<?> amendment) {
        this.requirements = List.copyOf(requirements);
        for (int i = 0; i < requirements.size(); i++) {
            index.put(requirements.get(i), i);
        }
        this.amendment = amendment;
        this.current = new RunSummary(amendment.base().catalogue().all().stream().map(r -> r.id()).toList());
        this.amended = new RunSummary(amendment.standard().catalogue().all().stream().map(r -> r.id()).toList());
        counts.put("all", new TreeMap<>());
        for (String g : GROUPS) {
            counts.put(g, new TreeMap<>());
            flipsBy.put(g, new TreeMap<>());
        }
    }

    RunSummary currentSide() {
        return current;
    }

    RunSummary amendedSide() {
        return amended;
    }

    /** One case's findings on both sides (each in its catalogue's order), its changes already found. */
    void counted(String centre, Map<String, String> dimensions, List<Finding> before, List<Finding> after, List<FindingChange> changes) {
        String[] groups = {"", centre == null ? "" : centre, dimensions.getOrDefault("region", ""), dimensions.getOrDefault("ownership", "")};
        long[][] cells = new long[groups.length][];
        int k = 0;
        for (Map<String, long[]> byValue : counts.values()) {
            cells[k] = byValue.computeIfAbsent(groups[k], g -> new long[requirements.size() * 4]);
            k++;
        }
        for (Finding f : before) {
            add(cells, f, 0);
        }
        for (Finding f : after) {
            add(cells, f, 2);
        }
        if (changes.isEmpty()) {
            return;
        }
        casesChanged++;
        findingsChanged += changes.size();
        for (FindingChange c : changes) {
            String t = c.transition();
            flips.computeIfAbsent(c.requirement(), r -> new TreeMap<>()).merge(t, 1L, Long::sum);
            for (int g = 0; g < GROUPS.size(); g++) {
                flipsBy.get(GROUPS.get(g)).computeIfAbsent(groups[g + 1], v -> new TreeMap<>())
                        .computeIfAbsent(c.requirement(), r -> new TreeMap<>()).merge(t, 1L, Long::sum);
            }
        }
    }

    private void add(long[][] cells, Finding f, int offset) {
        int at = f.verdict() == Verdict.COMPLIANT ? 0 : f.verdict() == Verdict.NON_COMPLIANT ? 1 : -1;
        if (at < 0) {
            return;
        }
        int i = index.get(f.requirement()) * 4 + offset + at;
        for (long[] cell : cells) {
            cell[i]++;
        }
    }

    public long rowsRead() {
        return current.rowsRead();
    }

    public long rowsEvaluated() {
        return current.rowsEvaluated();
    }

    public long rowsRejected() {
        return current.rowsRejected();
    }

    public long casesChanged() {
        return casesChanged;
    }

    public long findingsChanged() {
        return findingsChanged;
    }

    public AmendedStandard<?> amendment() {
        return amendment;
    }

    public List<String> requirements() {
        return requirements;
    }

    /** Per requirement that changes anywhere: transition -> count. */
    public Map<String, Map<String, Long>> flips() {
        return flips;
    }

    /** Per group kind ({@link #GROUPS}), per group, per requirement: transition -> count. */
    public Map<String, Map<String, Map<String, Map<String, Long>>>> flipsBy() {
        return flipsBy;
    }

    /** A requirement's compliance before and after, for a group ({@code all} with group "", or one of {@link #GROUPS}). */
    public Rates rates(String kind, String group, String requirement) {
        long[] cell = counts.get(kind).get(group);
        if (cell == null) {
            return new Rates(0, 0, 0, 0);
        }
        int i = index.get(requirement) * 4;
        return new Rates(cell[i], cell[i + 1], cell[i + 2], cell[i + 3]);
    }

    /** The groups of a kind that had cases, in order. */
    public List<String> groups(String kind) {
        return List.copyOf(counts.get(kind).keySet());
    }

    /** C and NC before and after, and the compliance rates they give (null: undefined, no C or NC). */
    public record Rates(long compliantBefore, long nonCompliantBefore, long compliantAfter, long nonCompliantAfter) {
        public Double before() {
            return rate(compliantBefore, nonCompliantBefore);
        }

        public Double after() {
            return rate(compliantAfter, nonCompliantAfter);
        }

        static Double rate(long c, long nc) {
            return c + nc == 0 ? null : (double) c / (c + nc);
        }
    }
}
