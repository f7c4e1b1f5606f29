package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.csv.RowError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each malformed input gives exactly the errors {@code fixtures/malformed/expected.csv} lists, by row and column. */
class MalformedInputTest {

    @TestFactory
    List<DynamicTest> every_malformed_file_gets_exactly_its_expected_errors() throws IOException {
        Path dir = Fixtures.path("malformed");
        Map<String, TreeSet<String>> expected = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(dir.resolve("expected.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                TreeSet<String> errors = expected.computeIfAbsent(r.get("file"), k -> new TreeSet<>());
                if (!r.get("error").equals("none")) {
                    errors.add(key(r.get("row"), r.get("field"), r.get("error")));
                }
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        expected.forEach((file, errors) -> tests.add(DynamicTest.dynamicTest(file, () ->
                assertThat(actualErrors(dir.resolve(file))).as(file).containsExactlyElementsOf(errors))));
        return tests;
    }

    @TestFactory
    List<DynamicTest> refused_identifying_values_are_never_repeated_in_an_error() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (var files = Files.list(Fixtures.path("malformed"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("identifying")).toList()) {
                tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    String content = Files.readString(f);
                    try {
                        CsvCaseReader.open(f, CaseCsv.SCHEMA).close();
                        throw new AssertionError("identifying data must be refused");
                    } catch (InputRefusedException e) {
                        String said = e.getMessage() + e.errors();
                        for (String cell : content.split("[,\\n]")) {
                            String value = cell.strip();
                            if (value.matches(".*\\d{6,}.*") || value.startsWith("XX") || value.startsWith("+7")) {
                                assertThat(said).as("the refused value must not be echoed").doesNotContain(value);
                            }
                        }
                    }
                }));
            }
        }
        return tests;
    }

    @Test
    void free_text_in_a_coded_field_is_an_error_naming_the_field_and_its_codes_and_never_the_text() throws IOException {
        Map<Long, List<RowError>> errors = new LinkedHashMap<>();
        List<Case> read = new ArrayList<>();
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(Fixtures.path("malformed").resolve("free-text-coded-field.csv"), CaseCsv.SCHEMA)) {
            while (reader.hasNext()) {
                var row = reader.next();
                if (row.rejected()) {
                    errors.put(row.number(), row.errors());
                } else {
                    read.add(row.value());
                }
            }
        }
        assertThat(errors.get(1L)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("extension_decided_by");
            assertThat(e.message()).contains("extension_decided_by").contains(names(ExtensionDecider.values()));
        });
        assertThat(errors.get(2L)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("plan_measures");
            assertThat(e.toString()).contains("plan_measures").contains("item 7, part 2").contains(names(Responsible.values()));
        });
        assertThat(errors.get(3L)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("extension_grounds");
            assertThat(e.message()).contains("extension_grounds").contains(names(ExtensionGround.values()));
        });
        String said = errors.values().toString();
        for (String text : List.of("Ivanova", "Director", "Petrova", "lawyer", "Serik", "divorce")) {
            assertThat(said).as("the free text must not be echoed").doesNotContain(text);
        }
        assertThat(read).as("the row with codes only is read").singleElement().satisfies(c -> {
            assertThat(c.caseId()).isEqualTo("KRG-2021-924");
            assertThat(c.extensionGrounds()).containsExactly(ExtensionGround.HOUSING_PENDING);
            assertThat(c.extensionDecidedBy()).isEqualTo(ExtensionDecider.CASE_CONFERENCE);
            assertThat(c.planMeasures()).extracting(PlanMeasure::responsible)
                    .containsExactly(Responsible.SOCIAL_WORKER, Responsible.NURSE, Responsible.PSYCHOLOGIST);
        });
    }

    private static String[] names(Enum<?>[] codes) {
        return java.util.Arrays.stream(codes).map(Enum::name).toArray(String[]::new);
    }

    private static TreeSet<String> actualErrors(Path file) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        try (CsvCaseReader<Case> reader = Registers.open(file, Registers.Options.forFile(file, null, null), CaseCsv.SCHEMA, Long.MAX_VALUE)) {
            while (reader.hasNext()) {
                reader.next().errors().forEach(e -> out.add(key(e)));
            }
        } catch (InputRefusedException e) {
            e.errors().forEach(x -> out.add(key(x)));
        }
        return out;
    }

    private static String key(RowError e) {
        return key(e.row() == null ? "" : e.row().toString(), e.field() == null ? "" : e.field(), e.code());
    }

    private static String key(String row, String field, String code) {
        return row + "|" + field + "|" + code;
    }
}
