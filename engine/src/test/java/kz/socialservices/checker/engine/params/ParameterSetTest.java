package kz.socialservices.checker.engine.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ParameterSetTest {

    static final String BASE = """
            toy.deadline_days:
              description: Toy deadline
              unit: calendar_days
              values:
                2017-01-20: {value: 3, basis: SEED, source: "toy seed"}
                2023-07-01: {value: 5, basis: ASSUMED, source: "toy assumption"}
            toy.grounds:
              description: Toy list
              unit: list
              values:
                2017-01-20: {value: [A, B], basis: LAW, source: "toy law"}
            toy.unknown_days:
              description: A deadline nobody knows
              unit: working_days
              values:
                2017-01-20: {value: null, basis: SEED, source: "no value known"}
            """;

    static ParameterSet read(String yaml) throws IOException {
        return ParameterSet.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "toy-params.yaml");
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void parameters_are_read_with_their_unit_description_and_dated_values() throws Exception {
        ParameterSet set = read(BASE);
        Parameter p = set.get("toy.deadline_days");
        assertThat(p.unit()).isEqualTo(LimitUnit.CALENDAR_DAYS);
        assertThat(p.description()).isEqualTo("Toy deadline");
        assertThat(p.values()).containsOnlyKeys(d("2017-01-20"), d("2023-07-01"));
        ParameterValue first = p.values().get(d("2017-01-20"));
        assertThat(first.value()).isEqualTo(3);
        assertThat(first.basis()).isEqualTo(Basis.SEED);
        assertThat(first.source()).isEqualTo("toy seed");
        assertThat(first.from()).isEqualTo(d("2017-01-20"));
        assertThat(set.all()).extracting(Parameter::name)
                .containsExactly("toy.deadline_days", "toy.grounds", "toy.unknown_days");
        assertThat(set.has("toy.grounds")).isTrue();
        assertThat(set.has("toy.other")).isFalse();
    }

    @Test
    void the_value_in_force_is_the_latest_one_started_on_or_before_the_date() throws Exception {
        Parameter p = read(BASE).get("toy.deadline_days");
        assertThat(p.valueAt(d("2023-06-30")).value()).isEqualTo(3);
        assertThat(p.valueAt(d("2023-07-01")).value()).isEqualTo(5);
        assertThat(p.valueAt(d("2023-07-01")).basis()).isEqualTo(Basis.ASSUMED);
        assertThat(p.valueAt(d("2017-01-20")).value()).isEqualTo(3);
    }

    @Test
    void there_is_no_value_the_day_before_the_first_start() throws Exception {
        assertThat(read(BASE).get("toy.deadline_days").valueAt(d("2017-01-19"))).isNull();
    }

    @Test
    void a_list_parameter_reads_its_items_as_text() throws Exception {
        assertThat(read(BASE).get("toy.grounds").valueAt(d("2020-01-01")).value()).isEqualTo(List.of("A", "B"));
    }

    @Test
    void a_null_value_is_allowed_and_read_as_no_known_value() throws Exception {
        ParameterValue v = read(BASE).get("toy.unknown_days").valueAt(d("2020-01-01"));
        assertThat(v).isNotNull();
        assertThat(v.value()).isNull();
        assertThat(v.basis()).isEqualTo(Basis.SEED);
    }

    @Test
    void asking_for_an_undeclared_parameter_names_it() throws Exception {
        assertThatThrownBy(() -> read(BASE).get("toy.nope"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toy.nope");
    }

    @Test
    void an_unknown_unit_is_refused_naming_the_parameter_and_the_unit() {
        String yaml = """
                toy.weeks:
                  description: d
                  unit: weeks
                  values:
                    2017-01-20: {value: 1, basis: SEED, source: s}
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy.weeks").hasMessageContaining("weeks").hasMessageContaining("toy-params.yaml");
    }

    @Test
    void a_parameter_without_values_is_refused_naming_it() {
        String noValues = """
                toy.empty:
                  description: d
                  unit: calendar_days
                """;
        String emptyValues = """
                toy.empty:
                  description: d
                  unit: calendar_days
                  values: {}
                """;
        assertThatThrownBy(() -> read(noValues)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy.empty").hasMessageContaining("values");
        assertThatThrownBy(() -> read(emptyValues)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy.empty").hasMessageContaining("values");
    }

    @Test
    void a_values_key_that_is_not_a_date_is_refused_naming_the_parameter_and_the_key() {
        String yaml = """
                toy.days:
                  description: d
                  unit: calendar_days
                  values:
                    yesterday: {value: 1, basis: SEED, source: s}
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy.days").hasMessageContaining("yesterday");
    }

    @Test
    void an_impossible_start_date_is_refused_as_not_a_date() {
        String yaml = """
                toy.days:
                  description: d
                  unit: calendar_days
                  values:
                    2021-02-30: {value: 1, basis: SEED, source: s}
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy.days").hasMessageContaining("2021-02-30");
    }

    @Test
    void a_negative_number_is_refused_naming_the_parameter_and_its_start_date() {
        String yaml = """
                toy.days:
                  description: d
                  unit: calendar_days
                  values:
                    2017-01-20: {value: -1, basis: SEED, source: s}
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy.days").hasMessageContaining("2017-01-20").hasMessageContaining("non-negative");
    }

    @Test
    void zero_is_an_allowed_number() throws Exception {
        String yaml = """
                toy.days:
                  description: d
                  unit: calendar_days
                  values:
                    2017-01-20: {value: 0, basis: SEED, source: s}
                """;
        assertThat(read(yaml).get("toy.days").valueAt(d("2017-01-20")).value()).isEqualTo(0);
    }

    @Test
    void a_fractional_or_text_number_is_refused_naming_the_parameter() {
        for (String value : List.of("2.5", "ten")) {
            String yaml = """
                    toy.days:
                      description: d
                      unit: calendar_days
                      values:
                        2017-01-20: {value: %s, basis: SEED, source: s}
                    """.formatted(value);
            assertThatThrownBy(() -> read(yaml)).as(value).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("toy.days");
        }
    }

    @Test
    void a_list_parameter_with_a_single_value_instead_of_a_list_is_refused() {
        String yaml = """
                toy.grounds:
                  description: d
                  unit: list
                  values:
                    2017-01-20: {value: A, basis: SEED, source: s}
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy.grounds");
    }

    @Test
    void a_missing_description_source_or_basis_is_refused_naming_the_parameter_and_the_field() {
        String noDescription = """
                toy.days:
                  unit: calendar_days
                  values:
                    2017-01-20: {value: 1, basis: SEED, source: s}
                """;
        String noSource = """
                toy.days:
                  description: d
                  unit: calendar_days
                  values:
                    2017-01-20: {value: 1, basis: SEED}
                """;
        String noBasis = """
                toy.days:
                  description: d
                  unit: calendar_days
                  values:
                    2017-01-20: {value: 1, source: s}
                """;
        assertThatThrownBy(() -> read(noDescription)).hasMessageContaining("toy.days").hasMessageContaining("description");
        assertThatThrownBy(() -> read(noSource)).hasMessageContaining("toy.days").hasMessageContaining("source");
        assertThatThrownBy(() -> read(noBasis)).hasMessageContaining("toy.days").hasMessageContaining("basis");
    }

    @Test
    void a_misspelt_basis_is_refused_naming_the_parameter() {
        String yaml = """
                toy.days:
                  description: d
                  unit: calendar_days
                  values:
                    2017-01-20: {value: 1, basis: SEEDED, source: s}
                """;
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy.days");
    }

    @Test
    void a_file_that_is_not_a_map_is_refused_naming_the_file() {
        assertThatThrownBy(() -> read("- a\n- b\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy-params.yaml");
    }
}
