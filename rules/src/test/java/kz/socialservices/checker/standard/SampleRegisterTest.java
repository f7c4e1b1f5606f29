package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import org.junit.jupiter.api.Test;

/** The bundled sample register, checked as of the date its README gives. */
class SampleRegisterTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    private final List<CaseResult> results = Fixtures.evaluator()
            .evaluate(Fixtures.cases(Fixtures.path("sample/centre-register.csv")), AS_OF, "en");

    @Test
    void has_over_sixty_cases_and_reaches_every_verdict() {
        assertThat(results).hasSizeGreaterThanOrEqualTo(60);
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        results.forEach(r -> r.findings().forEach(f -> seen.add(f.verdict())));
        assertThat(seen).containsExactlyInAnyOrder(Verdict.values());
    }

    @Test
    void every_case_gets_one_finding_per_requirement_in_catalogue_order() {
        List<String> ids = Fixtures.standard().catalogue().all().stream().map(r -> r.id()).toList();
        results.forEach(r -> assertThat(r.findings()).extracting(Finding::requirement).containsExactlyElementsOf(ids));
    }

    @Test
    void a_case_admitted_under_1079_and_closed_after_july_2023_is_judged_under_both_editions() {
        CaseResult straddling = results.stream().filter(r -> r.caseId().equals("KRG-2023-004")).findFirst().orElseThrow();
        assertThat(straddling.finding("ASM-02").edition()).startsWith("1079-");
        assertThat(straddling.finding("ADM-01").edition()).startsWith("1079-");
        assertThat(straddling.finding("EXIT-01").edition()).isEqualTo("263-2023");
        assertThat(straddling.finding("EXIT-01").basis()).as("Order 263's text is unread: an assumption").hasToString("ASSUMED");
    }

    @Test
    void lists_in_findings_follow_the_enums_order_so_every_run_prints_them_alike() {
        results.forEach(r -> r.findings().forEach(f -> f.evidence().values().forEach(v -> {
            if (v instanceof java.util.Collection<?> c && !c.isEmpty() && c.iterator().next() instanceof Enum<?>) {
                List<Integer> order = c.stream().map(e -> ((Enum<?>) e).ordinal()).toList();
                assertThat(order).as("%s %s", r.caseId(), f.requirement()).isSorted();
            }
        })));
    }

    @Test
    void pending_findings_carry_a_due_date_not_yet_passed_and_undetermined_ones_their_missing_fields() {
        results.forEach(r -> r.findings().forEach(f -> {
            if (f.verdict() == Verdict.PENDING && !f.requirement().equals("IPR-01")) { // IPR-01 has no deadline value
                assertThat(f.dueDate()).as("%s %s", r.caseId(), f).isNotNull().isAfterOrEqualTo(AS_OF);
            }
            if (f.verdict() == Verdict.UNDETERMINED) {
                assertThat(f.missingFields()).as("%s %s", r.caseId(), f).isNotEmpty();
            }
            if (f.verdict() == Verdict.NON_COMPLIANT && f.evidence().containsKey("daysLate")) {
                assertThat((Long) f.evidence().get("daysLate")).as("%s %s", r.caseId(), f).isPositive();
            }
        }));
    }
}
