package kz.socialservices.checker.engine.calendar;

import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Working days as published: Monday to Friday, minus listed non-working days (holidays, days off
 * moved from holidays on a weekend, decreed transfers), plus decreed working Saturdays. The list
 * is data; weekend moves are never re-derived.
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> nonWorking;
    private final Set<LocalDate> workingWeekendDays;
    private final TreeSet<Integer> coveredYears;

    private WorkingDayCalendar(Set<LocalDate> nonWorking, Set<LocalDate> workingWeekendDays, TreeSet<Integer> coveredYears) {
        this.nonWorking = Set.copyOf(nonWorking);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
        this.coveredYears = coveredYears;
    }

    /** Reads {@code date,kind,name,source} rows; kinds {@code holiday}, {@code moved}, {@code transfer}, {@code working_saturday}. */
    public static WorkingDayCalendar read(Reader csv) throws IOException {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> working = new HashSet<>();
        TreeSet<Integer> years = new TreeSet<>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(csv)) {
            LocalDate date = LocalDate.parse(row.get("date"));
            switch (row.get("kind")) {
                case "holiday", "moved", "transfer" -> off.add(date);
                case "working_saturday" -> working.add(date);
                default -> throw new IllegalArgumentException(
                        "calendar row " + row.getRecordNumber() + ": unknown kind '" + row.get("kind") + "'");
            }
            years.add(date.getYear());
        }
        return new WorkingDayCalendar(off, working, years);
    }

    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    public int firstYear() {
        return coveredYears.first();
    }

    public int lastYear() {
        return coveredYears.last();
    }

    public boolean isWorkingDay(LocalDate day) {
        requireCovered(day);
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !nonWorking.contains(day);
    }

    /** The {@code n}-th working day after {@code from} ({@code from} itself is not counted). */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative working-day count " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private void requireCovered(LocalDate day) {
        if (!covers(day.getYear())) {
            throw new CalendarNotCoveredException(day.getYear(), firstYear(), lastYear());
        }
    }
}
