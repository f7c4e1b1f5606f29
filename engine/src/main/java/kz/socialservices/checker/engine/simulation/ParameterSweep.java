package kz.socialservices.checker.engine.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.EngineVersion;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Hashing;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.params.Parameter;
import kz.socialservices.checker.engine.params.ParameterValue;
import kz.socialservices.checker.engine.report.RunSummary;

/**
 * A parameter swept over a range of whole values: the compliance rate of the requirements that read
 * it, for every value, nationally and per ownership, region and centre, in one pass over the data.
 *
 * <p>How: each row is parsed once; each chunk of cases is judged by one evaluator per value, each
 * restricted to the requirements the parameter touches. A value is set exactly as a parameter-only
 * amendment sets it ({@link Amendments#amendedFrom}: from the date it applies from, earlier anchors
 * keep the current value), so the rate at a value is the rate a plain simulation of that value gives.
 * The rules are the current text's and are not rebuilt: rules read parameters from the obligation, so
 * a value needs no new rule base (an amendment package builds one, about a second each). Deriving each
 * case's flip threshold would be cheaper still, but would repeat the rules' reading of a deadline
 * outside the rules; judging by the rules keeps one reading.
 */
public final class ParameterSweep<C> {

    /** Values a sweep may have at most: each one judges the touched requirements of every case again. */
    public static final int MAX_VALUES = 60;

    /** The group kinds figures are given for besides the national one (as the simulation's). */
    public static final List<String> GROUPS = SimulationSummary.GROUPS;

    private static final Pattern SPEC = Pattern.compile("\\s*([A-Za-z0-9_.]+)\\s*=\\s*(\\d{1,6})\\s*\\.\\.\\s*(\\d{1,6})\\s*");

    /** A parameter and an inclusive range of values, as {@code name=from..to}. */
    public record Range(String parameter, int from, int to) {
        public static Range parse(String spec) {
            Matcher m = SPEC.matcher(spec == null ? "" : spec);
            if (!m.matches()) {
                throw new IllegalArgumentException("a sweep is written parameter=from..to, e.g. assessment.deadline_days=1..14; got '" + spec + "'");
            }
            return new Range(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }

        public List<Integer> values() {
            List<Integer> out = new ArrayList<>();
            for (int v = from; v <= to; v++) {
                out.add(v);
            }
            return out;
        }
    }

    private final Standard<C> base;
    private final Range range;
    private final LocalDate appliedFrom;
    private final List<String> touched;
    private final List<Integer> values;
    private final List<Evaluator<C>> evaluators = new ArrayList<>();
    private final Evaluator<C> current;
    private final int chunkSize;

    /**
     * @param appliedFrom the date the swept value applies from (earlier anchors keep the current one); null: the
     *                    first edition's start, so every case is judged under the swept value
     * @throws IllegalArgumentException naming what is wrong: an unknown parameter, one that is not a whole number,
     *         one no requirement reads, an empty or too long range
     */
    public ParameterSweep(Standard<C> base, Range range, LocalDate appliedFrom) {
        this(base, range, appliedFrom, Evaluator.DEFAULT_CHUNK_SIZE);
    }

    public ParameterSweep(Standard<C> base, Range range, LocalDate appliedFrom, int chunkSize) {
        this.base = base;
        this.range = range;
        this.chunkSize = chunkSize;
        if (!base.parameters().has(range.parameter())) {
            throw new IllegalArgumentException("the standard has no parameter " + range.parameter() + "; numeric ones are "
                    + numericParameters(base));
        }
        Parameter parameter = base.parameters().get(range.parameter());
        if (parameter.unit() == LimitUnit.LIST) {
            throw new IllegalArgumentException(range.parameter() + " is a list of codes, not a number: it cannot be swept");
        }
        if (range.from() > range.to()) {
            throw new IllegalArgumentException("the range " + range.from() + ".." + range.to() + " is empty: from must not exceed to");
        }
        if (range.to() - range.from() + 1 > MAX_VALUES) {
            throw new IllegalArgumentException("the range " + range.from() + ".." + range.to() + " has more than " + MAX_VALUES + " values");
        }
        this.appliedFrom = appliedFrom != null ? appliedFrom : base.editions().firstStart();
        this.touched = base.catalogue().all().stream().filter(r -> r.parameters().contains(range.parameter())).map(Requirement::id).toList();
        if (touched.isEmpty()) {
            throw new IllegalArgumentException("no requirement reads " + range.parameter() + ": sweeping it changes nothing");
        }
        this.values = range.values();
        String source = "Sweep of " + range.parameter() + " (a proposal, not law)";
        for (int v : values) {
            Parameter swept = Amendments.amendedFrom(parameter, this.appliedFrom, v, null, source);
            Standard<C> s = new Standard<>(base.name() + " with " + range.parameter() + " = " + v, base.catalogue(),
                    base.parameters().with(Map.of(range.parameter(), swept)), base.editions(), base.calendar(), base.rules(),
                    base.messages(), base.adapter(), Hashing.sha256(Map.of("base", base.parameterHash(), "sweep", range.parameter() + "=" + v
                            + " from " + this.appliedFrom)));
            evaluators.add(new Evaluator<>(s, chunkSize, touched::contains));
        }
        this.current = new Evaluator<>(base, chunkSize, touched::contains);
    }

    private static String numericParameters(Standard<?> base) {
        return base.parameters().all().stream().filter(p -> p.unit() != LimitUnit.LIST).map(Parameter::name).toList().toString();
    }

    public List<String> touched() {
        return touched;
    }

    /**
     * Judges every row once per value (and once under the current text, for reference).
     *
     * @param progress told the number of rows read so far, every chunk
     */
    public SweepResult run(Iterator<CsvCaseReader.Row<C>> rows, Map<String, String> input, LocalDate asOf, LongConsumer progress) {
        SweepResult result = new SweepResult(range, values, touched, appliedFrom, base.parameters().get(range.parameter()).valueAt(asOf));
        result.rows.input(input);
        List<C> chunk = new ArrayList<>(chunkSize);
        long read = 0;
        while (rows.hasNext()) {
            CsvCaseReader.Row<C> row = rows.next();
            read++;
            if (row.rejected()) {
                result.rows.rejected(row.errors());
            } else {
                chunk.add(row.value());
            }
            if (chunk.size() == chunkSize) {
                judge(chunk, asOf, result);
                chunk.clear();
                progress.accept(read);
            }
        }
        if (!chunk.isEmpty()) {
            judge(chunk, asOf, result);
        }
        progress.accept(read);
        result.provenance = new SweepResult.Provenance(EngineVersion.get(), base.name(), base.rules().hash(), base.parameterHash(),
                range.parameter(), appliedFrom, asOf, Basis.ASSUMED.name(), base.calendar().coverage());
        return result;
    }

    private void judge(List<C> chunk, LocalDate asOf, SweepResult result) {
        // Messages are rendered by the evaluator but not used here: English is the cheapest to look up.
        List<CaseResult> now = current.evaluate(chunk, asOf, "en");
        for (CaseResult r : now) {
            result.rows.evaluated(r);
            result.count(r, -1);
        }
        for (int i = 0; i < evaluators.size(); i++) {
            for (CaseResult r : evaluators.get(i).evaluate(chunk, asOf, "en")) {
                result.count(r, i);
            }
        }
    }

    /** What a sweep counted: per requirement touched, per group, per value, compliant and non-compliant findings. */
    public static final class SweepResult {

        /** @param basis always ASSUMED: every swept value is a proposal */
        public record Provenance(String engineVersion, String standard, String ruleSetHash, String parameterHash, String parameter,
                                 LocalDate appliedFrom, LocalDate asOf, String basis,
                                 kz.socialservices.checker.engine.calendar.WorkingDayCalendar.Coverage calendar) {
        }

        /** C and NC at one value, and the rate they give (null: no C or NC, undefined). */
        public record Point(int value, long compliant, long nonCompliant) {
            public Double rate() {
                return SimulationSummary.Rates.rate(compliant, nonCompliant);
            }
        }

        private final Range range;
        private final List<Integer> values;
        private final List<String> touched;
        private final LocalDate appliedFrom;
        private final ParameterValue currentValue;
        private final RunSummary rows;
        private Provenance provenance;
        /** kind ("all" or a group kind) -> group -> requirement -> [C, NC] per value index, the current text last. */
        private final Map<String, Map<String, Map<String, long[]>>> counts = new LinkedHashMap<>();

        SweepResult(Range range, List<Integer> values, List<String> touched, LocalDate appliedFrom, ParameterValue currentValue) {
            this.range = range;
            this.values = List.copyOf(values);
            this.touched = touched;
            this.appliedFrom = appliedFrom;
            this.currentValue = currentValue;
            this.rows = new RunSummary(touched);
            counts.put("all", new TreeMap<>());
            GROUPS.forEach(g -> counts.put(g, new TreeMap<>()));
        }

        void count(CaseResult r, int valueIndex) {
            String[] groups = {"", r.centreId() == null ? "" : r.centreId(), r.dimensions().getOrDefault("region", ""),
                    r.dimensions().getOrDefault("ownership", "")};
            int slot = (valueIndex < 0 ? values.size() : valueIndex) * 2;
            for (Finding f : r.findings()) {
                int at = f.verdict() == Verdict.COMPLIANT ? 0 : f.verdict() == Verdict.NON_COMPLIANT ? 1 : -1;
                if (at < 0) {
                    continue;
                }
                int k = 0;
                for (Map<String, Map<String, long[]>> byGroup : counts.values()) {
                    byGroup.computeIfAbsent(groups[k++], g -> new LinkedHashMap<>())
                            .computeIfAbsent(f.requirement(), q -> new long[(values.size() + 1) * 2])[slot + at]++;
                }
            }
        }

        public Range range() {
            return range;
        }

        public List<Integer> values() {
            return values;
        }

        /** The requirements that read the parameter, in catalogue order. */
        public List<String> requirements() {
            return touched;
        }

        public LocalDate appliedFrom() {
            return appliedFrom;
        }

        /** The parameter's value in force on the as-of date under the current text (null when it has none). */
        public ParameterValue currentValue() {
            return currentValue;
        }

        /** Rows read, judged, rejected (with their errors). */
        public RunSummary rows() {
            return rows;
        }

        public Provenance provenance() {
            return provenance;
        }

        /** The groups of a kind that had a compliant or non-compliant finding, in order ("" alone for "all"). */
        public List<String> groups(String kind) {
            return List.copyOf(counts.get(kind).keySet());
        }

        /** A requirement's curve for a group ({@code all} with group "", or one of {@link #GROUPS}); requirement null: all touched pooled. */
        public List<Point> curve(String kind, String group, String requirement) {
            long[] cell = cell(kind, group, requirement);
            List<Point> out = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                out.add(new Point(values.get(i), cell[i * 2], cell[i * 2 + 1]));
            }
            return out;
        }

        /** The current text's C and NC for the group (value: the current value, or -1 when it has none). */
        public Point current(String kind, String group, String requirement) {
            long[] cell = cell(kind, group, requirement);
            int v = currentValue == null || !(currentValue.value() instanceof Number n) ? -1 : n.intValue();
            return new Point(v, cell[values.size() * 2], cell[values.size() * 2 + 1]);
        }

        private long[] cell(String kind, String group, String requirement) {
            Map<String, long[]> byRequirement = counts.get(kind).getOrDefault(group, Map.of());
            if (requirement != null) {
                return byRequirement.getOrDefault(requirement, new long[(values.size() + 1) * 2]);
            }
            long[] pooled = new long[(values.size() + 1) * 2];
            byRequirement.values().forEach(c -> {
                for (int i = 0; i < c.length; i++) {
                    pooled[i] += c[i];
                }
            });
            return pooled;
        }

        /** The smallest swept value at which the group's pooled rate reaches {@code target}, or null when none does. */
        public Integer firstReaching(String kind, String group, double target) {
            for (Point p : curve(kind, group, null)) {
                if (p.rate() != null && p.rate() >= target) {
                    return p.value();
                }
            }
            return null;
        }
    }
}
