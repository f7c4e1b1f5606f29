package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import kz.socialservices.checker.engine.simulation.FindingChange;
import kz.socialservices.checker.engine.simulation.Simulation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each shipped package's boundary fixtures ({@code fixtures/amendments/ID/cases.csv} with
 * {@code expected.csv}) give exactly the expected verdict before (the current text) and after (the
 * package applied from {@code in_force_from}, else its effective date), with the evidence an optional
 * {@code before_evidence} / {@code after_evidence} column names. {@code ABSENT}: the requirement does
 * not exist on that side.
 */
class AmendmentFixturesTest {

    record Expectation(String caseId, LocalDate asOf, LocalDate inForceFrom, String requirement, String before, String after,
                       String why, Map<String, String> beforeEvidence, Map<String, String> afterEvidence) {
    }

    @TestFactory
    Stream<DynamicTest> every_amendment_boundary_case_gets_its_expected_verdicts_before_and_after() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : DvStandard.SHIPPED_AMENDMENTS) {
            AmendmentPackage p = DvStandard.shippedAmendment(id);
            Path dir = Fixtures.path("amendments/" + id);
            Map<String, Case> cases = Fixtures.cases(dir.resolve("cases.csv")).stream()
                    .collect(Collectors.toMap(Case::caseId, Function.identity()));
            for (Expectation e : expectations(dir.resolve("expected.csv"))) {
                tests.add(DynamicTest.dynamicTest(id + " " + e.requirement() + " " + e.caseId() + " as of " + e.asOf() + ": "
                        + e.before() + " -> " + e.after(), () -> {
                    assertThat(cases).as("case %s in %s/cases.csv", e.caseId(), id).containsKey(e.caseId());
                    var simulation = new Simulation<>(Fixtures.amendments().apply(List.of(p), e.inForceFrom()));
                    var compared = simulation.compare(List.of(cases.get(e.caseId())), e.asOf(), "en").get(0);
                    Finding before = compared.before(e.requirement());
                    Finding after = compared.after(e.requirement());
                    assertThat(name(before)).as("%s %s before (%s): %s", id, e.caseId(), e.why(), before).isEqualTo(e.before());
                    assertThat(name(after)).as("%s %s after (%s): %s", id, e.caseId(), e.why(), after).isEqualTo(e.after());
                    if (before != null && after != null && before.verdict() != after.verdict()) {
                        assertThat(after.basis()).as("%s %s: a verdict the amendment changes rests on a proposal", id, e.caseId())
                                .isEqualTo(kz.socialservices.checker.engine.Basis.ASSUMED);
                    }
                    if (before != null && before.equals(after)) {
                        assertThat(after.basis()).as("%s %s: an unchanged finding keeps its basis", id, e.caseId()).isEqualTo(before.basis());
                    }
                    e.beforeEvidence().forEach((k, v) -> assertThat(before.evidence()).as("%s before evidence: %s", e.caseId(), before)
                            .extractingByKey(k).hasToString(v));
                    e.afterEvidence().forEach((k, v) -> assertThat(after.evidence()).as("%s after evidence: %s", e.caseId(), after)
                            .extractingByKey(k).hasToString(v));
                    for (String lang : DvStandard.LANGUAGES) {
                        Finding rendered = simulation.compare(List.of(cases.get(e.caseId())), e.asOf(), lang).get(0).after(e.requirement());
                        if (rendered != null) {
                            assertThat(rendered.message()).as("%s %s after, %s", id, e.caseId(), lang)
                                    .doesNotContainPattern("\\{[A-Za-z]+}").doesNotStartWith(e.requirement() + ": " + e.after());
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    static String name(Finding f) {
        return f == null ? FindingChange.ABSENT : f.verdict().name();
    }

    static List<Expectation> expectations(Path expected) throws IOException {
        List<Expectation> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(expected)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String from = r.get("in_force_from");
                out.add(new Expectation(r.get("case_id"), LocalDate.parse(r.get("as_of")), from.isBlank() ? null : LocalDate.parse(from),
                        r.get("requirement"), r.get("before"), r.get("after"), r.get("why"), evidence(r, "before_evidence"),
                        evidence(r, "after_evidence")));
            }
        }
        return out;
    }

    private static Map<String, String> evidence(CSVRecord r, String column) {
        Map<String, String> out = new LinkedHashMap<>();
        if (r.isSet(column) && !r.get(column).isBlank()) {
            for (String pair : r.get(column).split(";")) {
                String[] kv = pair.split("=", 2);
                out.put(kv[0].strip(), kv[1].strip());
            }
        }
        return out;
    }
}
