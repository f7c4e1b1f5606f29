package kz.socialservices.checker.engine.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.params.Edition;
import kz.socialservices.checker.engine.params.Parameter;
import kz.socialservices.checker.engine.params.ParameterValue;

/**
 * A requirement to be judged for one case: the fact a rule matches. It carries what the engine
 * resolved before the rules run: the edition in force at the anchor date, the parameter values of
 * that date, and the deadline where the requirement has one. Rules read it and never change it.
 */
public final class Obligation {

    private final Requirement requirement;
    private final Object subject;
    private final LocalDate asOf;
    private final LocalDate anchorDate;
    private final Edition edition;
    private final Map<String, Parameter> parameters;
    private final LocalDate parameterDate;
    private final LocalDate deadlineFrom;
    private final LocalDate due;
    private final WorkingDayCalendar calendar;

    Obligation(Requirement requirement, Object subject, LocalDate asOf, LocalDate anchorDate, Edition edition,
               Map<String, Parameter> parameters, LocalDate parameterDate, LocalDate deadlineFrom, LocalDate due,
               WorkingDayCalendar calendar) {
        this.requirement = requirement;
        this.subject = subject;
        this.asOf = asOf;
        this.anchorDate = anchorDate;
        this.edition = edition;
        this.parameters = parameters;
        this.parameterDate = parameterDate;
        this.deadlineFrom = deadlineFrom;
        this.due = due;
        this.calendar = calendar;
    }

    /** The requirement id, e.g. {@code ASM-02}: what a rule matches on. */
    public String getRequirement() {
        return requirement.id();
    }

    public Requirement getDefinition() {
        return requirement;
    }

    /** The case (as it stood at the as-of date). */
    public Object getSubject() {
        return subject;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public LocalDate getAnchorDate() {
        return anchorDate;
    }

    public Edition getEdition() {
        return edition;
    }

    /** The date the deadline runs from (e.g. the contract date). */
    public LocalDate getDeadlineFrom() {
        return deadlineFrom;
    }

    /** The last compliant day, when the requirement has a deadline and it could be computed. */
    public LocalDate getDue() {
        return due;
    }

    public int number(String parameter) {
        Object v = value(parameter).value();
        if (!(v instanceof Integer i)) {
            throw new IllegalStateException(requirement.id() + ": parameter " + parameter + " has no number on " + parameterDate);
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String parameter) {
        Object v = value(parameter).value();
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }

    /** True when {@code item} is one of the values of a list parameter. */
    public boolean listed(String parameter, Object item) {
        return item != null && list(parameter).contains(item.toString());
    }

    /** The last day within the limit a parameter sets, counted from {@code from} in its unit. */
    public LocalDate lastDayWithin(LocalDate from, String parameter) {
        return unit(parameter).lastDayWithin(from, number(parameter), calendar);
    }

    /**
     * The year the holiday calendar does not list yet that counting a parameter's limit from {@code from}
     * runs into (a limit in working days), or null when the limit can be counted: a rule asks this
     * before it counts, and says {@link Findings#calendarNotCovered} instead.
     */
    public Integer uncountedYear(LocalDate from, String parameter) {
        try {
            lastDayWithin(from, parameter);
            return null;
        } catch (kz.socialservices.checker.engine.calendar.CalendarNotCoveredException e) {
            return e.year();
        }
    }

    /** The holiday calendar the deadlines are counted with. */
    WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The unit of the parameter's value at the anchor date (an amendment may have changed it). */
    public LimitUnit unit(String parameter) {
        return declared(parameter).unitAt(parameterDate);
    }

    public ParameterValue value(String parameter) {
        ParameterValue v = declared(parameter).valueAt(parameterDate);
        return v == null ? new ParameterValue(parameterDate, null, null, null) : v;
    }

    private Parameter declared(String parameter) {
        Parameter p = parameters.get(parameter);
        if (p == null) {
            throw new IllegalStateException(requirement.id() + " uses parameter " + parameter
                    + " but the catalogue does not list it for this requirement");
        }
        return p;
    }

    /** The event dated {@code done} met the deadline, or there is no deadline to meet. */
    public boolean meetsDeadline(LocalDate done) {
        return due == null || !done.isAfter(due);
    }

    /** The as-of date is past the deadline. */
    public boolean isOverdue() {
        return due != null && asOf.isAfter(due);
    }

    // The brief's rule for an event that has no date: "not done".

    /** The deadline passed without the event: the case closed after it, or is open past it. */
    public boolean deadlineMissed(LocalDate closedOn) {
        return deadlineMissed(closedOn, due);
    }

    /** The case is open and the deadline has not passed yet. */
    public boolean deadlineAhead(LocalDate closedOn) {
        return deadlineAhead(closedOn, due);
    }

    /** The case closed on or before the deadline: the recipient left before it fell due. */
    public boolean closedByDeadline(LocalDate closedOn) {
        return closedByDeadline(closedOn, due);
    }

    // The same, for a last day a rule reads from the case itself (e.g. the admission day, where no
    // parameter sets a later deadline); false when that day is unknown.

    public boolean deadlineMissed(LocalDate closedOn, LocalDate lastDay) {
        LocalDate end = closedOn != null ? closedOn : asOf;
        return lastDay != null && end.isAfter(lastDay);
    }

    public boolean deadlineAhead(LocalDate closedOn, LocalDate lastDay) {
        return lastDay != null && closedOn == null && !asOf.isAfter(lastDay);
    }

    public boolean closedByDeadline(LocalDate closedOn, LocalDate lastDay) {
        return lastDay != null && closedOn != null && !closedOn.isAfter(lastDay);
    }

    @Override
    public String toString() {
        return "Obligation[" + requirement.id() + "]"; // never the case's content
    }
}
