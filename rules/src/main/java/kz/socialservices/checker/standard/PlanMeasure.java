package kz.socialservices.checker.standard;

import java.time.LocalDate;

/**
 * One measure of the individual work plan; any part may be missing (IPR-04 checks the first three).
 *
 * @param responsible   the responsible specialist's role, a code: never a person's name
 * @param dueDate       planned, so kept whatever the as-of date
 * @param outcomeStated whether the measure states its expected result; null when not recorded
 * @param doneDate      when the measure was carried out; null when not recorded (or not yet, as of a date)
 */
public record PlanMeasure(ServiceType serviceType, Responsible responsible, LocalDate dueDate, Boolean outcomeStated,
                          LocalDate doneDate) {

    /** Names its service type, a responsible specialist and a due date (IPR-04). */
    public boolean complete() {
        return serviceType != null && responsible != null && dueDate != null;
    }

    /** The measure as it stood at the end of {@code asOf}: carried out later means not yet done. */
    public PlanMeasure asOf(LocalDate asOf) {
        return doneDate != null && doneDate.isAfter(asOf)
                ? new PlanMeasure(serviceType, responsible, dueDate, outcomeStated, null) : this;
    }
}
