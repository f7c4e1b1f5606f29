package kz.socialservices.checker.engine.calendar;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Working days as published: Monday to Friday, minus listed non-working days (holidays, days off
 * moved from holidays on a weekend, decreed transfers), plus decreed working Saturdays. The list
 * is data; weekend moves are never re-derived.
 *
 * <p>A calendar is read from one or more files of the same columns ({@code date,kind,name,source}):
 * the shipped list and any added by an operator. A year is covered when a file lists a date of it
 * (every year has its public holidays, so a listed year is a published year); counting into any
 * other year throws {@link CalendarNotCoveredException}. A malformed file, or one that gives a date
 * another file lists with a different kind, is refused with the file and line.
 */
public final class WorkingDayCalendar {

    /** The columns of every calendar file, in order. */
    public static final List<String> COLUMNS = List.of("date", "kind", "name", "source");
    private static final Set<String> DAY_OFF_KINDS = Set.of("holiday", "moved", "transfer");
    private static final String WORKING_WEEKEND_DAY = "working_saturday";

    /** One file the calendar was read from, and the years it lists. */
    public record Source(String name, boolean shipped, List<Integer> years) {
    }

    /** What the calendar covers, for provenance: first and last covered year, years missing between, and the files. */
    public record Coverage(int firstYear, int lastYear, List<Integer> missingYears, List<Source> files) {
    }

    private final Set<LocalDate> nonWorking;
    /** The listed days off that fall Monday to Friday, and the decreed working weekend days, in date order for counting. */
    private final TreeSet<LocalDate> nonWorkingWeekdays = new TreeSet<>();
    private final TreeSet<LocalDate> workingWeekendDaysInOrder;
    private final Set<LocalDate> workingWeekendDays;
    private final TreeSet<Integer> coveredYears;
    private final Coverage coverage;

    private WorkingDayCalendar(Set<LocalDate> nonWorking, Set<LocalDate> workingWeekendDays, TreeSet<Integer> coveredYears,
                               List<Source> sources) {
        this.nonWorking = Set.copyOf(nonWorking);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
        this.workingWeekendDaysInOrder = new TreeSet<>(workingWeekendDays);
        nonWorking.stream().filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .forEach(nonWorkingWeekdays::add);
        this.coveredYears = coveredYears;
        List<Integer> missing = new ArrayList<>();
        for (int y = coveredYears.first(); y <= coveredYears.last(); y++) {
            if (!coveredYears.contains(y)) {
                missing.add(y);
            }
        }
        this.coverage = new Coverage(coveredYears.first(), coveredYears.last(), List.copyOf(missing), List.copyOf(sources));
    }

    /** Reads one file of {@code date,kind,name,source} rows; kinds {@code holiday}, {@code moved}, {@code transfer}, {@code working_saturday}. */
    public static WorkingDayCalendar read(Reader csv) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = csv.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        return builder().add("calendar", true, text.toString()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects calendar files in order, checking each as it is added. */
    public static final class Builder {

        private record Listed(String kind, String file, long line) {
        }

        private final Map<LocalDate, Listed> listed = new HashMap<>();
        private final List<Source> sources = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder() {
        }

        /**
         * Adds a file's text.
         *
         * @param name    how errors and provenance name the file
         * @param shipped whether it is the calendar built into the rule set (else added by an operator)
         * @throws CalendarFileException naming the file and line of the first problem
         */
        public Builder add(String name, boolean shipped, String text) {
            if (!names.add(name)) {
                throw new CalendarFileException(name, 0, "a calendar file of this name was already read");
            }
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            int[] newlines = newlines(body);
            TreeSet<Integer> years = new TreeSet<>();
            Map<LocalDate, Listed> here = new HashMap<>();
            try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(body))) {
                Iterator<CSVRecord> rows = parser.iterator();
                if (!rows.hasNext()) {
                    throw new CalendarFileException(name, 0, "the file is empty; expected the header " + String.join(",", COLUMNS));
                }
                CSVRecord header = rows.next();
                if (!header.toList().equals(COLUMNS)) {
                    throw new CalendarFileException(name, lineOf(header, newlines),
                            "the header must be " + String.join(",", COLUMNS));
                }
                while (rows.hasNext()) {
                    CSVRecord row = rows.next();
                    long line = lineOf(row, newlines);
                    Listed entry = check(name, line, row);
                    LocalDate date = LocalDate.parse(row.get(0));
                    Listed earlier = here.containsKey(date) ? here.get(date) : listed.get(date);
                    if (earlier != null && !earlier.kind().equals(entry.kind())) {
                        throw new CalendarFileException(name, line, date + " is listed as '" + entry.kind() + "' but "
                                + earlier.file() + " line " + earlier.line() + " lists it as '" + earlier.kind() + "'");
                    }
                    here.putIfAbsent(date, entry);
                    years.add(date.getYear());
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw new CalendarFileException(name, 0, "not readable as CSV (" + e.getClass().getSimpleName() + ")");
            }
            if (years.isEmpty()) {
                throw new CalendarFileException(name, 0, "the file lists no dates");
            }
            here.forEach(listed::putIfAbsent);
            sources.add(new Source(name, shipped, List.copyOf(years)));
            return this;
        }

        public WorkingDayCalendar build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException("a calendar needs at least one file");
            }
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> working = new HashSet<>();
            TreeSet<Integer> years = new TreeSet<>();
            listed.forEach((date, entry) -> (WORKING_WEEKEND_DAY.equals(entry.kind()) ? working : off).add(date));
            sources.forEach(s -> years.addAll(s.years()));
            return new WorkingDayCalendar(off, working, years, sources);
        }

        private static Listed check(String file, long line, CSVRecord row) {
            if (row.size() != COLUMNS.size()) {
                throw new CalendarFileException(file, line, "expected " + COLUMNS.size() + " columns ("
                        + String.join(",", COLUMNS) + "), found " + row.size());
            }
            LocalDate date;
            try {
                date = LocalDate.parse(row.get(0));
            } catch (DateTimeParseException e) {
                throw new CalendarFileException(file, line, "the date '" + row.get(0) + "' is not a date yyyy-MM-dd");
            }
            String kind = row.get(1);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (WORKING_WEEKEND_DAY.equals(kind)) {
                if (!weekend) {
                    throw new CalendarFileException(file, line, date + " is a " + date.getDayOfWeek()
                            + ": a working_saturday must fall on a Saturday or Sunday");
                }
            } else if (!DAY_OFF_KINDS.contains(kind)) {
                throw new CalendarFileException(file, line, "unknown kind '" + kind + "' (known: holiday, moved, transfer, "
                        + WORKING_WEEKEND_DAY + ")");
            } else if (!"holiday".equals(kind) && weekend) {
                throw new CalendarFileException(file, line, date + " is a " + date.getDayOfWeek()
                        + ": a '" + kind + "' day off must fall on a weekday");
            }
            if (row.get(2).isBlank() || row.get(3).isBlank()) {
                throw new CalendarFileException(file, line, "every date needs its name and its source");
            }
            return new Listed(kind, file, line);
        }

        private static int[] newlines(String text) {
            int[] out = new int[16];
            int n = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = i;
            }
            return Arrays.copyOf(out, n);
        }

        /** The 1-based line a record starts on. */
        private static long lineOf(CSVRecord row, int[] newlines) {
            int at = Arrays.binarySearch(newlines, (int) row.getCharacterPosition());
            return (at >= 0 ? at : -at - 1) + 1;
        }
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

    /** The years covered and the files they come from. */
    public Coverage coverage() {
        return coverage;
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

    /**
     * The working days after {@code after} up to and including {@code upTo} (0 when {@code upTo} is not
     * after {@code after}): how many working days late an event on {@code upTo} is for a deadline of {@code after}.
     *
     * @throws CalendarNotCoveredException when a day counted falls in a year the calendar does not cover
     */
    public long workingDaysAfter(LocalDate after, LocalDate upTo) {
        if (!upTo.isAfter(after)) {
            return 0;
        }
        for (int year = after.plusDays(1).getYear(); year <= upTo.getYear(); year++) {
            if (!covers(year)) {
                throw new CalendarNotCoveredException(year, firstYear(), lastYear());
            }
        }
        // Counted, not walked: a register checked years later asks this of many long-overdue cases.
        return weekdaysUpTo(upTo) - weekdaysUpTo(after)
                - nonWorkingWeekdays.subSet(after, false, upTo, true).size()
                + workingWeekendDaysInOrder.subSet(after, false, upTo, true).size();
    }

    /** Monday-to-Friday days from Monday 1969-12-29 up to and including {@code day}. */
    private static long weekdaysUpTo(LocalDate day) {
        long sinceMonday = day.toEpochDay() + 3;
        return Math.floorDiv(sinceMonday, 7) * 5 + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
    }

    private void requireCovered(LocalDate day) {
        if (!covers(day.getYear())) {
            throw new CalendarNotCoveredException(day.getYear(), firstYear(), lastYear());
        }
    }
}
