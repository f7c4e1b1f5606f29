package kz.socialservices.checker.engine.calendar;

/** Counting working days into a year whose published list of non-working days we do not have. */
public final class CalendarNotCoveredException extends RuntimeException {

    private final int year;

    public CalendarNotCoveredException(int year, int firstYear, int lastYear) {
        super("no published list of non-working days for " + year + " (the calendar covers "
                + firstYear + "-" + lastYear + "); working days cannot be counted into it");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
