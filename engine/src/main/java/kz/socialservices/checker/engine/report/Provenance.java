package kz.socialservices.checker.engine.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What produced a run's figures, so they can be reproduced: the engine's version, the hashes of the
 * rule set (rules, catalogue, messages) and of the parameters (values, editions, calendar), the
 * editions the findings were judged under, and the as-of date.
 */
public record Provenance(
        String runId,
        String standard,
        String engineVersion,
        String ruleSetHash,
        String parameterHash,
        List<String> editionsUsed,
        LocalDate asOf,
        String language) {
}
