package kz.socialservices.checker.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EvaluatorTest {

    private static Standard<ToyCase> standard;
    private static Evaluator<ToyCase> evaluator;

    @BeforeAll
    static void buildTheToyStandard() {
        standard = ToyStandard.standard();
        evaluator = new Evaluator<>(standard);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static CaseResult judge(ToyCase c, String asOf) {
        return evaluator.evaluateOne(c, d(asOf), "en");
    }

    private static Finding judge(ToyCase c, String asOf, String requirement) {
        return judge(c, asOf).finding(requirement);
    }

    /** Only T-01 of the toy catalogue, for rule sets with defects. */
    private static final String T01_ONLY = ToyStandard.CATALOGUE.substring(0, ToyStandard.CATALOGUE.indexOf("- id: T-02"));

    // --- what an audit reads beside the verdicts ------------------------------------------------

    @Test
    void every_finding_carries_its_anchor_date_whether_the_rules_or_the_engine_gave_it() {
        CaseResult r = judge(ToyCase.admitted("C1", "2017-01-19").withDone("2017-02-03"), "2017-03-01");
        assertThat(r.finding("T-01").verdict()).isEqualTo(Verdict.OUT_OF_SCOPE);
        assertThat(r.finding("T-01").anchorDate()).isEqualTo(d("2017-01-19"));
        assertThat(r.finding("T-03").verdict()).isEqualTo(Verdict.COMPLIANT); // judged by a rule, anchored on done_date
        assertThat(r.finding("T-03").anchorDate()).isEqualTo(d("2017-02-03"));
        assertThat(r.finding("T-04").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(r.finding("T-04").anchorDate()).isEqualTo(d("2017-01-19"));
    }

    @Test
    void an_anchor_that_is_missing_or_after_the_as_of_date_gives_no_anchor_date() {
        ToyCase noDecision = ToyCase.admitted("C1", "2024-01-10").withDecision(null);
        assertThat(judge(noDecision, "2024-03-01", "T-01").verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(judge(noDecision, "2024-03-01", "T-01").anchorDate()).isEqualTo(d("2024-01-10"));
        Finding doneLater = judge(ToyCase.admitted("C1", "2024-01-10").withDone("2024-04-01"), "2024-03-01", "T-03");
        assertThat(doneLater.evidence()).containsEntry("reason", "afterAsOf");
        assertThat(doneLater.anchorDate()).isNull();
    }

    @Test
    void a_result_says_when_the_case_started_and_whether_it_was_open_at_the_as_of_date() {
        ToyCase c = ToyCase.admitted("C1", "2024-01-10").withClosed("2024-02-20");
        CaseResult before = judge(c, "2024-02-19");
        assertThat(before.startDate()).isEqualTo(d("2024-01-10"));
        assertThat(before.open()).isTrue();
        assertThat(judge(c, "2024-02-20").open()).isFalse();
        assertThat(judge(c.withDecision("REFUSED"), "2024-02-19").open()).isFalse();
        assertThat(before.tallies()).isEmpty(); // the toy standard has no indicators of its own
    }

    // --- what the engine settles before the rules --------------------------------------------

    @Test
    void a_case_starting_after_the_as_of_date_is_not_applicable_for_every_requirement() {
        CaseResult r = judge(ToyCase.admitted("C1", "2024-03-02"), "2024-03-01");
        assertThat(r.findings()).extracting(Finding::requirement).containsExactly("T-01", "T-02", "T-03", "T-04");
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
            assertThat(f.evidence()).containsEntry("reason", "startsAfterAsOf").containsEntry("start", d("2024-03-02"));
        });
    }

    @Test
    void a_case_starting_on_the_as_of_date_is_judged() {
        CaseResult r = judge(ToyCase.admitted("C1", "2024-03-02"), "2024-03-02");
        assertThat(r.finding("T-01").verdict()).isEqualTo(Verdict.PENDING);
        assertThat(r.finding("T-04").evidence()).containsEntry("reason", "doesNotConcern");
    }

    @Test
    void an_anchor_the_day_before_the_first_edition_is_out_of_scope_and_on_its_first_day_is_judged() {
        Finding before = judge(ToyCase.admitted("C1", "2017-01-19"), "2017-01-25", "T-01");
        assertThat(before.verdict()).isEqualTo(Verdict.OUT_OF_SCOPE);
        assertThat(before.edition()).isNull();
        assertThat(before.evidence()).containsEntry("anchor", "application_date")
                .containsEntry("anchorDate", d("2017-01-19")).containsEntry("firstEdition", d("2017-01-20"));
        assertThat(before.message()).isEqualTo("T-01: before the standard (2017-01-19).");

        Finding first = judge(ToyCase.admitted("C1", "2017-01-20"), "2017-01-25", "T-01");
        assertThat(first.verdict()).isEqualTo(Verdict.PENDING);
        assertThat(first.edition()).isEqualTo("TOY-2017");
    }

    @Test
    void a_missing_anchor_is_undetermined_naming_the_field() {
        ToyCase c = ToyCase.admitted("C1", null);
        Finding f = judge(c, "2024-01-01", "T-01");
        assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(f.missingFields()).containsExactly("application_date");
        assertThat(f.message()).isEqualTo("T-01: cannot be judged; complete: application_date.");
    }

    @Test
    void a_missing_anchor_is_not_applicable_where_the_catalogue_says_so() {
        Finding f = judge(ToyCase.admitted("C1", "2024-01-10"), "2024-02-01", "T-03");
        assertThat(f.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(f.missingFields()).isEmpty();
        assertThat(f.evidence()).containsEntry("reason", "noAnchor").containsEntry("anchor", "done_date");
    }

    @Test
    void an_unknown_scope_is_undetermined_naming_what_is_missing_for_every_requirement() {
        CaseResult r = judge(ToyCase.admitted("C1", "2024-01-10").withDecision(null), "2024-02-01");
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
            assertThat(f.missingFields()).containsExactly("decision");
        });
    }

    @Test
    void a_requirement_for_another_kind_of_case_is_not_applicable_and_one_for_this_kind_is_judged() {
        CaseResult r = judge(ToyCase.admitted("C1", "2024-01-10").withDecision("REFUSED"), "2024-02-01");
        assertThat(r.finding("T-01").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(r.finding("T-01").evidence()).containsEntry("reason", "doesNotConcern").containsEntry("scope", "ADMITTED");
        assertThat(r.finding("T-04").verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(r.finding("T-04").severity()).isEqualTo(Severity.CRITICAL);
    }

    // --- deadlines ------------------------------------------------------------------------------

    @Test
    void a_deadline_comes_from_the_parameter_value_in_force_at_the_anchor_date() {
        Finding old = judge(ToyCase.admitted("C1", "2023-06-30"), "2024-01-01", "T-01");
        assertThat(old.dueDate()).isEqualTo(d("2023-07-10"));
        assertThat(old.edition()).isEqualTo("TOY-2017");
        assertThat(old.basis()).isEqualTo(Basis.LAW);
        assertThat(old.evidence()).containsEntry("limit", 10).containsEntry("limitBasis", Basis.LAW);

        Finding changed = judge(ToyCase.admitted("C1", "2023-07-01"), "2024-01-01", "T-01");
        assertThat(changed.dueDate()).isEqualTo(d("2023-07-06"));
        assertThat(changed.edition()).isEqualTo("TOY-2023");
        assertThat(changed.basis()).isEqualTo(Basis.ASSUMED);
        assertThat(changed.evidence()).containsEntry("limit", 5).containsEntry("limitBasis", Basis.ASSUMED);
    }

    @Test
    void a_deadline_finding_shows_the_limit_it_was_judged_by() {
        Finding f = judge(ToyCase.admitted("C1", "2024-01-10").withDone("2024-01-12"), "2024-02-01", "T-01");
        assertThat(f.evidence()).containsEntry("from", "application_date")
                .containsEntry("fromDate", d("2024-01-10"))
                .containsEntry("limit", 5)
                .containsEntry("unit", "calendar_days")
                .containsEntry("due", d("2024-01-15"));
    }

    @Test
    void a_working_day_deadline_is_counted_by_the_holiday_calendar() {
        Finding f = judge(ToyCase.admitted("C1", "2021-12-10"), "2021-12-20", "T-02");
        assertThat(f.verdict()).isEqualTo(Verdict.PENDING);
        assertThat(f.dueDate()).isEqualTo(d("2021-12-28"));
        assertThat(f.evidence()).containsEntry("unit", LimitUnit.WORKING_DAYS.fileName()).containsEntry("limit", 10);
        assertThat(f.message()).isEqualTo("T-02: pending, due 2021-12-28.");
    }

    @Test
    void a_working_day_deadline_counted_into_an_uncovered_year_is_undetermined_naming_the_calendar_year() {
        Finding f = judge(ToyCase.admitted("C1", "2026-12-28"), "2027-02-01", "T-02");
        assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(f.missingFields()).containsExactly("calendar:2027");
        assertThat(f.evidence()).containsEntry("reason", "calendarNotCovered").containsEntry("calendarYear", 2027);
        assertThat(f.edition()).isEqualTo("TOY-2023");
        assertThat(f.message()).isEqualTo("T-02: cannot be judged; complete: calendar:2027.");
    }

    @Test
    void a_working_day_deadline_ending_inside_the_last_covered_year_is_judged() {
        Finding f = judge(ToyCase.admitted("C1", "2026-12-14"), "2026-12-20", "T-02");
        assertThat(f.verdict()).isEqualTo(Verdict.PENDING);
        assertThat(f.dueDate()).isEqualTo(d("2026-12-29"));
    }

    // --- lateness of a working-day deadline, in working days beside calendar days -----------------

    @Test
    void done_the_working_day_after_a_working_day_deadline_is_one_working_day_and_one_calendar_day_late() {
        // 2021-12-10 + 10 working days = 2021-12-28
        Finding f = judge(ToyCase.admitted("C1", "2021-12-10").withDone("2021-12-29"), "2022-02-01", "T-02");
        assertThat(f.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(f.evidence()).containsEntry("reason", "late").containsEntry("daysLate", 1L)
                .containsEntry("workingDaysLate", 1L).doesNotContainKey("detail");
        Finding onTime = judge(ToyCase.admitted("C1", "2021-12-10").withDone("2021-12-28"), "2022-02-01", "T-02");
        assertThat(onTime.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(onTime.evidence()).doesNotContainKeys("workingDaysLate", "daysLate");
    }

    @Test
    void late_over_the_new_year_days_off_counts_only_the_working_days_in_working_days() {
        // after 2021-12-28: 29-31 Dec = 3; 1-2 Jan holidays on a weekend; 3-4 Jan moved days off; 5 Jan = 4
        Finding f = judge(ToyCase.admitted("C1", "2021-12-10").withDone("2022-01-05"), "2022-02-01", "T-02");
        assertThat(f.evidence()).containsEntry("daysLate", 8L).containsEntry("workingDaysLate", 4L);
        assertThat(List.copyOf(f.evidence().keySet())).containsSubsequence("daysLate", "workingDaysLate");
    }

    @Test
    void a_missed_working_day_deadline_is_overdue_in_working_days_too_until_the_as_of_date_or_the_closing() {
        Finding open = judge(ToyCase.admitted("C1", "2021-12-10"), "2022-01-05", "T-02");
        assertThat(open.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(open.evidence()).containsEntry("reason", "missed").containsEntry("daysOverdue", 8L)
                .containsEntry("workingDaysOverdue", 4L);
        Finding closed = judge(ToyCase.admitted("C1", "2021-12-10").withClosed("2021-12-31"), "2022-03-01", "T-02");
        assertThat(closed.evidence()).containsEntry("reason", "missedBeforeClosing").containsEntry("daysOverdue", 3L)
                .containsEntry("workingDaysOverdue", 3L);
    }

    @Test
    void lateness_running_into_a_year_the_calendar_does_not_cover_keeps_the_verdict_and_the_calendar_days_only() {
        // 2026-12-14 + 10 working days = 2026-12-29, inside the calendar; done in 2027, outside it
        Finding f = judge(ToyCase.admitted("C1", "2026-12-14").withDone("2027-01-05"), "2027-02-01", "T-02");
        assertThat(f.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(f.dueDate()).isEqualTo(d("2026-12-29"));
        assertThat(f.evidence()).containsEntry("reason", "late").containsEntry("daysLate", 7L)
                .containsEntry("detail", "workingDaysNotCounted").containsEntry("calendarYear", 2027)
                .doesNotContainKey("workingDaysLate");
        Finding missed = judge(ToyCase.admitted("C1", "2026-12-14"), "2027-01-05", "T-02");
        assertThat(missed.evidence()).containsEntry("reason", "missed").containsEntry("daysOverdue", 7L)
                .containsEntry("calendarYear", 2027).doesNotContainKey("workingDaysOverdue");
        Finding lastCoveredDay = judge(ToyCase.admitted("C1", "2026-12-14"), "2026-12-31", "T-02");
        assertThat(lastCoveredDay.evidence()).containsEntry("workingDaysOverdue", 2L).doesNotContainKey("detail");
    }

    @Test
    void a_calendar_day_deadline_says_its_lateness_in_calendar_days_only() {
        Finding late = judge(ToyCase.admitted("C1", "2021-12-10").withDone("2022-01-05"), "2022-02-01", "T-01");
        assertThat(late.evidence()).containsEntry("daysLate", 16L).doesNotContainKeys("workingDaysLate", "detail");
        Finding missed = judge(ToyCase.admitted("C1", "2021-12-10"), "2022-01-05", "T-01");
        assertThat(missed.evidence()).containsEntry("daysOverdue", 16L).doesNotContainKeys("workingDaysOverdue", "detail");
    }

    @Test
    void a_calendar_day_deadline_into_an_uncovered_year_needs_no_holiday_calendar() {
        Finding f = judge(ToyCase.admitted("C1", "2026-12-28"), "2027-02-01", "T-01");
        assertThat(f.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(f.dueDate()).isEqualTo(d("2027-01-02"));
    }

    // --- what the rules say through Findings ------------------------------------------------

    @Test
    void done_on_the_due_date_is_on_time() {
        Finding f = judge(ToyCase.admitted("C1", "2024-01-10").withDone("2024-01-15"), "2024-02-01", "T-01");
        assertThat(f.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(f.dueDate()).isEqualTo(d("2024-01-15"));
        assertThat(f.evidence()).containsEntry("reason", "onTime").containsEntry("done", d("2024-01-15"));
    }

    @Test
    void done_one_day_after_the_due_date_is_late_by_one_day() {
        Finding f = judge(ToyCase.admitted("C1", "2024-01-10").withDone("2024-01-16"), "2024-02-01", "T-01");
        assertThat(f.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(f.dueDate()).isEqualTo(d("2024-01-15"));
        assertThat(f.evidence()).containsEntry("reason", "late").containsEntry("done", d("2024-01-16"))
                .containsEntry("daysLate", 1L);
        assertThat(f.message()).isEqualTo("T-01 done 2024-01-16, 1 days after the deadline 2024-01-15.");
    }

    @Test
    void not_done_and_open_is_pending_on_the_due_date_and_missed_the_day_after() {
        ToyCase c = ToyCase.admitted("C1", "2024-01-10");
        Finding pending = judge(c, "2024-01-15", "T-01");
        assertThat(pending.verdict()).isEqualTo(Verdict.PENDING);
        assertThat(pending.dueDate()).isEqualTo(d("2024-01-15"));
        assertThat(pending.message()).isEqualTo("T-01: pending, due 2024-01-15.");

        Finding missed = judge(c, "2024-01-16", "T-01");
        assertThat(missed.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(missed.dueDate()).isEqualTo(d("2024-01-15"));
        assertThat(missed.evidence()).containsEntry("reason", "missed").containsEntry("done", null)
                .containsEntry("until", d("2024-01-16")).containsEntry("daysOverdue", 1L);
    }

    @Test
    void not_done_and_closed_on_the_due_date_is_not_applicable_and_closed_later_is_missed_before_closing() {
        ToyCase c = ToyCase.admitted("C1", "2024-01-10");
        Finding closedInTime = judge(c.withClosed("2024-01-15"), "2024-03-01", "T-01");
        assertThat(closedInTime.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(closedInTime.evidence()).containsEntry("reason", "closedBeforeDue")
                .containsEntry("closed", d("2024-01-15"));

        Finding closedLate = judge(c.withClosed("2024-01-18"), "2024-03-01", "T-01");
        assertThat(closedLate.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(closedLate.evidence()).containsEntry("reason", "missedBeforeClosing")
                .containsEntry("until", d("2024-01-18")).containsEntry("daysOverdue", 3L);
    }

    @Test
    void the_rules_see_the_case_as_it_stood_on_the_as_of_date() {
        ToyCase c = ToyCase.admitted("C1", "2024-01-10").withDone("2024-01-12");
        CaseResult before = judge(c, "2024-01-11");
        assertThat(before.finding("T-01").verdict()).isEqualTo(Verdict.PENDING);
        assertThat(before.finding("T-03").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);

        CaseResult on = judge(c, "2024-01-12");
        assertThat(on.finding("T-01").verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(on.finding("T-03").verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(on.finding("T-03").evidence()).containsEntry("done", d("2024-01-12"))
                .containsEntry("edition", "TOY-2023");
    }

    @Test
    void a_requirement_without_a_deadline_carries_no_limit_evidence_and_no_due_date() {
        Finding f = judge(ToyCase.admitted("C1", "2024-01-10").withDone("2024-01-12"), "2024-02-01", "T-03");
        assertThat(f.dueDate()).isNull();
        assertThat(f.evidence()).doesNotContainKeys("limit", "due", "unit");
    }

    // --- results ---------------------------------------------------------------------------------

    @Test
    void a_result_names_the_case_and_its_centre_and_lists_findings_in_catalogue_order() {
        CaseResult r = judge(ToyCase.admitted("C9", "2024-01-10"), "2024-02-01");
        assertThat(r.caseId()).isEqualTo("C9");
        assertThat(r.centreId()).isEqualTo("CTR-1");
        assertThat(r.dimensions()).containsOnly(entry("region", "Toy region"), entry("ownership", "PUBLIC"));
        assertThat(r.findings()).extracting(Finding::requirement).containsExactly("T-01", "T-02", "T-03", "T-04");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThatThrownBy(() -> r.finding("T-99")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messages_are_rendered_in_the_language_asked_for_or_the_fallback() {
        ToyCase c = ToyCase.admitted("C1", "2024-01-10").withDone("2024-01-12");
        assertThat(evaluator.evaluateOne(c, d("2024-02-01"), "ru").finding("T-03").message()).isEqualTo("T-03: соответствует.");
        assertThat(evaluator.evaluateOne(c, d("2024-02-01"), "de").finding("T-03").message()).isEqualTo("T-03: compliant.");
    }

    @Test
    void cases_in_chunks_of_two_come_back_in_input_order_with_the_same_findings() {
        List<ToyCase> cases = List.of(
                ToyCase.admitted("A", "2024-01-10").withDone("2024-01-16"),
                ToyCase.admitted("B", "2024-01-10"),
                ToyCase.admitted("C", "2017-01-19"),
                ToyCase.admitted("D", "2024-01-10").withDecision("REFUSED"),
                ToyCase.admitted("E", "2024-01-10").withDone("2024-01-11"));
        Evaluator<ToyCase> inTwos = new Evaluator<>(standard, 2);
        List<CaseResult> chunked = inTwos.evaluate(cases, d("2024-02-01"), "en");
        assertThat(chunked).extracting(CaseResult::caseId).containsExactly("A", "B", "C", "D", "E");
        assertThat(chunked).extracting(r -> r.finding("T-01").verdict()).containsExactly(
                Verdict.NON_COMPLIANT, Verdict.NON_COMPLIANT, Verdict.OUT_OF_SCOPE, Verdict.NOT_APPLICABLE, Verdict.COMPLIANT);
        assertThat(chunked).isEqualTo(evaluator.evaluate(cases, d("2024-02-01"), "en"));

        List<String> streamed = new ArrayList<>();
        inTwos.evaluate(cases.iterator(), d("2024-02-01"), "en", r -> streamed.add(r.caseId()));
        assertThat(streamed).containsExactly("A", "B", "C", "D", "E");
    }

    @Test
    void no_cases_give_no_results() {
        assertThat(evaluator.evaluate(List.of(), d("2024-02-01"), "en")).isEmpty();
    }

    // --- defects of a rule set ---------------------------------------------------------------

    @Test
    void an_obligation_no_rule_concludes_on_is_a_rule_set_defect() {
        String rules = ToyStandard.HEADER + """
                rule "T-01 done"
                when
                    $o : Obligation( requirement == "T-01" )
                    $c : ToyCase( done != null ) from $o.subject
                then
                    findings.onTime($o, $c.done());
                end
                """;
        Evaluator<ToyCase> gappy = new Evaluator<>(ToyStandard.standard(T01_ONLY, rules));
        assertThat(gappy.evaluateOne(ToyCase.admitted("C1", "2024-01-10").withDone("2024-01-11"), d("2024-02-01"), "en")
                .finding("T-01").verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThatThrownBy(() -> gappy.evaluateOne(ToyCase.admitted("C1", "2024-01-10"), d("2024-02-01"), "en"))
                .isInstanceOf(RuleSetDefect.class)
                .hasMessageContaining("T-01").hasMessageContaining("gap");
    }

    /** T-01 concluded twice when nothing was done; once when it was. */
    private static final String TWO_RULES = ToyStandard.HEADER + """
            rule "T-01 first"
            when
                $o : Obligation( requirement == "T-01" )
            then
                findings.compliant($o);
            end

            rule "T-01 second"
            when
                $o : Obligation( requirement == "T-01" )
                ToyCase( done == null ) from $o.subject
            then
                findings.nonCompliant($o);
            end
            """;

    @Test
    void a_case_that_only_one_of_two_overlapping_rules_reaches_is_judged_normally() {
        Evaluator<ToyCase> twice = new Evaluator<>(ToyStandard.standard(T01_ONLY, TWO_RULES));
        assertThat(twice.evaluateOne(ToyCase.admitted("C1", "2024-01-10").withDone("2024-01-11"), d("2024-02-01"), "en")
                .finding("T-01").verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void two_rules_concluding_on_one_obligation_throw_a_rule_set_defect() {
        Evaluator<ToyCase> twice = new Evaluator<>(ToyStandard.standard(T01_ONLY, TWO_RULES));
        assertThatThrownBy(() -> twice.evaluateOne(ToyCase.admitted("C1", "2024-01-10"), d("2024-02-01"), "en"))
                .isInstanceOf(RuleSetDefect.class)
                .hasMessageContaining("T-01").hasMessageContaining("two rules");
    }
}
