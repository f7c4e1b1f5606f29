package kz.socialservices.checker.engine.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequirementCatalogueTest {

    static final String YAML = """
            - id: T-01
              chapter: T
              title: Something is done within the deadline
              basis: LAW
              source: "Toy law art. 1"
              severity: MAJOR
              appliesTo: ADMITTED
              anchor: application_date
              deadline: {from: application_date, parameter: toy.deadline_days}
              parameters: [toy.deadline_days, toy.grounds]
              verdicts: [COMPLIANT, NON_COMPLIANT, PENDING, UNDETERMINED, OUT_OF_SCOPE]
            - id: T-02
              chapter: T
              title: An event that may not happen
              basis: SEED
              source: "Toy note"
              severity: MINOR
              appliesTo: REFUSED
              anchor: refusal_date
              withoutAnchor: NOT_APPLICABLE
              verdicts: [COMPLIANT, NOT_APPLICABLE]
            """;

    static RequirementCatalogue read(String yaml) throws IOException {
        return RequirementCatalogue.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "toy-catalogue.yaml");
    }

    private static String without(String field) {
        return YAML.lines().filter(l -> !l.strip().startsWith(field + ":")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void requirements_are_read_in_file_order_with_every_field() throws Exception {
        RequirementCatalogue c = read(YAML);
        assertThat(c.all()).extracting(Requirement::id).containsExactly("T-01", "T-02");
        Requirement t1 = c.get("T-01");
        assertThat(t1.chapter()).isEqualTo("T");
        assertThat(t1.title()).isEqualTo("Something is done within the deadline");
        assertThat(t1.basis()).isEqualTo(Basis.LAW);
        assertThat(t1.source()).isEqualTo("Toy law art. 1");
        assertThat(t1.severity()).isEqualTo(Severity.MAJOR);
        assertThat(t1.appliesTo()).isEqualTo("ADMITTED");
        assertThat(t1.anchor()).isEqualTo("application_date");
        assertThat(t1.deadline()).isEqualTo(new Requirement.Deadline("application_date", "toy.deadline_days"));
        assertThat(t1.parameters()).containsExactly("toy.deadline_days", "toy.grounds");
        assertThat(t1.verdicts()).containsExactlyInAnyOrder(Verdict.COMPLIANT, Verdict.NON_COMPLIANT, Verdict.PENDING,
                Verdict.UNDETERMINED, Verdict.OUT_OF_SCOPE);
        Requirement t2 = c.get("T-02");
        assertThat(t2.deadline()).isNull();
        assertThat(t2.parameters()).isEmpty();
    }

    @Test
    void without_anchor_defaults_to_undetermined_and_can_be_set_to_not_applicable() throws Exception {
        RequirementCatalogue c = read(YAML);
        assertThat(c.get("T-01").withoutAnchor()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(c.get("T-02").withoutAnchor()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void a_requirement_listed_twice_is_refused_naming_it() {
        String twice = YAML + YAML.replace("T-02", "T-03");
        assertThatThrownBy(() -> read(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T-01").hasMessageContaining("twice");
    }

    @Test
    void a_duplicate_id_is_refused_by_the_constructor_too() {
        Requirement r = new Requirement("X-1", "X", "t", Basis.LAW, "s", Severity.MINOR, "ADMITTED", "a",
                Verdict.UNDETERMINED, null, List.of(), Set.of(Verdict.COMPLIANT));
        assertThatThrownBy(() -> new RequirementCatalogue(List.of(r, r)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-1");
    }

    @Test
    void a_missing_field_is_refused_naming_the_requirement_and_the_field() {
        for (String field : List.of("chapter", "title", "basis", "source", "severity", "appliesTo", "anchor")) {
            assertThatThrownBy(() -> read(without(field))).as(field)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("T-01")
                    .hasMessageContaining("'" + field + "'")
                    .hasMessageContaining("toy-catalogue.yaml");
        }
    }

    @Test
    void a_requirement_without_an_id_is_refused() {
        assertThatThrownBy(() -> read(YAML.replace("- id: T-01\n  ", "- ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
    }

    @Test
    void a_deadline_without_its_parameter_is_refused_naming_the_requirement() {
        String yaml = YAML.replace("deadline: {from: application_date, parameter: toy.deadline_days}",
                "deadline: {from: application_date}");
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T-01").hasMessageContaining("'parameter'");
    }

    @Test
    void a_requirement_that_lists_no_verdicts_is_refused_naming_it() {
        String yaml = YAML.replace("  verdicts: [COMPLIANT, NOT_APPLICABLE]\n", "");
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T-02").hasMessageContaining("verdicts");
    }

    @Test
    void an_unknown_id_is_not_found_and_get_names_it() throws Exception {
        RequirementCatalogue c = read(YAML);
        assertThat(c.find("T-99")).isEmpty();
        assertThat(c.find("T-01")).isPresent();
        assertThatThrownBy(() -> c.get("T-99")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("T-99");
    }

    @Test
    void a_file_that_is_not_a_list_is_refused_naming_the_file() {
        assertThatThrownBy(() -> read("id: T-01\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toy-catalogue.yaml");
    }
}
