package kz.socialservices.checker.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class JsonCasesTest {

    @TempDir
    Path dir;

    private CsvCaseReader.Schema<ToyCsvCase> schema() {
        CsvCaseReader.Schema<ToyCsvCase> s = ToyCsvCase.schema(200);
        return new CsvCaseReader.Schema<>(s.columns(), s.identifying(), s.parser(), s.uniqueKey(), s.keyColumn(),
                s.maxCellLength(), Map.of("stays", List.of("from", "to")));
    }

    private List<CsvCaseReader.Row<ToyCsvCase>> readFile(String json, long maxRows) throws IOException {
        Path f = dir.resolve("cases.json");
        Files.writeString(f, json);
        List<CsvCaseReader.Row<ToyCsvCase>> rows = new ArrayList<>();
        try (JsonCases.FileReader<ToyCsvCase> reader = JsonCases.open(f, schema(), maxRows)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void camel_case_keys_arrays_and_item_objects_read_like_csv_cells() throws IOException {
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readFile("""
                [{"caseId": "C1", "startDate": "2024-01-10", "active": true, "visits": 3, "kinds": ["A", "B"],
                  "stays": [{"from": "2024-01-10", "to": null}], "checks": ["2024-02-01"]},
                 {"caseId": "C2", "note": null}]""", 10);
        assertThat(rows).hasSize(2);
        ToyCsvCase c1 = rows.get(0).value();
        assertThat(c1.startDate()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(c1.active()).isTrue();
        assertThat(c1.visits()).isEqualTo(3);
        assertThat(c1.kinds()).containsExactlyInAnyOrder(ToyCsvCase.Kind.A, ToyCsvCase.Kind.B);
        assertThat(c1.stays()).containsExactly(new ToyCsvCase.Stay(LocalDate.of(2024, 1, 10), null));
        assertThat(rows.get(1).value().note()).as("null is unknown").isNull();
        assertThat(rows.get(1).number()).isEqualTo(2);
    }

    @Test
    void a_bad_value_rejects_its_case_by_number_and_field_and_the_others_are_read() throws IOException {
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readFile("""
                [{"caseId": "C1", "startDate": "2024-02-30"}, {"caseId": "C2"}, {"caseId": "C2"}, {"caseId": "C4", "visits": {"x": 1}}]""", 10);
        assertThat(rows.get(0).errors()).extracting(RowError::row, RowError::field, RowError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "start_date", "bad_date"));
        assertThat(rows.get(1).rejected()).isFalse();
        assertThat(rows.get(2).errors()).extracting(RowError::code).containsExactly("duplicate_case_id");
        assertThat(rows.get(3).errors()).extracting(RowError::code).containsExactly("bad_json_value");
    }

    @Test
    void identifying_or_unknown_fields_refuse_the_whole_input_without_repeating_a_value() {
        assertThatThrownBy(() -> readFile("[{\"caseId\": \"C1\"}, {\"caseId\": \"C2\", \"note\": \"870101300123\"}]", 10))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> {
                    assertThat(e.errors()).extracting(RowError::row, RowError::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "identifying_value"));
                    assertThat(e.getMessage() + e.errors()).doesNotContain("870101300123");
                });
        assertThatThrownBy(() -> readFile("[{\"caseId\": \"C1\", \"fullName\": \"Someone Real\"}]", 10))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> {
                    assertThat(e.errors()).extracting(RowError::code).containsExactly("identifying_column");
                    assertThat(e.getMessage() + e.errors()).doesNotContain("Someone Real");
                });
        assertThatThrownBy(() -> readFile("[{\"caseId\": \"C1\", \"remarks\": \"x\"}]", 10))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.errors()).extracting(RowError::code).containsExactly("unknown_column"));
    }

    @Test
    void a_field_name_that_looks_identifying_refuses_the_input_without_repeating_the_name() {
        // found by HostileInputTest: the name was quoted as an unknown or identifying field
        for (String key : List.of("870101300123", "phone +77011234567", "tel_870101300123")) {
            assertThatThrownBy(() -> readFile("[{\"caseId\": \"C1\", \"" + key + "\": \"x\"}]", 10))
                    .isInstanceOfSatisfying(InputRefusedException.class, e -> {
                        assertThat(e.errors()).extracting(RowError::row, RowError::field, RowError::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, null, "identifying_value"));
                        assertThat(e.getMessage() + e.errors()).doesNotContain("870101300123").doesNotContain("7011234567");
                    });
        }
    }

    @Test
    void more_cases_than_the_limit_or_no_array_refuse_the_input() {
        assertThatThrownBy(() -> readFile("[{\"caseId\": \"C1\"}, {\"caseId\": \"C2\"}]", 1))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.errors()).extracting(RowError::code).containsExactly("too_many_rows"));
        assertThatThrownBy(() -> readFile("{\"caseId\": \"C1\"}", 10))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.errors()).extracting(RowError::code).containsExactly("not_an_array"));
    }

    @Test
    void the_in_memory_form_gives_the_same_rows_as_the_file_form() throws IOException {
        String json = "[{\"caseId\": \"C1\", \"visits\": \"x\"}, {\"caseId\": \"C2\", \"kind\": \"B\"}]";
        List<CsvCaseReader.Row<ToyCsvCase>> fromFile = readFile(json, 10);
        List<CsvCaseReader.Row<ToyCsvCase>> inMemory = JsonCases.read(JsonMapper.builder().build().readTree(json), schema(), 10);
        assertThat(inMemory).isEqualTo(fromFile);
    }

    @Test
    void snake_and_camel_case_convert_both_ways() {
        assertThat(JsonCases.snake("needsAssessmentDate")).isEqualTo("needs_assessment_date");
        assertThat(JsonCases.camel("needs_assessment_date")).isEqualTo("needsAssessmentDate");
    }
}
