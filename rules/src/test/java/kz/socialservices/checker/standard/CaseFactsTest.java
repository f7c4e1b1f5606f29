package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.socialservices.checker.engine.csv.CsvRow;
import kz.socialservices.checker.engine.evaluation.Tally;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What an audit reads of a case beside its verdicts (open or closed, Tables 10 and 11), and the case's own CSV row. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseFactsTest {

    private static final CaseFacts FACTS = new CaseFacts();

    private static final Case CLOSED = CaseCsvTest.parsed("decision", "ADMITTED", "admission_date", "2021-03-01", "plan_date", "2021-03-05",
            "plan_measures", "SOCIAL_LEGAL|LAWYER|2021-04-01|true|2021-03-20;SOCIAL_MEDICAL|NURSE|2021-04-10|true|2021-06-02;"
                    + "SOCIAL_DOMESTIC|SOCIAL_WORKER|2021-04-10",
            "exit_date", "2021-06-30", "exit_reason", "GOALS_ACHIEVED");

    @Test
    void a_plan_counts_its_measures_done_and_not_done_in_the_plan_year_and_an_exit_its_reason_in_the_exit_year() {
        assertThat(FACTS.tallies(CLOSED)).containsExactly(
                new Tally(CaseFacts.PLAN_MEASURES, CaseFacts.DONE, LocalDate.parse("2021-03-05"), 2),
                new Tally(CaseFacts.PLAN_MEASURES, CaseFacts.NOT_DONE, LocalDate.parse("2021-03-05"), 1),
                new Tally(CaseFacts.EXIT_REASON, "GOALS_ACHIEVED", LocalDate.parse("2021-06-30"), 1));
    }

    @Test
    void as_of_a_date_a_measure_done_later_is_not_done_and_a_later_exit_has_not_happened() {
        Case view = FACTS.asOf(CLOSED, LocalDate.parse("2021-05-31"));
        assertThat(FACTS.tallies(view)).containsExactly(
                new Tally(CaseFacts.PLAN_MEASURES, CaseFacts.DONE, LocalDate.parse("2021-03-05"), 1),
                new Tally(CaseFacts.PLAN_MEASURES, CaseFacts.NOT_DONE, LocalDate.parse("2021-03-05"), 2));
        assertThat(FACTS.isOpen(view)).isTrue();
        assertThat(FACTS.isOpen(CLOSED)).isFalse();
    }

    @Test
    void an_exit_without_a_reason_counts_as_none_and_a_refusal_adds_nothing() {
        Case noReason = CaseCsvTest.parsed("decision", "ADMITTED", "admission_date", "2021-03-01", "exit_date", "2021-04-01");
        assertThat(FACTS.tallies(noReason)).containsExactly(
                new Tally(CaseFacts.EXIT_REASON, CaseFacts.NO_REASON, LocalDate.parse("2021-04-01"), 1));
        Case refused = CaseCsvTest.parsed("decision", "REFUSED", "application_date", "2021-03-01", "refusal_ground", "NO_PLACES");
        assertThat(FACTS.tallies(refused)).isEmpty();
        assertThat(FACTS.isOpen(refused)).isFalse();
        assertThat(FACTS.indicators().get(CaseFacts.EXIT_REASON)).startsWith("PERIOD_ENDED").endsWith(CaseFacts.NO_REASON)
                .hasSize(ExitReason.values().length + 1);
    }

    @Test
    void every_case_of_every_fixture_written_as_a_row_reads_back_as_the_same_case() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> boundary = Files.list(Fixtures.path("boundary"))) {
            boundary.filter(p -> p.toString().endsWith(".csv") && !p.toString().endsWith(".expected.csv")).forEach(files::add);
        }
        files.add(Fixtures.path("sample/centre-register.csv"));
        int cases = 0;
        for (Path file : files) {
            for (Case c : Fixtures.cases(file)) {
                List<String> row = CaseCsv.format(c);
                assertThat(row).hasSize(CaseCsv.COLUMNS.size());
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    cells.put(CaseCsv.COLUMNS.get(i), row.get(i));
                }
                CsvRow again = new CsvRow(1, cells);
                assertThat(CaseCsv.parse(again)).as("%s %s", file.getFileName(), c.caseId()).isEqualTo(c);
                assertThat(again.errors()).isEmpty();
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(300);
    }
}
