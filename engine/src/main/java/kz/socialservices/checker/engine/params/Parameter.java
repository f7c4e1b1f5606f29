package kz.socialservices.checker.engine.params;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import kz.socialservices.checker.engine.calendar.LimitUnit;

/** A named value of the standard that differs by date or that a drafter may change. */
public record Parameter(String name, String description, LimitUnit unit, NavigableMap<LocalDate, ParameterValue> values) {

    public Parameter {
        values = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }

    /** The unit of the value in force on {@code date}: its own where it sets one, else the parameter's. */
    public LimitUnit unitAt(LocalDate date) {
        ParameterValue v = valueAt(date);
        return v == null || v.unit() == null ? unit : v.unit();
    }

    /** The value in force on {@code date}, or null when none had started by then. */
    public ParameterValue valueAt(LocalDate date) {
        Map.Entry<LocalDate, ParameterValue> e = values.floorEntry(date);
        return e == null ? null : e.getValue();
    }
}
