package kz.socialservices.checker.engine.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.csv.RowError;
import kz.socialservices.checker.engine.evaluation.CaseResult;

/**
 * What a run read, judged and rejected: nothing is lost silently. Counts rows read, evaluated and
 * rejected (with the errors that rejected them, the first {@value #MAX_ERRORS_KEPT} kept in full),
 * and findings by verdict and by requirement.
 */
public final class RunSummary {

    public static final int MAX_ERRORS_KEPT = 1000;

    private long rowsRead;
    private long rowsEvaluated;
    private long rowsRejected;
    private long errorCount;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    private final Map<String, Map<Verdict, Long>> byRequirement = new LinkedHashMap<>();
    private final TreeSet<String> editionsUsed = new TreeSet<>();
    private Map<String, String> input = Map.of();

    /** @param requirementIds the catalogue's ids, in the order reports list them */
    public RunSummary(Collection<String> requirementIds) {
        requirementIds.forEach(id -> byRequirement.put(id, new EnumMap<>(Verdict.class)));
    }

    public void rejected(List<RowError> rowErrors) {
        rowsRead++;
        rowsRejected++;
        errorCount += rowErrors.size();
        for (RowError e : rowErrors) {
            if (errors.size() < MAX_ERRORS_KEPT) {
                errors.add(e);
            }
        }
    }

    public void evaluated(CaseResult result) {
        rowsRead++;
        rowsEvaluated++;
        for (Finding f : result.findings()) {
            byVerdict.merge(f.verdict(), 1L, Long::sum);
            byRequirement.computeIfAbsent(f.requirement(), k -> new EnumMap<>(Verdict.class)).merge(f.verdict(), 1L, Long::sum);
            if (f.edition() != null) {
                editionsUsed.add(f.edition());
            }
        }
    }

    /** What was detected about the input (format, encoding, delimiter, sheet): the report says it. */
    public void input(Map<String, String> detected) {
        this.input = Map.copyOf(new LinkedHashMap<>(detected));
    }

    public Map<String, String> input() {
        return input;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsEvaluated() {
        return rowsEvaluated;
    }

    public long rowsRejected() {
        return rowsRejected;
    }

    /** All row errors, including those past the ones kept. */
    public long errorCount() {
        return errorCount;
    }

    public List<RowError> errors() {
        return errors;
    }

    public Map<Verdict, Long> byVerdict() {
        return byVerdict;
    }

    public Map<String, Map<Verdict, Long>> byRequirement() {
        return byRequirement;
    }

    public List<String> editionsUsed() {
        return List.copyOf(editionsUsed);
    }
}
