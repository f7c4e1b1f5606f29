package kz.socialservices.checker.engine.simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import kz.socialservices.checker.engine.catalogue.Requirement;

/**
 * A proposed amendment of a standard, as data (read by {@link AmendmentReader}): what it changes,
 * never applied to the shipped files but on top of them at run time ({@link Amendments}). Every
 * value it sets is a proposal: basis {@code ASSUMED}.
 *
 * @param title         per language
 * @param rationale     per language (may be empty for a drafter's quick package)
 * @param effective     the date it would come into force; a simulation may apply it from another
 * @param parameters    changes of the standard's parameters, in the order written
 * @param newParameters parameters it introduces (for the requirements it adds or replaces)
 * @param added         catalogue entries of requirements it adds
 * @param replaced      catalogue entries that replace the standard's requirements of the same id
 * @param withdrawn     ids of requirements it withdraws
 * @param drl           its rules, by file name
 * @param messages      per language, per requirement, its message templates (added, replaced, or reworded)
 * @param codeLabels    per language, labels of codes it introduces
 * @param contentHash   SHA-256 over the package file and its DRL files: what provenance names
 */
public record AmendmentPackage(
        String id,
        Map<String, String> title,
        Map<String, String> rationale,
        LocalDate effective,
        String source,
        List<ParameterChange> parameters,
        List<NewParameter> newParameters,
        List<Requirement> added,
        List<Requirement> replaced,
        List<String> withdrawn,
        Map<String, String> drl,
        Map<String, Map<String, Map<String, String>>> messages,
        Map<String, Map<String, String>> codeLabels,
        String contentHash) {

    /**
     * A parameter's new value; {@code unit} only where the unit changes (null keeps it). {@code value}
     * is as the parameter file writes it, not yet checked against the parameter (see {@link Amendments}).
     */
    public record ParameterChange(String name, tools.jackson.databind.JsonNode value, LimitUnit unit) {
    }

    /** A parameter the package introduces, with its value from the date the package applies from. */
    public record NewParameter(String name, String description, LimitUnit unit, tools.jackson.databind.JsonNode value) {
    }

    /** Ids of the requirements it adds or replaces: those its DRL may have rules for. */
    public List<String> withRules() {
        List<String> out = new java.util.ArrayList<>();
        added.forEach(r -> out.add(r.id()));
        replaced.forEach(r -> out.add(r.id()));
        return out;
    }

    /** What the package changes, in a line per kind: the catalogue of packages shows it. */
    public Map<String, Object> changes() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("parameters", parameters.stream().map(ParameterChange::name).toList());
        out.put("newParameters", newParameters.stream().map(NewParameter::name).toList());
        out.put("added", added.stream().map(Requirement::id).toList());
        out.put("replaced", replaced.stream().map(Requirement::id).toList());
        out.put("withdrawn", withdrawn);
        out.put("newCodes", codeLabels.values().stream().findFirst().map(m -> List.copyOf(m.keySet())).orElse(List.of()));
        return out;
    }
}
