package kz.socialservices.checker.standard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.evaluation.CaseAdapter;
import kz.socialservices.checker.engine.evaluation.Tally;

/** How the engine reads this standard's cases: ids, anchor dates, scopes and the as-of view. */
public final class CaseFacts implements CaseAdapter<Case> {

    /** Scopes a catalogue entry's {@code appliesTo} may name. */
    public static final String ADMITTED = "ADMITTED";
    public static final String REFUSED = "REFUSED";

    @Override
    public Class<Case> caseType() {
        return Case.class;
    }

    @Override
    public String caseId(Case c) {
        return c.caseId();
    }

    @Override
    public String centreId(Case c) {
        return c.centreId();
    }

    /** What an audit may group cases by, besides their centre and the year. */
    public static final List<String> DIMENSIONS = List.of("region", "ownership", "stayForm");

    @Override
    public List<String> dimensionNames() {
        return DIMENSIONS;
    }

    @Override
    public Map<String, String> dimensions(Case c) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("region", c.region() == null ? "" : c.region());
        d.put("ownership", c.ownership() == null ? "" : c.ownership().name());
        d.put("stayForm", c.stayForm() == null ? "" : c.stayForm().name());
        return d;
    }

    @Override
    public LocalDate startDate(Case c) {
        return c.applicationDate() != null ? c.applicationDate() : c.admissionDate();
    }

    @Override
    public LocalDate date(Case c, String field) {
        return switch (field) {
            case "application_date" -> c.applicationDate();
            case "admission_date" -> c.admissionDate();
            case "conclusion_date" -> c.conclusionDate();
            case "executive_decision_date" -> c.executiveDecisionDate();
            case "contract_date" -> c.contractDate();
            case "primary_assessment_date" -> c.primaryAssessmentDate();
            case "needs_assessment_date" -> c.needsAssessmentDate();
            case "plan_date" -> c.planDate();
            case "extension_decision_date" -> c.extensionDecisionDate();
            case "exit_date" -> c.exitDate();
            default -> throw new IllegalArgumentException("no date field '" + field + "' in a case");
        };
    }

    /** Admitted and without an exit (REQUIREMENTS.md, "Verdicts"). */
    @Override
    public boolean isOpen(Case view) {
        return view.decision() == Decision.ADMITTED && view.isOpen();
    }

    /**
     * Table 10 of the 2021 monitoring note (how much of the work plan is carried out): a plan's
     * measures with a {@code done_date} and without, counted in the year of the plan.
     */
    public static final String PLAN_MEASURES = "plan_measures";
    public static final String DONE = "done";
    public static final String NOT_DONE = "not_done";
    /** Table 11 of the note (why services ended): each closed stay's exit reason, in the year of the exit. */
    public static final String EXIT_REASON = "exit_reason";
    /** The exit reason's category when none is recorded. */
    public static final String NO_REASON = "none";

    private static final Map<String, List<String>> INDICATORS = indicatorCategories();

    private static Map<String, List<String>> indicatorCategories() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(PLAN_MEASURES, List.of(DONE, NOT_DONE));
        List<String> reasons = new java.util.ArrayList<>();
        for (ExitReason r : ExitReason.values()) {
            reasons.add(r.name());
        }
        reasons.add(NO_REASON);
        out.put(EXIT_REASON, List.copyOf(reasons));
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public Map<String, List<String>> indicators() {
        return INDICATORS;
    }

    @Override
    public List<Tally> tallies(Case view) {
        if (view.decision() != Decision.ADMITTED) {
            return List.of();
        }
        List<Tally> out = new java.util.ArrayList<>(3);
        if (view.planDate() != null && !view.planMeasures().isEmpty()) {
            long done = view.planMeasures().stream().filter(m -> m.doneDate() != null).count();
            out.add(new Tally(PLAN_MEASURES, DONE, view.planDate(), done));
            out.add(new Tally(PLAN_MEASURES, NOT_DONE, view.planDate(), view.planMeasures().size() - done));
        }
        if (view.exitDate() != null) {
            out.add(new Tally(EXIT_REASON, view.exitReason() == null ? NO_REASON : view.exitReason().name(), view.exitDate(), 1));
        }
        return out;
    }

    @Override
    public Case asOf(Case c, LocalDate asOf) {
        return c.asOf(asOf);
    }

    @Override
    public Applicability applicability(Case c, String scope) {
        if (c.decision() == null) {
            return Applicability.unknown("decision");
        }
        return switch (scope) {
            case ADMITTED -> c.decision() == Decision.ADMITTED ? Applicability.APPLIES : Applicability.DOES_NOT_APPLY;
            case REFUSED -> c.decision() == Decision.REFUSED ? Applicability.APPLIES : Applicability.DOES_NOT_APPLY;
            default -> throw new IllegalArgumentException("unknown scope '" + scope + "'");
        };
    }
}
