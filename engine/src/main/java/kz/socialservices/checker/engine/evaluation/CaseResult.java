package kz.socialservices.checker.engine.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Finding;

/**
 * One case's findings, one per requirement of the catalogue, in catalogue order, and what an audit
 * needs of the case beside them. Those last three stay out of the report (the JSON of a result is
 * its key, centre, dimensions and findings): an audit reads them, a centre's report need not.
 *
 * @param startDate the date the case started (application, else admission): the year an audit
 *                  counts a finding in when its anchor date is missing
 * @param open      whether the case was open at the as-of date (its non-compliance is overdue)
 * @param tallies   the case's contributions to the standard's own audit indicators, as of the date
 */
public record CaseResult(String caseId, String centreId, Map<String, String> dimensions, List<Finding> findings,
                         @JsonIgnore LocalDate startDate, @JsonIgnore boolean open, @JsonIgnore List<Tally> tallies) {

    public CaseResult {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions)); // order kept: reports are reproducible
        findings = List.copyOf(findings);
        tallies = tallies == null ? List.of() : List.copyOf(tallies);
    }

    /** A result without what an audit reads (a closed case of unknown start, no tallies). */
    public CaseResult(String caseId, String centreId, Map<String, String> dimensions, List<Finding> findings) {
        this(caseId, centreId, dimensions, findings, null, false, List.of());
    }

    public Finding finding(String requirement) {
        return findings.stream().filter(f -> f.requirement().equals(requirement)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding for " + requirement));
    }
}
