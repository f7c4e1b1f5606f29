package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.params.ParameterSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ADM-09 with {@code admission.contract_deadline_days} set (no value is known, so the shipped
 * parameters leave it unset and the boundary fixtures cannot reach this): the contract is pending
 * on the admission day and up to the deadline, and missing or late after it. The value 3 is test data.
 */
class ContractDeadlineSetTest {

    private static final String UNSET =
            "    2017-01-20: {value: null, basis: SEED, source: \"The 2021 monitoring note mentions contracts but no deadline\"}";
    private static final String SET = "    2017-01-20: {value: 3, basis: ASSUMED, source: \"test data\"}";

    static Evaluator<Case> evaluator;
    static Map<String, Case> cases;

    @BeforeAll
    static void withTheDeadlineSet(@TempDir Path dir) throws Exception {
        String parameters = DvStandard.text("parameters.yaml");
        assertThat(parameters).contains(UNSET);
        Standard<Case> s = Fixtures.standard();
        Standard<Case> set = new Standard<>(s.name(), s.catalogue(),
                ParameterSet.read(new ByteArrayInputStream(parameters.replace(UNSET, SET).getBytes(StandardCharsets.UTF_8)),
                        "parameters.yaml"),
                s.editions(), s.calendar(), s.rules(), s.messages(), s.adapter(), "test");
        evaluator = new Evaluator<>(set);
        Path file = dir.resolve("cases.csv");
        // admitted Wednesday 2021-05-12: due 2021-05-15 (3 calendar days)
        Files.writeString(file, """
                case_id,decision,application_date,admission_date,contract_date,exit_date,exit_reason,violence_forms
                no-contract,ADMITTED,2021-05-12,2021-05-12,,,,PHYSICAL
                on-due-date,ADMITTED,2021-05-12,2021-05-12,2021-05-15,,,PHYSICAL
                day-after-due,ADMITTED,2021-05-12,2021-05-12,2021-05-16,,,PHYSICAL
                left-on-due-date,ADMITTED,2021-05-12,2021-05-12,,2021-05-15,RECIPIENT_DECISION,PHYSICAL
                """, StandardCharsets.UTF_8);
        cases = Fixtures.cases(file).stream().collect(Collectors.toMap(Case::caseId, Function.identity()));
    }

    private static Finding adm09(String caseId, String asOf) {
        return evaluator.evaluateOne(cases.get(caseId), LocalDate.parse(asOf), "en").finding("ADM-09");
    }

    @Test
    void without_a_contract_it_is_pending_from_the_admission_day_to_the_deadline_and_not_compliant_the_day_after() {
        for (String asOf : List.of("2021-05-12", "2021-05-15")) {
            Finding f = adm09("no-contract", asOf);
            assertThat(f.verdict()).as("as of %s", asOf).isEqualTo(Verdict.PENDING);
            assertThat(f.dueDate()).isEqualTo(LocalDate.parse("2021-05-15"));
            assertThat(f.message()).doesNotContainPattern("\\{[A-Za-z]+}").contains("2021-05-15").contains("3 calendar days");
        }
        Finding missed = adm09("no-contract", "2021-05-16");
        assertThat(missed.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(missed.evidence()).containsEntry("reason", "missed").containsEntry("daysOverdue", 1L)
                .doesNotContainKey("workingDaysOverdue");
    }

    @Test
    void a_contract_on_the_deadline_is_compliant_and_one_the_day_after_is_late_in_calendar_days_only() {
        assertThat(adm09("on-due-date", "2021-06-01").verdict()).isEqualTo(Verdict.COMPLIANT);
        Finding late = adm09("day-after-due", "2021-06-01");
        assertThat(late.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(late.evidence()).containsEntry("reason", "late").containsEntry("daysLate", 1L)
                .doesNotContainKey("workingDaysLate");
    }

    @Test
    void leaving_on_the_deadline_without_a_contract_is_not_applicable() {
        assertThat(adm09("left-on-due-date", "2021-06-01").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }
}
