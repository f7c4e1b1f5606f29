package kz.socialservices.checker.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MessagesTest {

    static final String EN = """
            _default:
              COMPLIANT: "{requirement}: default compliant."
              NON_COMPLIANT: "{requirement}: default non-compliant."
              NON_COMPLIANT.late: "{requirement}: default late."
              UNDETERMINED: "{requirement}: complete {missing}."
              PENDING: "{requirement}: due {due}."
            T-01:
              NON_COMPLIANT: "T-01 own non-compliant."
              NON_COMPLIANT.late: "T-01 own late by {daysLate} days (done {done}, due {due})."
              COMPLIANT: "T-01 under {edition} ({basis}): {items}; note {note}; {unknown}; cost {price}."
            """;
    static final String RU = """
            _default:
              COMPLIANT: "{requirement}: соответствует."
            """;

    static Messages messages;

    static Map<String, Map<String, String>> read(String yaml) throws IOException {
        return Messages.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "toy.yaml");
    }

    @BeforeAll
    static void load() throws IOException {
        messages = new Messages(Map.of("en", read(EN), "ru", read(RU)), "en");
    }

    static Finding finding(String requirement, Verdict verdict, LocalDate due, List<String> missing, Object... kv) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            evidence.put((String) kv[i], kv[i + 1]);
        }
        return new Finding(requirement, verdict, Severity.MAJOR, "ED-1", Basis.SEED, null, evidence, due, missing);
    }

    @Test
    void a_requirements_own_verdict_and_reason_template_comes_first() {
        Finding f = finding("T-01", Verdict.NON_COMPLIANT, LocalDate.parse("2024-01-10"), List.of(),
                "reason", "late", "done", LocalDate.parse("2024-01-12"), "daysLate", 2L);
        assertThat(messages.render(f, "en")).isEqualTo("T-01 own late by 2 days (done 2024-01-12, due 2024-01-10).");
    }

    @Test
    void without_a_template_for_the_reason_the_requirements_own_verdict_template_is_used() {
        Finding f = finding("T-01", Verdict.NON_COMPLIANT, null, List.of(), "reason", "missed");
        assertThat(messages.render(f, "en")).isEqualTo("T-01 own non-compliant.");
        Finding noReason = finding("T-01", Verdict.NON_COMPLIANT, null, List.of());
        assertThat(messages.render(noReason, "en")).isEqualTo("T-01 own non-compliant.");
    }

    @Test
    void a_requirement_without_its_own_template_uses_the_default_verdict_and_reason_template() {
        Finding f = finding("T-02", Verdict.NON_COMPLIANT, null, List.of(), "reason", "late");
        assertThat(messages.render(f, "en")).isEqualTo("T-02: default late.");
    }

    @Test
    void last_comes_the_default_verdict_template() {
        Finding f = finding("T-02", Verdict.NON_COMPLIANT, null, List.of(), "reason", "missed");
        assertThat(messages.render(f, "en")).isEqualTo("T-02: default non-compliant.");
    }

    @Test
    void a_requirements_own_template_for_another_verdict_does_not_hide_the_default_for_this_one() {
        Finding f = finding("T-01", Verdict.PENDING, LocalDate.parse("2024-02-29"), List.of());
        assertThat(messages.render(f, "en")).isEqualTo("T-01: due 2024-02-29.");
    }

    @Test
    void with_no_template_at_all_the_message_names_the_requirement_and_verdict() {
        Finding f = finding("T-02", Verdict.OUT_OF_SCOPE, null, List.of());
        assertThat(messages.render(f, "en")).isEqualTo("T-02: OUT_OF_SCOPE");
    }

    @Test
    void missing_fields_are_listed_comma_separated() {
        Finding f = finding("T-02", Verdict.UNDETERMINED, null, List.of("application_date", "decision"));
        assertThat(messages.render(f, "en")).isEqualTo("T-02: complete application_date, decision.");
    }

    @Test
    void edition_basis_lists_nulls_and_unknown_placeholders_are_filled_as_documented() {
        Finding f = finding("T-01", Verdict.COMPLIANT, null, List.of(),
                "items", List.of("A", LocalDate.parse("2021-03-04")), "note", null, "price", "$1 \\ 2");
        assertThat(messages.render(f, "en"))
                .isEqualTo("T-01 under ED-1 (SEED): A, 2021-03-04; note —; {unknown}; cost $1 \\ 2.");
    }

    @Test
    void an_empty_list_and_a_missing_due_date_read_as_a_dash() {
        Finding f = finding("T-01", Verdict.COMPLIANT, null, List.of(), "items", List.of(), "note", "n", "price", 1);
        assertThat(messages.render(f, "en")).startsWith("T-01 under ED-1 (SEED): —; note n;");
        Finding pending = finding("T-02", Verdict.PENDING, null, List.of());
        assertThat(messages.render(pending, "en")).isEqualTo("T-02: due —.");
    }

    @Test
    void a_finding_without_an_edition_shows_a_dash() {
        Finding f = new Finding("T-01", Verdict.COMPLIANT, Severity.MAJOR, null, Basis.LAW, null,
                Map.of("items", "x", "note", "y", "price", 3), null, List.of());
        assertThat(messages.render(f, "en")).startsWith("T-01 under — (LAW): x;");
    }

    @Test
    void a_supported_language_uses_its_own_templates() {
        Finding f = finding("T-02", Verdict.COMPLIANT, null, List.of());
        assertThat(messages.render(f, "ru")).isEqualTo("T-02: соответствует.");
        assertThat(messages.supports("ru")).isTrue();
        assertThat(messages.languages()).containsExactlyInAnyOrder("en", "ru");
    }

    @Test
    void an_unknown_language_falls_back_to_the_fallback_language() {
        Finding f = finding("T-02", Verdict.COMPLIANT, null, List.of());
        assertThat(messages.supports("de")).isFalse();
        assertThat(messages.render(f, "de")).isEqualTo("T-02: default compliant.");
    }

    @Test
    void a_detail_in_the_evidence_picks_the_reason_and_detail_template_first_the_requirements_then_the_defaults() throws IOException {
        Messages withDetail = new Messages(Map.of("en", read("""
                _default:
                  NON_COMPLIANT.late: "{requirement}: default late."
                  NON_COMPLIANT.late.uncounted: "{requirement}: late by {daysLate} calendar days; {calendarYear} not counted."
                T-01:
                  NON_COMPLIANT.late: "T-01 own late by {daysLate} days (done {done})."
                  NON_COMPLIANT.late.uncounted: "T-01 own late by {daysLate} calendar days, not counted in {calendarYear}."
                T-03:
                  NON_COMPLIANT.late: "T-03 own late by {workingDaysLate} working days."
                """)), "en");
        Finding own = finding("T-01", Verdict.NON_COMPLIANT, null, List.of(),
                "reason", "late", "daysLate", 3L, "detail", "uncounted", "calendarYear", 2027);
        assertThat(withDetail.render(own, "en")).isEqualTo("T-01 own late by 3 calendar days, not counted in 2027.");
        Finding viaDefault = finding("T-03", Verdict.NON_COMPLIANT, null, List.of(),
                "reason", "late", "daysLate", 3L, "detail", "uncounted", "calendarYear", 2027);
        assertThat(withDetail.render(viaDefault, "en")).isEqualTo("T-03: late by 3 calendar days; 2027 not counted.");
        Finding noDetail = finding("T-03", Verdict.NON_COMPLIANT, null, List.of(), "reason", "late", "workingDaysLate", 2L);
        assertThat(withDetail.render(noDetail, "en")).isEqualTo("T-03 own late by 2 working days.");
        Finding unknownDetail = finding("T-01", Verdict.NON_COMPLIANT, null, List.of(),
                "reason", "late", "daysLate", 3L, "detail", "other", "done", "d");
        assertThat(withDetail.render(unknownDetail, "en")).startsWith("T-01 own late by 3 days");
    }

    @Test
    void own_template_returns_only_a_requirements_own_text() {
        assertThat(messages.ownTemplate("en", "T-01", Verdict.NON_COMPLIANT, "late")).startsWith("T-01 own late");
        assertThat(messages.ownTemplate("en", "T-01", Verdict.NON_COMPLIANT, "other")).isEqualTo("T-01 own non-compliant.");
        assertThat(messages.ownTemplate("en", "T-02", Verdict.NON_COMPLIANT, "late")).isNull();
        assertThat(messages.ownTemplate("de", "T-01", Verdict.NON_COMPLIANT, null)).isNull();
    }

    @Test
    void a_misspelt_verdict_in_a_message_file_is_refused() {
        assertThatThrownBy(() -> read("T-01:\n  COMPLAINT: \"x\"\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("T-01:\n  NONCOMPLIANT.late: \"x\"\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_message_file_that_is_not_a_map_is_refused_naming_it() {
        assertThatThrownBy(() -> read("- a\n")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toy.yaml");
    }

    @Test
    void reading_keeps_every_template_by_verdict_and_reason() throws IOException {
        Map<String, Map<String, String>> en = read(EN);
        assertThat(en).containsOnlyKeys("_default", "T-01");
        assertThat(en.get("T-01")).containsOnlyKeys("NON_COMPLIANT", "NON_COMPLIANT.late", "COMPLIANT");
        assertThat(Arrays.asList(Messages.DEFAULT_KEY)).containsExactly("_default");
    }
}
