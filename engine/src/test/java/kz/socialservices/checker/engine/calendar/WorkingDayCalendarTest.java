package kz.socialservices.checker.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import kz.socialservices.checker.engine.TestCalendars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void readThePublishedCalendar() {
        calendar = TestCalendars.kazakhstan();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** What a naive count would give: Monday to Friday, no holidays. */
    private static LocalDate mondayToFridayOnly(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    @Test
    void the_published_file_covers_2017_to_2026_and_no_other_year() {
        assertThat(calendar.firstYear()).isEqualTo(2017);
        assertThat(calendar.lastYear()).isEqualTo(2026);
        assertThat(calendar.covers(2017)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2016)).isFalse();
        assertThat(calendar.covers(2027)).isFalse();
    }

    @Test
    void a_deadline_spanning_the_december_2021_holidays_ends_two_days_later() {
        LocalDate from = d("2021-12-10");
        assertThat(mondayToFridayOnly(from, 10)).isEqualTo(d("2021-12-24"));
        assertThat(calendar.plusWorkingDays(from, 10)).isEqualTo(d("2021-12-28"));
    }

    @Test
    void the_ninth_working_day_after_2021_12_10_is_the_27th_one_day_before_the_tenth() {
        assertThat(calendar.plusWorkingDays(d("2021-12-10"), 9)).isEqualTo(d("2021-12-27"));
    }

    @Test
    void the_start_date_itself_is_not_counted_so_one_working_day_after_a_friday_is_monday() {
        assertThat(calendar.plusWorkingDays(d("2021-12-10"), 1)).isEqualTo(d("2021-12-13"));
    }

    @Test
    void independence_day_2021_is_not_a_working_day_but_the_days_either_side_are() {
        assertThat(calendar.isWorkingDay(d("2021-12-15"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2021-12-16"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2021-12-17"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2021-12-20"))).isTrue();
    }

    @Test
    void a_day_off_moved_from_a_weekend_holiday_is_not_a_working_day() {
        // 2021-01-04 (Monday) is listed as moved: 2 January fell on a Saturday
        assertThat(calendar.isWorkingDay(d("2021-01-04"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2021-01-05"))).isTrue();
    }

    @Test
    void a_decreed_working_sunday_counts_as_a_working_day_while_an_ordinary_sunday_does_not() {
        // 2020-12-20 is listed as working_saturday (a working Sunday); its day off moved to Friday 18th
        assertThat(d("2020-12-20").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.isWorkingDay(d("2020-12-20"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2020-12-13"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2020-12-19"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2020-12-18"))).isFalse();
    }

    @Test
    void one_working_day_after_2020_12_15_skips_the_holidays_and_the_transfer_and_lands_on_the_working_sunday() {
        assertThat(calendar.plusWorkingDays(d("2020-12-15"), 1)).isEqualTo(d("2020-12-20"));
        assertThat(calendar.plusWorkingDays(d("2020-12-15"), 2)).isEqualTo(d("2020-12-21"));
    }

    @Test
    void a_decreed_working_saturday_counts_and_its_transferred_monday_does_not() {
        // 2021-07-03 (Saturday) worked; its day off moved to Monday 5th; 6th is Capital Day
        assertThat(calendar.plusWorkingDays(d("2021-07-02"), 1)).isEqualTo(d("2021-07-03"));
        assertThat(calendar.plusWorkingDays(d("2021-07-02"), 2)).isEqualTo(d("2021-07-07"));
    }

    @Test
    void zero_working_days_from_a_date_is_that_date_even_when_it_is_a_holiday() {
        assertThat(calendar.plusWorkingDays(d("2021-12-10"), 0)).isEqualTo(d("2021-12-10"));
        assertThat(calendar.plusWorkingDays(d("2021-12-16"), 0)).isEqualTo(d("2021-12-16"));
        assertThat(calendar.plusWorkingDays(d("2021-12-18"), 0)).isEqualTo(d("2021-12-18"));
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> calendar.plusWorkingDays(d("2021-12-10"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counting_up_to_the_last_day_of_2026_works_but_one_day_more_runs_into_2027_and_says_so() {
        assertThat(calendar.plusWorkingDays(d("2026-12-28"), 3)).isEqualTo(d("2026-12-31"));
        assertThatThrownBy(() -> calendar.plusWorkingDays(d("2026-12-28"), 4))
                .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2027))
                .hasMessageContaining("2027")
                .hasMessageContaining("2017-2026");
    }

    @Test
    void asking_about_a_day_of_an_uncovered_year_says_which_year_even_for_a_weekend() {
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2027-01-02")))
                .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2027));
        assertThatThrownBy(() -> calendar.isWorkingDay(d("2016-12-30")))
                .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2016));
    }

    @Test
    void an_unknown_kind_in_the_file_is_rejected_naming_the_row_and_the_kind() {
        String csv = """
                date,kind,name,source
                2030-01-01,holiday,New Year,test
                2030-01-02,bank_holiday,Made up,test
                """;
        assertThatThrownBy(() -> WorkingDayCalendar.read(new StringReader(csv)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bank_holiday")
                .hasMessageContaining("line 3:"); // the second data row, under the header on line 1
    }

    @Test
    void a_calendar_read_from_text_covers_only_the_years_it_lists() throws Exception {
        String csv = """
                date,kind,name,source
                2030-01-01,holiday,New Year,test
                2030-03-02,working_saturday,Worked,test
                """;
        WorkingDayCalendar small = WorkingDayCalendar.read(new StringReader(csv));
        assertThat(small.covers(2030)).isTrue();
        assertThat(small.covers(2031)).isFalse();
        assertThat(small.isWorkingDay(d("2030-01-01"))).isFalse();
        assertThat(small.isWorkingDay(d("2030-03-02"))).isTrue();
        assertThat(small.isWorkingDay(d("2030-03-03"))).isFalse();
        assertThatThrownBy(() -> small.plusWorkingDays(d("2030-12-30"), 3))
                .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2031));
    }

    // --- working days after a due date (lateness in working days) ------------------------------

    /** The plain definition, walked day by day, against which the counting is checked. */
    private static long walked(LocalDate after, LocalDate upTo) {
        long n = 0;
        for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void the_day_after_a_due_date_that_is_a_working_day_is_one_working_day_late_and_the_due_date_itself_none() {
        assertThat(calendar.workingDaysAfter(d("2021-12-28"), d("2021-12-28"))).isZero();
        assertThat(calendar.workingDaysAfter(d("2021-12-28"), d("2021-12-29"))).isEqualTo(1);
        assertThat(calendar.workingDaysAfter(d("2021-12-28"), d("2021-12-20"))).isZero();
    }

    @Test
    void a_weekend_or_a_holiday_after_the_due_date_adds_calendar_days_but_no_working_day() {
        // Friday 2021-12-10 to Sunday 12th: 2 calendar days, 0 working days; Monday 13th is the first
        assertThat(calendar.workingDaysAfter(d("2021-12-10"), d("2021-12-12"))).isZero();
        assertThat(calendar.workingDaysAfter(d("2021-12-10"), d("2021-12-13"))).isEqualTo(1);
        // Independence Day 16-17 Dec 2021
        assertThat(calendar.workingDaysAfter(d("2021-12-15"), d("2021-12-17"))).isZero();
        assertThat(calendar.workingDaysAfter(d("2021-12-15"), d("2021-12-20"))).isEqualTo(1);
    }

    @Test
    void the_new_year_days_off_and_a_decreed_working_sunday_are_counted_as_published() {
        // after 2021-12-28: 29-31 Dec = 3; 1-2 Jan weekend holidays; 3-4 Jan moved; 5 Jan = 4
        assertThat(calendar.workingDaysAfter(d("2021-12-28"), d("2022-01-05"))).isEqualTo(4);
        // 2020-12-20 was a working Sunday; 16-18 Dec days off
        assertThat(calendar.workingDaysAfter(d("2020-12-15"), d("2020-12-20"))).isEqualTo(1);
    }

    @Test
    void counting_agrees_with_walking_every_day_over_the_whole_published_calendar() {
        LocalDate from = d("2017-01-01");
        for (LocalDate after = from; after.isBefore(d("2026-12-01")); after = after.plusDays(37)) {
            for (int span : new int[] {0, 1, 2, 6, 7, 13, 45, 400}) {
                LocalDate upTo = after.plusDays(span);
                if (upTo.getYear() <= 2026) {
                    assertThat(calendar.workingDaysAfter(after, upTo)).as("%s to %s", after, upTo).isEqualTo(walked(after, upTo));
                }
            }
        }
    }

    @Test
    void counting_working_days_into_an_uncovered_year_says_which_year() {
        assertThat(calendar.workingDaysAfter(d("2026-12-29"), d("2026-12-31"))).isEqualTo(2);
        assertThatThrownBy(() -> calendar.workingDaysAfter(d("2026-12-29"), d("2027-01-01")))
                .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2027));
    }

    // --- more than one file: the shipped list and years added by an operator -----------------

    private static final String SHIPPED = read(TestCalendars.kazakhstanFile());

    private static String read(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Test data in the shape of a published year, not Kazakhstan's real 2027 list. */
    private static final String YEAR_2027 = """
            date,kind,name,source
            2027-01-01,holiday,New Year,test data
            2027-01-02,holiday,New Year,test data
            2027-01-04,moved,Day off for New Year (2 Jan fell on Saturday),test data
            2027-01-07,holiday,Orthodox Christmas,test data
            """;

    @Test
    void an_added_file_extends_coverage_to_its_year_and_its_days_off_count() {
        WorkingDayCalendar extended = WorkingDayCalendar.builder()
                .add("kz-non-working-days.csv", true, SHIPPED).add("2027.csv", false, YEAR_2027).build();
        assertThat(extended.firstYear()).isEqualTo(2017);
        assertThat(extended.lastYear()).isEqualTo(2027);
        assertThat(extended.covers(2027)).isTrue();
        assertThat(extended.covers(2028)).isFalse();
        // 2026-12-28 + 4 working days: 29, 30, 31 Dec; 1 Jan holiday; 2-3 weekend; 4 Jan moved; 5 Jan
        assertThat(extended.plusWorkingDays(d("2026-12-28"), 4)).isEqualTo(d("2027-01-05"));
        assertThat(extended.workingDaysAfter(d("2026-12-31"), d("2027-01-08"))).isEqualTo(3); // 5, 6, 8 Jan
        assertThat(extended.coverage().files()).containsExactly(
                new WorkingDayCalendar.Source("kz-non-working-days.csv", true,
                        java.util.stream.IntStream.rangeClosed(2017, 2026).boxed().toList()),
                new WorkingDayCalendar.Source("2027.csv", false, java.util.List.of(2027)));
        assertThat(extended.coverage().missingYears()).isEmpty();
        assertThat(calendar.coverage().lastYear()).as("the shipped calendar alone is unchanged").isEqualTo(2026);
    }

    @Test
    void a_year_added_with_a_gap_before_it_is_covered_but_the_gap_is_not_and_the_coverage_says_so() {
        WorkingDayCalendar gapped = WorkingDayCalendar.builder().add("kz.csv", true, SHIPPED)
                .add("2028.csv", false, "date,kind,name,source\n2028-01-01,holiday,New Year,test data\n").build();
        assertThat(gapped.covers(2028)).isTrue();
        assertThat(gapped.covers(2027)).isFalse();
        assertThat(gapped.coverage().missingYears()).containsExactly(2027);
        assertThatThrownBy(() -> gapped.plusWorkingDays(d("2026-12-28"), 10))
                .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2027));
    }

    @Test
    void an_added_file_may_repeat_a_shipped_date_with_the_same_kind_but_not_with_another_naming_both_files_and_lines() {
        WorkingDayCalendar same = WorkingDayCalendar.builder().add("kz.csv", true, SHIPPED)
                .add("again.csv", false, "date,kind,name,source\n2026-01-01,holiday,New Year,test data\n").build();
        assertThat(same.isWorkingDay(d("2026-01-01"))).isFalse();
        assertThatThrownBy(() -> WorkingDayCalendar.builder().add("kz.csv", true, SHIPPED)
                .add("conflict.csv", false, YEAR_2027 + "2026-03-09,transfer,Other,test data\n"))
                .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("conflict.csv");
                    assertThat(e.line()).isEqualTo(6);
                })
                .hasMessageStartingWith("conflict.csv line 6: 2026-03-09 is listed as 'transfer'")
                .hasMessageContaining("lists it as 'moved'").hasMessageContaining("kz.csv line ");
    }

    @Test
    void two_added_files_that_disagree_on_a_date_are_refused_too() {
        assertThatThrownBy(() -> WorkingDayCalendar.builder().add("kz.csv", true, SHIPPED).add("a.csv", false, YEAR_2027)
                .add("b.csv", false, "date,kind,name,source\n2027-01-04,transfer,Other,test data\n"))
                .isInstanceOf(CalendarFileException.class).hasMessageStartingWith("b.csv line 2:").hasMessageContaining("a.csv line 4");
    }

    @Test
    void a_malformed_added_file_is_refused_naming_the_file_and_the_line() {
        record Bad(String text, String message) {
        }
        String header = "date,kind,name,source\n";
        for (Bad bad : java.util.List.of(
                new Bad(header + "2027-01-01,holiday,New Year,test\n2027-13-01,holiday,Bad,test\n", "bad.csv line 3: the date '2027-13-01'"),
                new Bad(header + "01.01.2027,holiday,New Year,test\n", "bad.csv line 2: the date '01.01.2027'"),
                new Bad(header + "2027-01-01,holiday,New Year\n", "bad.csv line 2: expected 4 columns"),
                new Bad(header + "2027-01-01,day_off,New Year,test\n", "bad.csv line 2: unknown kind 'day_off'"),
                new Bad(header + "2027-01-04,working_saturday,Monday,test\n", "bad.csv line 2: 2027-01-04 is a MONDAY"),
                new Bad(header + "2027-01-02,moved,Saturday,test\n", "bad.csv line 2: 2027-01-02 is a SATURDAY"),
                new Bad(header + "2027-01-01,holiday,New Year,\n", "bad.csv line 2: every date needs its name and its source"),
                new Bad("day,kind,name,source\n2027-01-01,holiday,New Year,test\n", "bad.csv line 1: the header must be date,kind,name,source"),
                new Bad(header, "bad.csv: the file lists no dates"),
                new Bad("", "bad.csv: the file is empty"),
                new Bad(header + "2027-01-01,holiday,\"New Year,test\n", "bad.csv: not readable as CSV"))) {
            assertThatThrownBy(() -> WorkingDayCalendar.builder().add("kz.csv", true, SHIPPED).add("bad.csv", false, bad.text()))
                    .as(bad.text()).isInstanceOf(CalendarFileException.class).hasMessageStartingWith(bad.message());
        }
    }

    @Test
    void a_byte_order_mark_and_windows_line_ends_are_read_as_a_spreadsheet_saves_them() {
        WorkingDayCalendar c = WorkingDayCalendar.builder().add("kz.csv", true, SHIPPED)
                .add("2027.csv", false, "\uFEFF" + YEAR_2027.replace("\n", "\r\n")).build();
        assertThat(c.covers(2027)).isTrue();
        assertThatThrownBy(() -> WorkingDayCalendar.builder().add("x.csv", false,
                "\uFEFFdate,kind,name,source\r\n2027-01-01,holiday,New Year,test\r\n2027-01-09,moved,Sat,test\r\n"))
                .hasMessageStartingWith("x.csv line 3:");
    }
}
