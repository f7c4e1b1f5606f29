package kz.socialservices.checker.engine.report;

import java.time.LocalDate;
import java.util.List;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;

/**
 * What produced a run's figures, so they can be reproduced: the engine's version, the hashes of the
 * rule set (rules, catalogue, messages) and of the parameters (values, editions, calendar), the
 * editions the findings were judged under, the as-of date, and what the holiday calendar covers
 * (first and last year, and the files it was read from: working-day deadlines running past it
 * are {@code UNDETERMINED}).
 */
public record Provenance(
        String runId,
        String standard,
        String engineVersion,
        String ruleSetHash,
        String parameterHash,
        List<String> editionsUsed,
        LocalDate asOf,
        String language,
        WorkingDayCalendar.Coverage calendar) {
}
