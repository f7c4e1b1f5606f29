package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.evaluation.Messages;
import org.junit.jupiter.api.Test;

/** Every finding the fixtures produce reads as a full sentence in en, ru and kk, with nothing left unfilled. */
class MessagesTest {

    @Test
    void every_requirement_has_its_own_message_for_each_verdict_its_rules_give_in_every_language() {
        Messages messages = Fixtures.standard().messages();
        for (String lang : DvStandard.LANGUAGES) {
            for (Requirement r : Fixtures.standard().catalogue().all()) {
                for (Verdict v : r.verdicts()) {
                    if (v == Verdict.COMPLIANT || v == Verdict.NON_COMPLIANT || v == Verdict.PENDING) {
                        assertThat(messages.ownTemplate(lang, r.id(), v, null) != null
                                || hasReasonVariant(lang, r.id(), v))
                                .as("%s: a %s message for %s", lang, v, r.id()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void no_message_of_any_fixture_finding_leaves_a_placeholder_unfilled() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path expected : BoundaryFixturesTest.expectedFiles()) {
            files.add(expected.resolveSibling(expected.getFileName().toString().replace(".expected", "")));
        }
        files.add(Fixtures.path("sample/centre-register.csv"));
        List<LocalDate> asOfs = List.of(LocalDate.of(2017, 6, 1), LocalDate.of(2021, 4, 1), LocalDate.of(2022, 3, 1),
                LocalDate.of(2023, 9, 1), LocalDate.of(2025, 3, 31));
        int rendered = 0;
        for (Path file : files) {
            List<Case> cases = Fixtures.cases(file);
            for (LocalDate asOf : asOfs) {
                for (String lang : DvStandard.LANGUAGES) {
                    for (var result : Fixtures.evaluator().evaluate(cases, asOf, lang)) {
                        for (Finding f : result.findings()) {
                            assertThat(f.message()).as("%s %s %s %s as of %s", lang, file.getFileName(), result.caseId(), f, asOf)
                                    .doesNotContainPattern("\\{[A-Za-z]+}")
                                    .doesNotStartWith(f.requirement() + ": " + f.verdict());
                            rendered++;
                        }
                    }
                }
            }
        }
        assertThat(rendered).isGreaterThan(100_000);
    }

    @Test
    void no_message_of_a_boundary_case_on_its_own_as_of_date_leaves_a_placeholder_unfilled() throws IOException {
        int rendered = 0;
        for (Path expected : BoundaryFixturesTest.expectedFiles()) {
            String requirement = expected.getFileName().toString().replace(".expected.csv", "");
            Map<String, Case> cases = new HashMap<>();
            Fixtures.cases(expected.resolveSibling(requirement + ".csv")).forEach(c -> cases.put(c.caseId(), c));
            for (BoundaryFixturesTest.Expectation e : BoundaryFixturesTest.expectations(expected, requirement)) {
                for (String lang : DvStandard.LANGUAGES) {
                    Finding f = Fixtures.evaluator().evaluateOne(cases.get(e.caseId()), e.asOf(), lang).finding(requirement);
                    assertThat(f.message()).as("%s %s %s as of %s", lang, requirement, e.caseId(), e.asOf())
                            .doesNotContainPattern("\\{[A-Za-z]+}")
                            .doesNotStartWith(f.requirement() + ": " + f.verdict());
                    rendered++;
                }
            }
        }
        assertThat(rendered).isGreaterThan(1000);
    }

    private static boolean hasReasonVariant(String lang, String requirement, Verdict v) {
        for (String reason : List.of("late", "missed", "onTime", "incomplete", "beforeAdmission", "noContract",
                "closedWithoutPlan", "beforeAssessment", "noMeasures", "incompleteMeasures")) {
            String specific = Fixtures.standard().messages().ownTemplate(lang, requirement, v, reason);
            if (specific != null) {
                return true;
            }
        }
        return false;
    }
}
