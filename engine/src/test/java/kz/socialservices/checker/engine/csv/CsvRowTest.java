package kz.socialservices.checker.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvRowTest {

    enum Colour { RED, GREEN }

    record Stay(LocalDateTime left, LocalDateTime back, Boolean notified) {
    }

    private static CsvRow row(String... kv) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            cells.put(kv[i], kv[i + 1]);
        }
        return new CsvRow(7, cells);
    }

    @Test
    void text_is_stripped_and_an_empty_or_blank_cell_or_absent_column_is_null() {
        CsvRow r = row("a", "  x  ", "b", "", "c", "   ");
        assertThat(r.text("a")).isEqualTo("x");
        assertThat(r.text("b")).isNull();
        assertThat(r.text("c")).isNull();
        assertThat(r.text("absent")).isNull();
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void typed_reads_of_good_values_give_values_and_no_errors() {
        CsvRow r = row("d", "2024-02-29", "b", "false", "n", "42", "e", "GREEN");
        assertThat(r.date("d")).isEqualTo(LocalDate.parse("2024-02-29"));
        assertThat(r.bool("b")).isFalse();
        assertThat(r.integer("n")).isEqualTo(42);
        assertThat(r.enumValue("e", Colour.class)).isEqualTo(Colour.GREEN);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void an_empty_typed_cell_is_null_not_false_or_zero_and_not_an_error() {
        CsvRow r = row("d", "", "b", "", "n", "", "e", "");
        assertThat(r.date("d")).isNull();
        assertThat(r.bool("b")).isNull();
        assertThat(r.integer("n")).isNull();
        assertThat(r.enumValue("e", Colour.class)).isNull();
        assertThat(r.enumSet("e", Colour.class)).isEmpty();
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void an_impossible_date_is_an_error_naming_row_and_field_while_the_day_before_is_fine() {
        CsvRow ok = row("d", "2021-02-28");
        assertThat(ok.date("d")).isEqualTo(LocalDate.parse("2021-02-28"));
        assertThat(ok.hasErrors()).isFalse();
        CsvRow bad = row("d", "2021-02-30");
        assertThat(bad.date("d")).isNull();
        assertThat(bad.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(7L);
            assertThat(e.field()).isEqualTo("d");
            assertThat(e.code()).isEqualTo("bad_date");
        });
    }

    @Test
    void only_true_and_false_are_booleans() {
        for (String s : List.of("yes", "TRUE", "1", "False")) {
            CsvRow r = row("b", s);
            assertThat(r.bool("b")).as(s).isNull();
            assertThat(r.errors()).as(s).singleElement().extracting(RowError::code).isEqualTo("bad_bool");
        }
        assertThat(row("b", "true").bool("b")).isTrue();
    }

    @Test
    void a_bad_number_or_enum_is_an_error_with_its_code() {
        CsvRow r = row("n", "4x", "e", "BLUE", "s", "RED;BLUE;GREEN");
        assertThat(r.integer("n")).isNull();
        assertThat(r.enumValue("e", Colour.class)).isNull();
        assertThat(r.enumSet("s", Colour.class)).containsExactlyInAnyOrder(Colour.RED, Colour.GREEN);
        assertThat(r.errors()).extracting(RowError::field, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("n", "bad_number"),
                        org.assertj.core.groups.Tuple.tuple("e", "bad_enum"),
                        org.assertj.core.groups.Tuple.tuple("s", "bad_enum"));
    }

    @Test
    void a_required_value_that_is_missing_is_reported_as_missing_field() {
        CsvRow r = row("case_id", " ");
        assertThat(r.required("case_id")).isNull();
        assertThat(r.errors()).singleElement().extracting(RowError::code).isEqualTo("missing_case_id");
        assertThat(row("case_id", "C1").required("case_id")).isEqualTo("C1");
    }

    @Test
    void a_list_splits_on_semicolons_and_parts_on_bars_skipping_empty_items() {
        CsvRow r = row("stays", "2021-01-01T10:00|2021-01-02|true; ;2021-02-01||");
        List<Stay> stays = r.list("stays", 3, i -> new Stay(i.dateTime(0), i.dateTime(1), i.bool(2)));
        assertThat(r.errors()).isEmpty();
        assertThat(stays).containsExactly(
                new Stay(LocalDateTime.parse("2021-01-01T10:00"), LocalDateTime.parse("2021-01-02T00:00"), true),
                new Stay(LocalDateTime.parse("2021-02-01T00:00"), null, null));
    }

    @Test
    void a_list_item_with_the_wrong_number_of_parts_is_dropped_with_an_error_naming_it() {
        CsvRow r = row("stays", "2021-01-01|2021-01-02|true;2021-02-01|2021-02-02");
        List<Stay> stays = r.list("stays", 3, i -> new Stay(i.dateTime(0), i.dateTime(1), i.bool(2)));
        assertThat(stays).hasSize(1);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("stays");
            assertThat(e.code()).isEqualTo("bad_list_item");
            assertThat(e.message()).contains("item 2").contains("2 parts").contains("expected 3");
        });
    }

    @Test
    void a_list_with_optional_parts_reads_an_absent_part_as_null_and_an_empty_one_too() {
        CsvRow r = row("stays", "2021-01-01;2021-02-01|true;2021-03-01|");
        List<Stay> stays = r.list("stays", 1, 2, i -> new Stay(i.dateTime(0), null, i.bool(1)));
        assertThat(r.errors()).isEmpty();
        assertThat(stays).containsExactly(
                new Stay(LocalDateTime.parse("2021-01-01T00:00"), null, null),
                new Stay(LocalDateTime.parse("2021-02-01T00:00"), null, true),
                new Stay(LocalDateTime.parse("2021-03-01T00:00"), null, null));
    }

    @Test
    void an_item_reader_knows_how_many_parts_its_item_has_and_past_them_every_read_is_null() {
        CsvRow r = row("x", "a|2");
        List<Integer> counts = r.list("x", 2, 5, i -> {
            assertThat(i.text(2)).isNull();
            assertThat(i.date(3)).isNull();
            assertThat(i.bool(4)).isNull();
            assertThat(i.integer(4)).isNull();
            assertThat(i.enumValue(4, Colour.class)).isNull();
            assertThat(i.hasTime(4)).isFalse();
            return i.parts();
        });
        assertThat(counts).containsExactly(2);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void an_item_with_too_few_or_too_many_parts_is_dropped_with_an_error_naming_the_allowed_counts() {
        CsvRow r = row("x", "a|b;a|b|c;a|b|c|d|e|f;a|b|c|d|e");
        List<String> out = r.list("x", 3, 5, i -> i.text(0) + i.parts());
        assertThat(out).containsExactly("a3", "a5");
        assertThat(r.errors()).extracting(RowError::message).containsExactly(
                "item 1 has 2 parts separated by |, expected 3, 4 or 5",
                "item 3 has 6 parts separated by |, expected 3, 4 or 5");
        CsvRow two = row("x", "a|b|c");
        two.list("x", 1, 2, i -> i.text(0));
        assertThat(two.errors()).singleElement().extracting(RowError::message)
                .isEqualTo("item 1 has 3 parts separated by |, expected 1 or 2");
    }

    @Test
    void a_list_item_with_a_bad_date_part_is_dropped_with_an_error_naming_item_and_part() {
        CsvRow r = row("stays", "2021-01-01|2021-02-30|false;2021-03-01|2021-03-02|true");
        List<Stay> stays = r.list("stays", 3, i -> new Stay(i.dateTime(0), i.dateTime(1), i.bool(2)));
        assertThat(stays).extracting(Stay::left).containsExactly(LocalDateTime.parse("2021-03-01T00:00"));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("bad_list_item");
            assertThat(e.message()).contains("item 1, part 2");
        });
    }

    @Test
    void an_item_reader_can_fail_an_item_once_with_a_reason() {
        CsvRow r = row("x", "a|;b|2");
        List<String> out = r.list("x", 2, i -> {
            if (i.text(1) == null) {
                i.fail("part 2 is required");
                i.fail("reported once only");
            }
            return i.text(0);
        });
        assertThat(out).containsExactly("b");
        assertThat(r.errors()).singleElement().extracting(RowError::message).isEqualTo("item 1: part 2 is required");
    }

    @Test
    void item_parts_tell_whether_they_carry_a_time() {
        CsvRow r = row("x", "2021-01-01T08:30|2021-01-01|3|GREEN");
        List<Boolean> hasTimes = r.list("x", 4, i -> {
            assertThat(i.integer(2)).isEqualTo(3);
            assertThat(i.enumValue(3, Colour.class)).isEqualTo(Colour.GREEN);
            assertThat(i.date(1)).isEqualTo(LocalDate.parse("2021-01-01"));
            return i.hasTime(0) && !i.hasTime(1);
        });
        assertThat(hasTimes).containsExactly(true);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void a_list_of_dates_reports_the_bad_item_and_keeps_the_good_ones() {
        CsvRow r = row("ds", "2021-01-01;2021-13-01;2021-01-03");
        assertThat(r.dates("ds")).containsExactly(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-01-03"));
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("bad_list_item");
            assertThat(e.message()).contains("item 2");
        });
    }

    @Test
    void an_absent_list_column_is_an_empty_list() {
        CsvRow r = row("a", "1");
        assertThat(r.dates("ds")).isEmpty();
        assertThat(r.list("stays", 3, i -> i.text(0))).isEmpty();
        assertThat(r.hasErrors()).isFalse();
    }

    @Test
    void a_row_error_reads_as_row_and_column_and_a_file_error_as_file() {
        assertThat(new RowError(3L, "start_date", "bad_date", "msg")).hasToString("row 3, column start_date: msg");
        assertThat(RowError.file("empty_file", "msg")).hasToString("file: msg");
    }
}
