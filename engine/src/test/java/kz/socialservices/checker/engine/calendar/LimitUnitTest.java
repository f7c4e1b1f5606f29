package kz.socialservices.checker.engine.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.socialservices.checker.engine.TestCalendars;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LimitUnitTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void calendar_days_end_n_days_later_counting_weekends_and_holidays() {
        assertThat(LimitUnit.CALENDAR_DAYS.lastDayWithin(d("2021-12-10"), 10, null)).isEqualTo(d("2021-12-20"));
        assertThat(LimitUnit.CALENDAR_DAYS.lastDayWithin(d("2021-12-31"), 1, null)).isEqualTo(d("2022-01-01"));
        assertThat(LimitUnit.CALENDAR_DAYS.lastDayWithin(d("2021-12-10"), 0, null)).isEqualTo(d("2021-12-10"));
    }

    @Test
    void calendar_days_need_no_holiday_calendar_even_beyond_the_years_it_covers() {
        assertThat(LimitUnit.CALENDAR_DAYS.lastDayWithin(d("2026-12-28"), 10, TestCalendars.kazakhstan()))
                .isEqualTo(d("2027-01-07"));
    }

    @Test
    void six_months_from_31_august_2021_ends_on_28_february_2022() {
        assertThat(LimitUnit.MONTHS.lastDayWithin(d("2021-08-31"), 6, null)).isEqualTo(d("2022-02-28"));
    }

    @Test
    void six_months_from_31_august_2023_ends_on_29_february_2024_a_leap_year() {
        assertThat(LimitUnit.MONTHS.lastDayWithin(d("2023-08-31"), 6, null)).isEqualTo(d("2024-02-29"));
    }

    @Test
    void three_months_from_30_november_2021_ends_on_28_february_2022() {
        assertThat(LimitUnit.MONTHS.lastDayWithin(d("2021-11-30"), 3, null)).isEqualTo(d("2022-02-28"));
    }

    @Test
    void months_keep_the_day_of_month_when_it_exists() {
        assertThat(LimitUnit.MONTHS.lastDayWithin(d("2021-08-15"), 6, null)).isEqualTo(d("2022-02-15"));
        assertThat(LimitUnit.MONTHS.lastDayWithin(d("2021-01-31"), 1, null)).isEqualTo(d("2021-02-28"));
        assertThat(LimitUnit.MONTHS.lastDayWithin(d("2021-01-30"), 2, null)).isEqualTo(d("2021-03-30"));
    }

    @Test
    void working_days_are_counted_by_the_holiday_calendar() {
        WorkingDayCalendar kz = TestCalendars.kazakhstan();
        assertThat(LimitUnit.WORKING_DAYS.lastDayWithin(d("2021-12-10"), 10, kz)).isEqualTo(d("2021-12-28"));
        assertThat(LimitUnit.WORKING_DAYS.lastDayWithin(d("2021-12-10"), 10, kz))
                .isEqualTo(kz.plusWorkingDays(d("2021-12-10"), 10));
    }

    @Test
    void working_days_into_an_uncovered_year_throw_naming_it() {
        assertThatThrownBy(() -> LimitUnit.WORKING_DAYS.lastDayWithin(d("2026-12-28"), 10, TestCalendars.kazakhstan()))
                .isInstanceOfSatisfying(CalendarNotCoveredException.class, e -> assertThat(e.year()).isEqualTo(2027));
    }

    @Test
    void count_and_list_are_not_durations_and_cannot_give_a_last_day() {
        assertThat(LimitUnit.CALENDAR_DAYS.isDuration()).isTrue();
        assertThat(LimitUnit.WORKING_DAYS.isDuration()).isTrue();
        assertThat(LimitUnit.MONTHS.isDuration()).isTrue();
        assertThat(LimitUnit.COUNT.isDuration()).isFalse();
        assertThat(LimitUnit.LIST.isDuration()).isFalse();
        assertThatThrownBy(() -> LimitUnit.COUNT.lastDayWithin(d("2021-01-01"), 1, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("COUNT");
        assertThatThrownBy(() -> LimitUnit.LIST.lastDayWithin(d("2021-01-01"), 1, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LIST");
    }

    @Test
    void units_are_named_in_files_in_lower_case_and_read_back_case_insensitively() {
        assertThat(LimitUnit.WORKING_DAYS.fileName()).isEqualTo("working_days");
        assertThat(LimitUnit.fromName("working_days")).isEqualTo(LimitUnit.WORKING_DAYS);
        assertThat(LimitUnit.fromName(" Months ")).isEqualTo(LimitUnit.MONTHS);
        for (LimitUnit u : LimitUnit.values()) {
            assertThat(LimitUnit.fromName(u.fileName())).isEqualTo(u);
        }
        assertThatThrownBy(() -> LimitUnit.fromName("weeks")).isInstanceOf(IllegalArgumentException.class);
    }
}
