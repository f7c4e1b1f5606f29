package kz.socialservices.checker.engine.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.csv.RowError;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.evaluation.Tally;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;

/**
 * The audit of a run: case results stream in (it is a {@link ReportWriter}, so a batch check feeds it)
 * and are added to counters per group, never kept; {@link #report()} then gives the figures with small
 * cells suppressed.
 *
 * <p>A finding counts in the group of its case's centre and dimensions and of the year of its anchor date
 * (the case's start date where the anchor is missing). Per group and requirement: the cases (distinct
 * cases with a finding other than NOT_APPLICABLE and OUT_OF_SCOPE, so one per finding), each verdict's
 * count, the overdue (non-compliant findings of open cases) and the due soon (pending, due within the
 * due-soon days of the as-of date). The {@value AuditReport#ALL} row of a group sums the findings of all
 * requirements and counts its distinct cases. A standard's own indicators ({@link Tally}) are summed the
 * same way, in the year of each tally's date.
 *
 * <p>Suppression ({@link CellSuppression}) sees every count published and every sum that ties them: a
 * row's cases and its verdicts, the {@value AuditReport#ALL} row and the requirements, each group and the
 * groups it is made of (a dimension's groups and all cases; a crossing's groups and each dimension's). A
 * figure about fewer than {@link AuditSpec#minCell()} cases is sensitive, and so is every figure of a row
 * about so few; rates are withheld with the counts they are computed from.
 */
public final class Audit implements ReportWriter {

    static final int CASES = 0;
    static final int COMPLIANT = 1;
    static final int NON_COMPLIANT = 2;
    static final int PENDING = 3;
    static final int UNDETERMINED = 4;
    static final int OVERDUE = 5;
    static final int DUE_SOON = 6;
    static final int COLUMNS = 7;
    /** The figures' names, by column, as the report names them. */
    static final List<String> FIELDS = List.of("cases", "compliant", "nonCompliant", "pending", "undetermined", "overdue", "dueSoon");
    static final String COMPLIANCE_RATE = "complianceRate";
    static final String DATA_COMPLETENESS = "dataCompleteness";
    /**
     * What losing a figure costs, by column, when a complement must be chosen: the counts behind a
     * compliance rate most, the pending and the due soon least. The overall row and the national
     * total cost more again: they are what is read first.
     */
    private static final int[] LOSS = {3, 4, 4, 1, 2, 1, 1};
    /** A finding whose anchor and start dates are both unknown. */
    public static final String UNKNOWN_YEAR = "unknown";
    static final int WORST_SHOWN = 3;

    private final AuditSpec spec;
    private final List<String> requirements;
    private final Map<String, Integer> requirementIndex = new HashMap<>();
    private final Map<String, List<String>> declaredIndicators;
    /** The dimensions of each grouping: the ones asked for, their crossing, then none (all cases). */
    private final List<List<String>> groupings = new ArrayList<>();
    private final List<Map<String, GroupCounts>> counts = new ArrayList<>();
    private RunSummary summary;
    private Provenance provenance;

    /**
     * @param dimensionNames the dimensions the standard's cases carry, besides {@value AuditSpec#CENTRE} and
     *                       {@value AuditSpec#YEAR}
     * @param indicators     the standard's own indicators and their categories (see {@code CaseAdapter.indicators})
     * @throws InvalidAuditException when the audit groups by a dimension the cases do not have
     */
    public Audit(AuditSpec spec, List<String> requirementIds, List<String> dimensionNames, Map<String, List<String>> indicators) {
        this.spec = spec;
        this.requirements = List.copyOf(requirementIds);
        for (int i = 0; i < requirements.size(); i++) {
            requirementIndex.put(requirements.get(i), i);
        }
        this.declaredIndicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators)); // in the standard's order
        requireKnownDimensions(spec, dimensionNames);
        spec.by().forEach(d -> groupings.add(List.of(d)));
        if (spec.by().size() == 2) {
            groupings.add(spec.by());
        }
        groupings.add(List.of());
        groupings.forEach(g -> counts.add(new HashMap<>()));
    }

    /** @throws InvalidAuditException when {@code spec} groups by a dimension that is neither centre, year nor one of these */
    public static void requireKnownDimensions(AuditSpec spec, List<String> dimensionNames) {
        List<String> known = new ArrayList<>(List.of(AuditSpec.CENTRE, AuditSpec.YEAR));
        known.addAll(dimensionNames);
        for (String d : spec.by()) {
            if (!known.contains(d)) {
                throw new InvalidAuditException("cannot group by '" + d + "'; the dimensions are " + String.join(", ", known));
            }
        }
    }

    /** The audit of cases of {@code standard}: its requirements, dimensions and indicators. */
    public static Audit of(AuditSpec spec, Standard<?> standard) {
        return new Audit(spec, standard.catalogue().all().stream().map(r -> r.id()).toList(),
                standard.adapter().dimensionNames(), standard.adapter().indicators());
    }

    // --- counting, as results stream in ---------------------------------------------------------

    /** What one group has counted. */
    private final class GroupCounts {
        final List<String> values;
        final long[][] requirement = new long[requirements.size()][COLUMNS];
        /** Verdict columns: findings of all requirements; {@code CASES}: distinct cases. */
        final long[] all = new long[COLUMNS];
        /** The distinct cases behind each column of {@code all}. */
        final long[] allCases = new long[COLUMNS];
        final Map<String, IndicatorCounts> indicators = new HashMap<>();

        GroupCounts(List<String> values) {
            this.values = values;
        }

        IndicatorCounts indicator(String name) {
            return indicators.computeIfAbsent(name, k -> new IndicatorCounts());
        }
    }

    private static final class IndicatorCounts {
        long cases;
        /** category -> {count, distinct cases} */
        final Map<String, long[]> categories = new HashMap<>();

        long[] category(String name) {
            return categories.computeIfAbsent(name, k -> new long[2]);
        }
    }

    @Override
    public void result(CaseResult r) {
        Map<GroupCounts, boolean[]> seen = new IdentityHashMap<>();
        java.time.LocalDate dueSoonUntil = spec.asOf().plusDays(spec.dueSoonDays());
        for (Finding f : r.findings()) {
            int column = column(f.verdict());
            Integer index = requirementIndex.get(f.requirement());
            String year = year(f.anchorDate() != null ? f.anchorDate() : r.startDate());
            if (column < 0 || index == null || !counted(year)) {
                continue;
            }
            boolean overdue = column == NON_COMPLIANT && r.open();
            boolean dueSoon = column == PENDING && f.dueDate() != null && !f.dueDate().isAfter(dueSoonUntil);
            for (int g = 0; g < groupings.size(); g++) {
                GroupCounts c = group(g, r, year);
                boolean[] flags = seen.computeIfAbsent(c, k -> new boolean[COLUMNS]);
                count(c, index, CASES, flags);
                count(c, index, column, flags);
                if (overdue) {
                    count(c, index, OVERDUE, flags);
                }
                if (dueSoon) {
                    count(c, index, DUE_SOON, flags);
                }
            }
        }
        seen.forEach((c, flags) -> {
            for (int j = 0; j < COLUMNS; j++) {
                if (flags[j]) {
                    c.allCases[j]++;
                }
            }
        });
        Map<IndicatorCounts, Set<String>> tallied = new IdentityHashMap<>();
        for (Tally t : r.tallies()) {
            String year = year(t.date());
            if (!counted(year)) {
                continue;
            }
            for (int g = 0; g < groupings.size(); g++) {
                IndicatorCounts ic = group(g, r, year).indicator(t.indicator());
                long[] category = ic.category(t.category());
                category[0] += t.count();
                Set<String> categories = tallied.get(ic);
                if (categories == null) { // the case's first tally of this indicator in this group
                    ic.cases++;
                    categories = new java.util.HashSet<>();
                    tallied.put(ic, categories);
                }
                if (t.count() > 0 && categories.add(t.category())) {
                    category[1]++;
                }
            }
        }
    }

    private static void count(GroupCounts c, int requirement, int column, boolean[] flags) {
        c.requirement[requirement][column]++;
        if (column != CASES) {
            c.all[column]++;
        }
        flags[column] = true;
    }

    private static int column(kz.socialservices.checker.engine.Verdict v) {
        return switch (v) {
            case COMPLIANT -> COMPLIANT;
            case NON_COMPLIANT -> NON_COMPLIANT;
            case PENDING -> PENDING;
            case UNDETERMINED -> UNDETERMINED;
            case NOT_APPLICABLE, OUT_OF_SCOPE -> -1;
        };
    }

    private static String year(java.time.LocalDate date) {
        return date == null ? UNKNOWN_YEAR : String.valueOf(date.getYear());
    }

    private boolean counted(String year) {
        return spec.years() == null || (!year.equals(UNKNOWN_YEAR) && spec.years().contains(Integer.parseInt(year)));
    }

    private GroupCounts group(int grouping, CaseResult r, String year) {
        List<String> dims = groupings.get(grouping);
        List<String> values = new ArrayList<>(dims.size());
        for (String d : dims) {
            values.add(switch (d) {
                case AuditSpec.CENTRE -> r.centreId() == null ? "" : r.centreId();
                case AuditSpec.YEAR -> year;
                default -> r.dimensions().getOrDefault(d, "");
            });
        }
        String key = dims.isEmpty() ? AuditReport.TOTAL : String.join("|", values);
        return counts.get(grouping).computeIfAbsent(key, k -> new GroupCounts(List.copyOf(values)));
    }

    @Override
    public void finish(RunSummary runSummary, Provenance runProvenance) {
        this.summary = runSummary;
        this.provenance = runProvenance;
    }

    @Override
    public void close() throws IOException {
        // nothing held open: the figures stay until report() is asked for
    }

    // --- the report ---------------------------------------------------------------------------

    /** The figures, suppressed; call after the run has finished. */
    public AuditReport report() {
        if (summary == null) {
            throw new IllegalStateException("the run has not finished");
        }
        List<List<String>> keys = new ArrayList<>();
        for (Map<String, GroupCounts> byKey : counts) {
            List<String> sorted = new ArrayList<>(byKey.keySet());
            sorted.sort(Comparator.naturalOrder());
            keys.add(sorted);
        }
        int rows = requirements.size() + 1; // the requirements, then ALL
        int[][][][] cell = new int[groupings.size()][][][];
        CellSuppression family = new CellSuppression();
        for (int g = 0; g < groupings.size(); g++) {
            cell[g] = new int[keys.get(g).size()][rows][COLUMNS];
            for (int i = 0; i < keys.get(g).size(); i++) {
                GroupCounts c = counts.get(g).get(keys.get(g).get(i));
                for (int k = 0; k < rows; k++) {
                    for (int j = 0; j < COLUMNS; j++) {
                        long value;
                        long behind;
                        long population;
                        if (k < requirements.size()) {
                            value = c.requirement[k][j];
                            behind = value;
                            population = c.requirement[k][CASES];
                        } else {
                            value = j == CASES ? c.allCases[CASES] : c.all[j];
                            behind = c.allCases[j];
                            population = c.allCases[CASES];
                        }
                        int cost = LOSS[j] + (k == requirements.size() ? 4 : 0) + (g == groupings.size() - 1 ? 2 : 0);
                        cell[g][i][k][j] = family.cell(value, small(behind) || small(population), cost);
                    }
                }
                for (int k = 0; k < requirements.size(); k++) {
                    int[] row = cell[g][i][k];
                    family.sum(row[CASES], List.of(row[COMPLIANT], row[NON_COMPLIANT], row[PENDING], row[UNDETERMINED]));
                }
                for (int j = COMPLIANT; j < COLUMNS; j++) {
                    List<Integer> parts = new ArrayList<>();
                    for (int k = 0; k < requirements.size(); k++) {
                        parts.add(cell[g][i][k][j]);
                    }
                    family.sum(cell[g][i][requirements.size()][j], parts);
                }
            }
        }
        margins(keys, (g, i) -> flatten(cell[g][i]), family);
        BitSet withheld = family.suppress();

        Map<String, IndicatorCells> indicatorCells = indicatorCells(keys);
        List<AuditReport.Grouping> out = new ArrayList<>();
        for (int g = 0; g < groupings.size(); g++) {
            List<AuditReport.Group> groups = new ArrayList<>();
            for (int i = 0; i < keys.get(g).size(); i++) {
                GroupCounts c = counts.get(g).get(keys.get(g).get(i));
                List<AuditReport.RequirementFigures> figures = new ArrayList<>();
                figures.add(figures(AuditReport.ALL, cell[g][i][requirements.size()], family, withheld, true));
                for (int k = 0; k < requirements.size(); k++) {
                    figures.add(figures(requirements.get(k), cell[g][i][k], family, withheld, false));
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int d = 0; d < groupings.get(g).size(); d++) {
                    values.put(groupings.get(g).get(d), c.values.get(d));
                }
                List<AuditReport.IndicatorFigures> indicators = new ArrayList<>();
                for (IndicatorCells ic : indicatorCells.values()) {
                    indicators.add(ic.figures(g, i));
                }
                groups.add(new AuditReport.Group(keys.get(g).get(i), values, figures, worst(figures), indicators));
            }
            List<String> dims = groupings.get(g);
            out.add(new AuditReport.Grouping(dims.isEmpty() ? AuditReport.TOTAL : String.join("|", dims), dims, groups));
        }
        return new AuditReport(settings(), input(), out, provenance);
    }

    private boolean small(long cases) {
        return cases > 0 && cases < spec.minCell();
    }

    private static int[] flatten(int[][] rows) {
        return java.util.Arrays.stream(rows).flatMapToInt(java.util.Arrays::stream).toArray();
    }

    /** The cells of group {@code i} of grouping {@code g}, in a fixed order (the same position means the same figure). */
    private interface CellsOf {
        int[] of(int grouping, int group);
    }

    /**
     * The sums across groups: all cases = the groups of each dimension; and for a crossing, each group
     * of one dimension = its groups in the crossing. A count of distinct cases is summed only where it
     * adds up (across years a case can count in several).
     */
    private void margins(List<List<String>> keys, CellsOf cells, CellSuppression s) {
        int total = groupings.size() - 1;
        for (int g = 0; g < total; g++) {
            List<String> dims = groupings.get(g);
            if (dims.size() == 1) {
                List<int[]> parts = new ArrayList<>();
                for (int i = 0; i < keys.get(g).size(); i++) {
                    parts.add(cells.of(g, i));
                }
                tie(s, cells.of(total, 0), parts);
            } else {
                for (int side = 0; side < 2; side++) {
                    for (int x = 0; x < keys.get(side).size(); x++) {
                        String value = counts.get(side).get(keys.get(side).get(x)).values.get(0);
                        List<int[]> parts = new ArrayList<>();
                        for (int i = 0; i < keys.get(g).size(); i++) {
                            if (counts.get(g).get(keys.get(g).get(i)).values.get(side).equals(value)) {
                                parts.add(cells.of(g, i));
                            }
                        }
                        tie(s, cells.of(side, x), parts);
                    }
                }
            }
        }
    }

    /** Position by position, the total's cell is the sum of the parts' cells (where the counts add up). */
    private static void tie(CellSuppression s, int[] total, List<int[]> parts) {
        if (parts.isEmpty()) {
            return;
        }
        for (int p = 0; p < total.length; p++) {
            List<Integer> members = new ArrayList<>(parts.size());
            for (int[] part : parts) {
                members.add(part[p]);
            }
            if (s.addsUp(total[p], members)) {
                s.sum(total[p], members);
            }
        }
    }

    private AuditReport.RequirementFigures figures(String requirement, int[] row, CellSuppression s, BitSet withheld, boolean overall) {
        Long[] v = new Long[COLUMNS];
        List<String> suppressed = new ArrayList<>();
        for (int j = 0; j < COLUMNS; j++) {
            if (withheld.get(row[j])) {
                suppressed.add(FIELDS.get(j));
            } else {
                v[j] = s.value(row[j]);
            }
        }
        Double rate = null;
        if (v[COMPLIANT] == null || v[NON_COMPLIANT] == null) {
            suppressed.add(COMPLIANCE_RATE);
        } else if (v[COMPLIANT] + v[NON_COMPLIANT] > 0) {
            rate = (double) v[COMPLIANT] / (v[COMPLIANT] + v[NON_COMPLIANT]);
        }
        // A requirement's cases are its C + NC + P + U; the ALL row's cases are distinct cases, so its
        // completeness needs every verdict's count.
        Long judged = overall
                ? (v[COMPLIANT] == null || v[NON_COMPLIANT] == null || v[PENDING] == null || v[UNDETERMINED] == null ? null
                        : v[COMPLIANT] + v[NON_COMPLIANT] + v[PENDING] + v[UNDETERMINED])
                : v[CASES];
        Double completeness = null;
        if (judged == null || v[UNDETERMINED] == null) {
            suppressed.add(DATA_COMPLETENESS);
        } else if (judged > 0) {
            completeness = 1 - (double) v[UNDETERMINED] / judged;
        }
        return new AuditReport.RequirementFigures(requirement, v[CASES], v[COMPLIANT], v[NON_COMPLIANT], v[PENDING],
                v[UNDETERMINED], v[OVERDUE], v[DUE_SOON], rate, completeness, List.copyOf(suppressed));
    }

    private static List<AuditReport.Worst> worst(List<AuditReport.RequirementFigures> figures) {
        return figures.stream().skip(1).filter(f -> f.complianceRate() != null)
                .sorted(Comparator.comparingDouble(AuditReport.RequirementFigures::complianceRate)) // stable: catalogue order on ties
                .limit(WORST_SHOWN).map(f -> new AuditReport.Worst(f.requirement(), f.complianceRate())).toList();
    }

    /** One indicator's cells in every group: its cases, its total and each category, suppressed on their own. */
    private final class IndicatorCells {
        final String name;
        final List<String> categories;
        final CellSuppression cells = new CellSuppression();
        final int[][][] ids; // [grouping][group][0 = cases, 1 = total, 2.. = categories]
        BitSet withheld;

        IndicatorCells(String name, List<String> categories, List<List<String>> keys) {
            this.name = name;
            this.categories = categories;
            this.ids = new int[groupings.size()][][];
            for (int g = 0; g < groupings.size(); g++) {
                ids[g] = new int[keys.get(g).size()][];
                for (int i = 0; i < keys.get(g).size(); i++) {
                    IndicatorCounts c = counts.get(g).get(keys.get(g).get(i)).indicators.getOrDefault(name, new IndicatorCounts());
                    int[] row = new int[categories.size() + 2];
                    boolean smallRow = small(c.cases);
                    row[0] = cells.cell(c.cases, smallRow);
                    long total = 0;
                    List<Integer> parts = new ArrayList<>();
                    for (int k = 0; k < categories.size(); k++) {
                        long[] category = c.categories.getOrDefault(categories.get(k), new long[2]);
                        row[k + 2] = cells.cell(category[0], smallRow || small(category[1]));
                        parts.add(row[k + 2]);
                        total += category[0];
                    }
                    row[1] = cells.cell(total, smallRow);
                    cells.sum(row[1], parts);
                    ids[g][i] = row;
                }
            }
            margins(keys, (g, i) -> ids[g][i], cells);
            withheld = cells.suppress();
        }

        AuditReport.IndicatorFigures figures(int g, int i) {
            int[] row = ids[g][i];
            List<String> suppressed = new ArrayList<>();
            Long cases = published(row[0], "cases", suppressed);
            Long total = published(row[1], "total", suppressed);
            List<AuditReport.Category> out = new ArrayList<>();
            for (int k = 0; k < categories.size(); k++) {
                List<String> mine = new ArrayList<>();
                Long count = published(row[k + 2], "count", mine);
                Double share = null;
                if (count == null || total == null) {
                    mine.add("share");
                } else if (total > 0) {
                    share = (double) count / total;
                }
                out.add(new AuditReport.Category(categories.get(k), count, share, List.copyOf(mine)));
            }
            return new AuditReport.IndicatorFigures(name, cases, total, out, List.copyOf(suppressed));
        }

        private Long published(int id, String field, List<String> suppressed) {
            if (withheld.get(id)) {
                suppressed.add(field);
                return null;
            }
            return cells.value(id);
        }
    }

    private Map<String, IndicatorCells> indicatorCells(List<List<String>> keys) {
        Map<String, Set<String>> categories = new TreeMap<>();
        declaredIndicators.forEach((name, declared) -> categories.put(name, new LinkedHashSet<>(declared)));
        for (Map<String, GroupCounts> byKey : counts) {
            for (GroupCounts c : byKey.values()) {
                c.indicators.forEach((name, ic) -> {
                    Set<String> known = categories.computeIfAbsent(name, k -> new LinkedHashSet<>());
                    ic.categories.keySet().stream().sorted().forEach(known::add); // undeclared ones last
                });
            }
        }
        Map<String, IndicatorCells> out = new LinkedHashMap<>();
        // declared indicators in the standard's order, then any other
        List<String> order = new ArrayList<>(declaredIndicators.keySet());
        categories.keySet().stream().filter(n -> !order.contains(n)).forEach(order::add);
        for (String name : order) {
            out.put(name, new IndicatorCells(name, List.copyOf(categories.get(name)), keys));
        }
        return out;
    }

    private AuditReport.Settings settings() {
        return new AuditReport.Settings(spec.by(), spec.asOf(), spec.minCell(), spec.dueSoonDays(),
                spec.years() == null ? null : spec.years().toString());
    }

    private AuditReport.Input input() {
        Map<String, Long> byCode = new TreeMap<>();
        for (RowError e : summary.errors()) {
            byCode.merge(e.code(), 1L, Long::sum);
        }
        return new AuditReport.Input(summary.rowsRead(), summary.rowsEvaluated(), summary.rowsRejected(), summary.errorCount(),
                byCode, new TreeMap<>(summary.input()));
    }
}
