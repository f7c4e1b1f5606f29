package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each requirement's boundary fixtures ({@code fixtures/boundary/ID.csv} with its expected verdicts
 * in {@code ID.expected.csv}) give exactly the expected verdict for that requirement, and the
 * evidence values an optional {@code evidence} column names ({@code key=value;key=value}).
 */
class BoundaryFixturesTest {

    record Expectation(String requirement, String caseId, LocalDate asOf, Verdict verdict, String why,
                       Map<String, String> evidence) {
    }

    @TestFactory
    Stream<DynamicTest> every_boundary_case_gets_its_expected_verdict() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path expected : expectedFiles()) {
            String requirement = expected.getFileName().toString().replace(".expected.csv", "");
            Map<String, Case> cases = Fixtures.cases(expected.resolveSibling(requirement + ".csv")).stream()
                    .collect(Collectors.toMap(Case::caseId, Function.identity()));
            for (Expectation e : expectations(expected, requirement)) {
                tests.add(DynamicTest.dynamicTest(requirement + " " + e.caseId() + " as of " + e.asOf() + " is " + e.verdict(), () -> {
                    assertThat(cases).as("case %s in %s.csv", e.caseId(), requirement).containsKey(e.caseId());
                    Finding f = Fixtures.evaluator().evaluateOne(cases.get(e.caseId()), e.asOf(), "en").finding(requirement);
                    assertThat(f.verdict()).as("%s %s as of %s (%s); finding %s", requirement, e.caseId(), e.asOf(), e.why(), f)
                            .isEqualTo(e.verdict());
                    e.evidence().forEach((key, value) -> assertThat(f.evidence())
                            .as("%s %s as of %s: evidence %s (%s); finding %s", requirement, e.caseId(), e.asOf(), key, e.why(), f)
                            .containsKey(key)
                            .extractingByKey(key).hasToString(value));
                }));
            }
        }
        return tests.stream();
    }

    static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.path("boundary"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".expected.csv")).sorted().toList();
        }
    }

    static List<Expectation> expectations(Path expected, String requirement) throws IOException {
        List<Expectation> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(expected)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Map<String, String> evidence = new java.util.LinkedHashMap<>();
                if (r.isSet("evidence") && !r.get("evidence").isBlank()) {
                    for (String pair : r.get("evidence").split(";")) {
                        String[] kv = pair.split("=", 2);
                        evidence.put(kv[0].strip(), kv[1].strip());
                    }
                }
                out.add(new Expectation(requirement, r.get("case_id"), LocalDate.parse(r.get("as_of")),
                        Verdict.valueOf(r.get("verdict")), r.get("why"), evidence));
            }
        }
        return out;
    }
}
