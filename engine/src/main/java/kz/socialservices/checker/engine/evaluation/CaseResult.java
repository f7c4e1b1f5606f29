package kz.socialservices.checker.engine.evaluation;

import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Finding;

/** One case's findings, one per requirement of the catalogue, in catalogue order. */
public record CaseResult(String caseId, String centreId, Map<String, String> dimensions, List<Finding> findings) {

    public CaseResult {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions)); // order kept: reports are reproducible
        findings = List.copyOf(findings);
    }

    public Finding finding(String requirement) {
        return findings.stream().filter(f -> f.requirement().equals(requirement)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding for " + requirement));
    }
}
