package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.calendar.CalendarFileException;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calendar year added by an operator in a directory ({@code checker.calendar-dir}), read beside the
 * shipped calendar. The 2027 dates below are test data in the shape of a published list, not
 * Kazakhstan's official 2027 non-working days.
 */
class AddedCalendarYearTest {

    /** A 2027 list in the shape of a published one: test data, not Kazakhstan's official 2027 days. */
    static final String YEAR_2027 = read2027();

    private static String read2027() {
        try {
            return Files.readString(Fixtures.ROOT.resolve("calendar/test-year-2027.csv"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path dir;

    /** A PROC-01 case whose deadline falls in 2027; its file is in a sub-folder, which the calendar reading skips. */
    private Case proc01Case() throws Exception {
        Path file = Files.createDirectories(dir.resolve("cases")).resolve("case.csv");
        Files.writeString(file, """
                case_id,decision,application_date,admission_date,conclusion_date,violence_forms
                C-2027,ADMITTED,2026-12-28,2026-12-28,2027-01-12,PHYSICAL
                """, StandardCharsets.UTF_8);
        return Fixtures.cases(file).get(0);
    }

    @Test
    void with_an_added_2027_file_a_deadline_in_2027_is_judged_and_the_parameter_hash_changes() throws Exception {
        Files.writeString(dir.resolve("kz-2027.csv"), YEAR_2027, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.txt"), "not a calendar file", StandardCharsets.UTF_8);
        Standard<Case> shipped = Fixtures.standard();
        Standard<Case> extended = DvStandard.load(dir);

        assertThat(shipped.calendar().covers(2027)).isFalse();
        assertThat(extended.calendar().covers(2027)).isTrue();
        assertThat(extended.calendar().coverage().files()).extracting(WorkingDayCalendar.Source::name)
                .containsExactly(DvStandard.CALENDAR_FILE, "kz-2027.csv");
        assertThat(extended.parameterHash()).isNotEqualTo(shipped.parameterHash());
        assertThat(extended.rules().hash()).isEqualTo(shipped.rules().hash());
        assertThat(DvStandard.load(null).parameterHash()).as("no directory: the hash of the shipped data").isEqualTo(shipped.parameterHash());

        Case c = proc01Case();
        LocalDate asOf = LocalDate.parse("2027-02-01");
        Finding without = new Evaluator<>(shipped).evaluateOne(c, asOf, "en").finding("PROC-01");
        assertThat(without.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(without.missingFields()).containsExactly("calendar:2027");
        // 2026-12-28 + 10 working days: 29-31 Dec = 3; 1-2 Jan holidays; 3 Jan Sunday; 4 Jan moved; 5-6 Jan = 5;
        // 7 Jan Christmas; 8 Jan = 6; 11-14 Jan = 10
        Finding with = new Evaluator<>(extended).evaluateOne(c, asOf, "en").finding("PROC-01");
        assertThat(with.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(with.dueDate()).isEqualTo(LocalDate.parse("2027-01-14"));
    }

    @Test
    void an_empty_directory_adds_nothing_and_a_missing_one_is_refused() {
        assertThat(DvStandard.load(dir).parameterHash()).isEqualTo(Fixtures.standard().parameterHash());
        assertThatThrownBy(() -> DvStandard.load(dir.resolve("absent")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent");
    }

    @Test
    void a_file_giving_a_shipped_date_another_kind_fails_loading_naming_the_file_and_the_line() throws Exception {
        Files.writeString(dir.resolve("2027.csv"), YEAR_2027 + "2026-12-16,transfer,Independence Day,test data\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DvStandard.load(dir))
                .isInstanceOfSatisfying(CalendarFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("2027.csv");
                    assertThat(e.line()).isEqualTo(6);
                })
                .hasMessageContaining("lists it as 'holiday'").hasMessageContaining(DvStandard.CALENDAR_FILE + " line ");
    }

    @Test
    void a_malformed_or_non_utf8_file_fails_loading_naming_the_file() throws Exception {
        Files.writeString(dir.resolve("a.csv"), YEAR_2027, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.csv"), "date,kind,name,source\n2028-01-01,holiday,New Year\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DvStandard.load(dir)).hasMessageStartingWith("b.csv line 2: expected 4 columns");
        Files.delete(dir.resolve("b.csv"));
        Files.write(dir.resolve("c.csv"), "date,kind,name,source\n2028-01-01,holiday,Nouvel An \u00e9t\u00e9,x\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> DvStandard.load(dir)).hasMessageStartingWith("c.csv: not UTF-8");
        assertThat(List.of(dir.toFile().list())).contains("a.csv");
    }
}
