package kz.socialservices.checker.engine.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.catalogue.Requirement;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EditionsTest {

    /** Three toy editions: A, B starting inside A and ending with it, then an open-ended C. */
    static final String YAML = """
            - id: B-2022
              from: 2022-10-01
              to: 2023-06-30
              legalBasis: "Toy law"
            - id: A-2017
              from: 2017-01-20
              to: 2023-06-30
              notes: "first text"
            - id: C-2023
              from: 2023-07-01
              to: null
              requirementsBasis: ASSUMED
            """;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Editions editions() throws Exception {
        return Editions.read(new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)), "editions.yaml");
    }

    private static String inForce(Editions e, String date) {
        return e.inForceOn(d(date)).map(Edition::id).orElse(null);
    }

    private static Requirement requirement(Basis basis) {
        return new Requirement("T-01", "T", "toy", basis, "toy source", Severity.MAJOR, "ADMITTED", "application_date",
                Verdict.UNDETERMINED, null, List.of(), Set.of(Verdict.COMPLIANT));
    }

    @Test
    void editions_are_read_from_yaml_and_kept_in_order_of_start() throws Exception {
        Editions e = editions();
        assertThat(e.all()).extracting(Edition::id).containsExactly("A-2017", "B-2022", "C-2023");
        assertThat(e.firstStart()).isEqualTo(d("2017-01-20"));
        Edition c = e.all().get(2);
        assertThat(c.to()).isNull();
        assertThat(c.requirementsBasis()).isEqualTo(Basis.ASSUMED);
        assertThat(e.all().get(0).requirementsBasis()).isNull();
        assertThat(e.all().get(1).legalBasis()).isEqualTo("Toy law");
        assertThat(e.all().get(0).notes()).isEqualTo("first text");
    }

    @Test
    void no_edition_is_in_force_the_day_before_the_first_one_starts() throws Exception {
        Editions e = editions();
        assertThat(e.inForceOn(d("2017-01-19"))).isEmpty();
        assertThat(inForce(e, "2017-01-20")).isEqualTo("A-2017");
    }

    @Test
    void where_two_editions_overlap_the_later_starting_one_is_in_force() throws Exception {
        Editions e = editions();
        assertThat(inForce(e, "2022-09-30")).isEqualTo("A-2017");
        assertThat(inForce(e, "2022-10-01")).isEqualTo("B-2022");
        assertThat(inForce(e, "2023-06-30")).isEqualTo("B-2022");
    }

    @Test
    void the_open_ended_last_edition_is_in_force_from_its_start_onwards() throws Exception {
        Editions e = editions();
        assertThat(inForce(e, "2023-07-01")).isEqualTo("C-2023");
        assertThat(inForce(e, "2099-12-31")).isEqualTo("C-2023");
    }

    @Test
    void an_edition_is_in_force_on_its_first_and_last_day_only_between_them() {
        Edition a = new Edition("A", d("2020-01-01"), d("2020-12-31"), "", "", null);
        assertThat(a.inForceOn(d("2019-12-31"))).isFalse();
        assertThat(a.inForceOn(d("2020-01-01"))).isTrue();
        assertThat(a.inForceOn(d("2020-12-31"))).isTrue();
        assertThat(a.inForceOn(d("2021-01-01"))).isFalse();
    }

    @Test
    void a_gap_between_editions_has_none_in_force() {
        Editions e = new Editions(List.of(
                new Edition("late", d("2021-01-01"), null, "", "", null),
                new Edition("early", d("2019-01-01"), d("2019-12-31"), "", "", null)));
        assertThat(inForce(e, "2019-12-31")).isEqualTo("early");
        assertThat(e.inForceOn(d("2020-06-01"))).isEmpty();
        assertThat(inForce(e, "2021-01-01")).isEqualTo("late");
        assertThat(e.firstStart()).isEqualTo(d("2019-01-01"));
    }

    @Test
    void a_standard_without_editions_is_refused() {
        assertThatThrownBy(() -> new Editions(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_edition_with_a_requirements_basis_gives_it_to_every_requirement() throws Exception {
        Edition c = editions().all().get(2);
        assertThat(c.basisOf(requirement(Basis.LAW))).isEqualTo(Basis.ASSUMED);
        assertThat(c.basisOf(requirement(Basis.SEED))).isEqualTo(Basis.ASSUMED);
    }

    @Test
    void an_edition_without_a_requirements_basis_keeps_each_requirements_own() throws Exception {
        Edition a = editions().all().get(0);
        assertThat(a.basisOf(requirement(Basis.LAW))).isEqualTo(Basis.LAW);
        assertThat(a.basisOf(requirement(Basis.SEED))).isEqualTo(Basis.SEED);
    }

    @Test
    void a_file_that_is_not_a_list_is_refused_naming_the_file() {
        assertThatThrownBy(() -> Editions.read(new ByteArrayInputStream("id: x\n".getBytes(StandardCharsets.UTF_8)), "eds.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eds.yaml");
    }
}
