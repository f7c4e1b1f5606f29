package kz.socialservices.checker.engine.params;

import java.time.LocalDate;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.calendar.LimitUnit;

/**
 * One dated value of a parameter. {@code value} is null when the standard sets no value that we
 * know of (the check then uses only what does not depend on it).
 *
 * @param unit the unit of this value; null when it is the parameter's own (an amendment may change
 *             the unit from a date, e.g. a deadline from calendar to working days)
 */
public record ParameterValue(LocalDate from, Object value, Basis basis, String source, LimitUnit unit) {

    public ParameterValue(LocalDate from, Object value, Basis basis, String source) {
        this(from, value, basis, source, null);
    }
}
