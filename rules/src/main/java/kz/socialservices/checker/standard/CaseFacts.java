package kz.socialservices.checker.standard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.socialservices.checker.engine.evaluation.CaseAdapter;

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
