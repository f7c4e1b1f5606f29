package kz.socialservices.checker.engine.simulation;

import java.time.LocalDate;
import java.util.List;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;

/**
 * What produced a simulation, on both sides, so its figures can be reproduced: the engine's version;
 * for the current text and the amended one, the rule-set and parameter hashes and the editions
 * used; for the amended one also each package with its content hash and the date it was applied
 * from. No run id or clock time: the same input, packages and dates give the same bytes.
 */
public record SimulationProvenance(String engineVersion, Side current, Side amended, LocalDate asOf, String language,
                                   WorkingDayCalendar.Coverage calendar) {

    public record Side(String standard, String ruleSetHash, String parameterHash, List<String> editionsUsed,
                       List<Package> amendments) {
    }

    /** A package as applied. {@code basis} is always ASSUMED: an amendment is a proposal, not law. */
    public record Package(String id, String title, String contentHash, LocalDate effective, LocalDate appliedFrom, String basis) {
    }
}
