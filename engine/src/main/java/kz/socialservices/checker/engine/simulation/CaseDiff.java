package kz.socialservices.checker.engine.simulation;

import java.util.List;
import java.util.Map;

/** A case whose verdicts an amendment changes: the findings that change, in catalogue order. */
public record CaseDiff(String caseId, String centreId, Map<String, String> dimensions, List<FindingChange> changes) {

    public CaseDiff {
        dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
        changes = List.copyOf(changes);
    }
}
