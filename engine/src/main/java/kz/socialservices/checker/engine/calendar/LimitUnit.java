package kz.socialservices.checker.engine.calendar;

import java.time.LocalDate;

/** The unit of a parameter, as written in parameter files ({@code calendar_days}, ...). */
public enum LimitUnit {
    CALENDAR_DAYS,
    WORKING_DAYS,
    /** Same day-of-month N months later, clamped to the month's last day; that day is within. */
    MONTHS,
    COUNT,
    LIST;

    public static LimitUnit fromName(String name) {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isDuration() {
        return this == CALENDAR_DAYS || this == WORKING_DAYS || this == MONTHS;
    }

    /** The last day within a limit of {@code amount} of this unit counted from {@code from}. */
    public LocalDate lastDayWithin(LocalDate from, long amount, WorkingDayCalendar calendar) {
        return switch (this) {
            case CALENDAR_DAYS -> from.plusDays(amount);
            case WORKING_DAYS -> calendar.plusWorkingDays(from, Math.toIntExact(amount));
            case MONTHS -> from.plusMonths(amount); // java.time clamps to the month's last day
            case COUNT, LIST -> throw new IllegalStateException(this + " is not a duration");
        };
    }
}
