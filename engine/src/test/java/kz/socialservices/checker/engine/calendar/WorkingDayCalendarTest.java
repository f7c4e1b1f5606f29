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
                .hasMessageContaining("row 2:"); // the second data row (the header is not counted)
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
}
