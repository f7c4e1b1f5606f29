package kz.socialservices.checker.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.TestCalendars;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.params.Edition;
import kz.socialservices.checker.engine.params.Parameter;
import kz.socialservices.checker.engine.params.ParameterSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ObligationTest {

    static final String PARAMS = """
            toy.days:
              description: d
              unit: calendar_days
              values:
                2017-01-20: {value: 10, basis: LAW, source: s}
                2023-07-01: {value: 5, basis: ASSUMED, source: s}
            toy.working:
              description: d
              unit: working_days
              values:
                2017-01-20: {value: 10, basis: LAW, source: s}
            toy.unknown:
              description: d
              unit: calendar_days
              values:
                2017-01-20: {value: null, basis: SEED, source: s}
            toy.grounds:
              description: d
              unit: list
              values:
                2017-01-20: {value: [A, B], basis: LAW, source: s}
            """;

    static Map<String, Parameter> params;
    static final Edition EDITION = new Edition("E", LocalDate.parse("2017-01-20"), null, "", "", null);
    static final Requirement REQ = new Requirement("T-01", "T", "t", Basis.LAW, "s", Severity.MAJOR, "ADMITTED",
            "application_date", Verdict.UNDETERMINED, new Requirement.Deadline("application_date", "toy.days"),
            List.of("toy.days", "toy.working", "toy.unknown", "toy.grounds"), Set.of(Verdict.COMPLIANT));

    @BeforeAll
    static void read() throws Exception {
        ParameterSet set = ParameterSet.read(new ByteArrayInputStream(PARAMS.getBytes(StandardCharsets.UTF_8)), "p.yaml");
        params = Map.of("toy.days", set.get("toy.days"), "toy.working", set.get("toy.working"),
                "toy.unknown", set.get("toy.unknown"), "toy.grounds", set.get("toy.grounds"));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Obligation obligation(String parameterDate, String asOf, String due) {
        return new Obligation(REQ, "subject", d(asOf), d(parameterDate), EDITION, params, d(parameterDate),
                d(parameterDate), due == null ? null : d(due), TestCalendars.kazakhstan());
    }

    @Test
    void parameter_values_are_read_as_of_the_parameter_date() {
        assertThat(obligation("2023-06-30", "2024-01-01", null).number("toy.days")).isEqualTo(10);
        assertThat(obligation("2023-07-01", "2024-01-01", null).number("toy.days")).isEqualTo(5);
        assertThat(obligation("2023-07-01", "2024-01-01", null).value("toy.days").basis()).isEqualTo(Basis.ASSUMED);
    }

    @Test
    void a_parameter_without_a_value_is_not_set_and_has_no_number() {
        Obligation o = obligation("2020-01-01", "2024-01-01", null);
        assertThat(o.value("toy.unknown").value()).isNull();
        assertThat(o.value("toy.days").value()).isEqualTo(10);
        assertThatThrownBy(() -> o.number("toy.unknown")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("toy.unknown");
    }

    @Test
    void before_a_parameters_first_value_it_is_not_set() {
        Obligation o = obligation("2017-01-19", "2024-01-01", null);
        assertThat(o.value("toy.days").value()).isNull();
    }

    @Test
    void list_parameters_answer_whether_an_item_is_listed() {
        Obligation o = obligation("2020-01-01", "2024-01-01", null);
        assertThat(o.list("toy.grounds")).containsExactly("A", "B");
        assertThat(o.listed("toy.grounds", "A")).isTrue();
        assertThat(o.listed("toy.grounds", Verdict.COMPLIANT)).isFalse();
        assertThat(o.listed("toy.grounds", null)).isFalse();
        assertThat(o.list("toy.days")).isEmpty();
    }

    @Test
    void a_parameter_the_catalogue_does_not_list_for_the_requirement_cannot_be_read() {
        Obligation o = obligation("2020-01-01", "2024-01-01", null);
        assertThatThrownBy(() -> o.value("toy.other")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("toy.other").hasMessageContaining("T-01");
    }

    @Test
    void last_day_within_counts_in_the_parameters_unit() {
        Obligation o = obligation("2021-12-10", "2024-01-01", null);
        assertThat(o.lastDayWithin(d("2021-12-10"), "toy.days")).isEqualTo(d("2021-12-20"));
        assertThat(o.lastDayWithin(d("2021-12-10"), "toy.working")).isEqualTo(d("2021-12-28"));
    }

    @Test
    void the_due_date_itself_meets_the_deadline_and_the_day_after_does_not() {
        Obligation o = obligation("2024-01-10", "2024-02-01", "2024-01-15");
        assertThat(o.meetsDeadline(d("2024-01-15"))).isTrue();
        assertThat(o.meetsDeadline(d("2024-01-16"))).isFalse();
        assertThat(obligation("2024-01-10", "2024-02-01", null).meetsDeadline(d("2030-01-01"))).isTrue();
    }

    @Test
    void overdue_starts_the_day_after_the_due_date() {
        assertThat(obligation("2024-01-10", "2024-01-15", "2024-01-15").isOverdue()).isFalse();
        assertThat(obligation("2024-01-10", "2024-01-16", "2024-01-15").isOverdue()).isTrue();
        assertThat(obligation("2024-01-10", "2024-01-16", null).isOverdue()).isFalse();
    }

    @Test
    void an_open_case_is_ahead_of_its_deadline_until_the_due_date_and_has_missed_it_after() {
        Obligation onDue = obligation("2024-01-10", "2024-01-15", "2024-01-15");
        assertThat(onDue.deadlineAhead(null)).isTrue();
        assertThat(onDue.deadlineMissed(null)).isFalse();
        Obligation after = obligation("2024-01-10", "2024-01-16", "2024-01-15");
        assertThat(after.deadlineAhead(null)).isFalse();
        assertThat(after.deadlineMissed(null)).isTrue();
    }

    @Test
    void a_case_closed_on_the_due_date_closed_by_the_deadline_and_one_closed_later_missed_it() {
        Obligation o = obligation("2024-01-10", "2024-03-01", "2024-01-15");
        assertThat(o.closedByDeadline(d("2024-01-15"))).isTrue();
        assertThat(o.deadlineMissed(d("2024-01-15"))).isFalse();
        assertThat(o.closedByDeadline(d("2024-01-16"))).isFalse();
        assertThat(o.deadlineMissed(d("2024-01-16"))).isTrue();
        assertThat(o.deadlineAhead(d("2024-01-15"))).isFalse();
    }

    @Test
    void without_a_due_date_no_deadline_question_is_true() {
        Obligation o = obligation("2024-01-10", "2024-03-01", null);
        assertThat(o.deadlineAhead(null)).isFalse();
        assertThat(o.deadlineMissed(null)).isFalse();
        assertThat(o.closedByDeadline(d("2024-01-11"))).isFalse();
    }

    @Test
    void a_last_day_the_rule_gives_itself_is_judged_like_a_due_date_even_without_a_deadline_parameter() {
        Obligation onTheDay = obligation("2024-01-10", "2024-01-10", null);
        assertThat(onTheDay.deadlineAhead(null, d("2024-01-10"))).isTrue();
        assertThat(onTheDay.deadlineMissed(null, d("2024-01-10"))).isFalse();
        Obligation dayAfter = obligation("2024-01-10", "2024-01-11", null);
        assertThat(dayAfter.deadlineAhead(null, d("2024-01-10"))).isFalse();
        assertThat(dayAfter.deadlineMissed(null, d("2024-01-10"))).isTrue();
        Obligation closed = obligation("2024-01-10", "2024-03-01", null);
        assertThat(closed.closedByDeadline(d("2024-01-10"), d("2024-01-10"))).isTrue();
        assertThat(closed.closedByDeadline(d("2024-01-11"), d("2024-01-10"))).isFalse();
        assertThat(closed.deadlineMissed(d("2024-01-11"), d("2024-01-10"))).isTrue();
        assertThat(closed.deadlineMissed(null, null)).isFalse();
        assertThat(closed.deadlineAhead(null, null)).isFalse();
        assertThat(closed.closedByDeadline(d("2024-01-10"), null)).isFalse();
    }

    @Test
    void an_obligation_prints_only_its_requirement_never_the_case() {
        Obligation o = new Obligation(REQ, "secret content", d("2024-01-01"), d("2024-01-01"), EDITION, params,
                d("2024-01-01"), null, null, TestCalendars.kazakhstan());
        assertThat(o.toString()).isEqualTo("Obligation[T-01]").doesNotContain("secret");
        assertThat(o.getRequirement()).isEqualTo("T-01");
        assertThat(o.getSubject()).isEqualTo("secret content");
    }
}
