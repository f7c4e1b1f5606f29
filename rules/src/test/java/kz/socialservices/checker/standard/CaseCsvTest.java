package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.CsvRow;
import kz.socialservices.checker.engine.csv.JsonCases;
import kz.socialservices.checker.engine.csv.RowError;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The coded fields and the optional parts of REQUIREMENTS.md ("Coded fields"): read, carried, and seen as of a date. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CaseCsvTest {

    @TempDir
    Path dir;

    private static CsvRow row(String... kv) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("case_id", "C-1");
        cells.put("centre_id", "KC-01");
        for (int i = 0; i < kv.length; i += 2) {
            cells.put(kv[i], kv[i + 1]);
        }
        return new CsvRow(1, cells);
    }

    /** A case read from the cells given (case_id C-1, centre KC-01 unless given), failing on any field error. */
    static Case parsed(String... kv) {
        CsvRow r = row(kv);
        Case c = CaseCsv.parse(r);
        assertThat(r.errors()).as("errors").isEmpty();
        return c;
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void a_measure_of_three_four_or_five_parts_is_read_and_an_absent_part_is_unknown() {
        Case c = parsed("plan_measures", "SOCIAL_LEGAL|LAWYER|2021-05-20;SOCIAL_MEDICAL|NURSE|2021-05-10|true;"
                + "SOCIAL_PSYCHOLOGICAL|PSYCHOLOGIST|2021-05-30|false|2021-05-28;SOCIAL_LABOUR|EMPLOYMENT_SPECIALIST|2021-06-01||2021-06-02");
        assertThat(c.planMeasures()).containsExactly(
                new PlanMeasure(ServiceType.SOCIAL_LEGAL, Responsible.LAWYER, d("2021-05-20"), null, null),
                new PlanMeasure(ServiceType.SOCIAL_MEDICAL, Responsible.NURSE, d("2021-05-10"), true, null),
                new PlanMeasure(ServiceType.SOCIAL_PSYCHOLOGICAL, Responsible.PSYCHOLOGIST, d("2021-05-30"), false, d("2021-05-28")),
                new PlanMeasure(ServiceType.SOCIAL_LABOUR, Responsible.EMPLOYMENT_SPECIALIST, d("2021-06-01"), null, d("2021-06-02")));
        assertThat(c.incompleteMeasures()).isEmpty();
    }

    @Test
    void a_measure_of_two_or_six_parts_or_a_bad_optional_part_is_an_error_and_the_others_are_read() {
        CsvRow r = row("plan_measures", "SOCIAL_LEGAL|LAWYER;SOCIAL_LEGAL|LAWYER|2021-05-20|true|2021-05-21|x;"
                + "SOCIAL_LEGAL|LAWYER|2021-05-20|yes;SOCIAL_LEGAL|LAWYER|2021-05-20|true|2021-02-30;SOCIAL_MEDICAL|NURSE|2021-05-10");
        Case c = CaseCsv.parse(r);
        assertThat(c.planMeasures()).extracting(PlanMeasure::serviceType).containsExactly(ServiceType.SOCIAL_MEDICAL);
        assertThat(r.errors()).extracting(RowError::field).containsOnly("plan_measures");
        assertThat(r.errors()).extracting(RowError::message).containsExactly(
                "item 1 has 2 parts separated by |, expected 3, 4 or 5",
                "item 2 has 6 parts separated by |, expected 3, 4 or 5",
                "item 3, part 4 must be true or false",
                "item 4, part 5 must be a date yyyy-MM-dd or dd.MM.yyyy");
    }

    @Test
    void a_responsible_that_is_not_a_code_is_an_error_listing_the_codes_without_the_text() {
        CsvRow r = row("plan_measures", "SOCIAL_LEGAL|Aigerim the lawyer|2021-05-20");
        assertThat(CaseCsv.parse(r).planMeasures()).isEmpty();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("bad_list_item");
            assertThat(e.toString()).contains("plan_measures").contains("part 2")
                    .contains("SOCIAL_WORKER, PSYCHOLOGIST, LAWYER, TEACHER, NURSE, DOCTOR, CASE_MANAGER, EMPLOYMENT_SPECIALIST, OTHER")
                    .doesNotContain("Aigerim");
        });
    }

    @Test
    void grounds_and_decider_are_codes_and_free_text_in_them_is_an_error_naming_the_field_and_codes() {
        Case c = parsed("extension_grounds", "HOUSING_PENDING;DOCUMENTS_RESTORATION", "extension_decided_by", "LOCAL_EXECUTIVE_BODY");
        assertThat(c.extensionGrounds()).containsExactly(ExtensionGround.DOCUMENTS_RESTORATION, ExtensionGround.HOUSING_PENDING);
        assertThat(c.extensionDecidedBy()).isEqualTo(ExtensionDecider.LOCAL_EXECUTIVE_BODY);
        assertThat(c.isExtended()).isTrue();

        CsvRow r = row("extension_grounds", "husband Nurlan refuses divorce", "extension_decided_by", "director Ivanova");
        CaseCsv.parse(r);
        assertThat(r.errors()).extracting(RowError::field, RowError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("extension_grounds", "bad_enum"),
                org.assertj.core.groups.Tuple.tuple("extension_decided_by", "bad_enum"));
        assertThat(r.errors().get(0).message()).contains("extension_grounds").contains("DOCUMENTS_RESTORATION", "DIVORCE_PENDING",
                "HOUSING_PENDING", "HEALTH_TREATMENT", "EMPLOYMENT_PENDING", "SAFETY_RISK", "CHILD_CUSTODY", "OTHER");
        assertThat(r.errors().get(1).message()).contains("extension_decided_by")
                .contains("COMMISSION", "DIRECTOR", "LOCAL_EXECUTIVE_BODY", "CASE_CONFERENCE");
        assertThat(r.errors().toString()).doesNotContain("Nurlan").doesNotContain("Ivanova").doesNotContain("divorce");
    }

    @Test
    void an_extension_is_recorded_by_any_of_its_date_grounds_or_decider_and_empty_grounds_are_none() {
        assertThat(parsed().isExtended()).isFalse();
        assertThat(parsed().extensionGrounds()).isEmpty();
        assertThat(parsed("extension_grounds", "OTHER").isExtended()).isTrue();
        assertThat(parsed("extension_decided_by", "COMMISSION").isExtended()).isTrue();
        assertThat(parsed("extension_decision_date", "2021-08-01").isExtended()).isTrue();
    }

    @Test
    void a_monitoring_entry_is_a_date_with_an_optional_recipient_view() {
        Case c = parsed("monitoring_dates", "2021-05-01;2021-08-01|true;2021-11-01|false;2022-01-10|");
        assertThat(c.monitoring()).containsExactly(new MonitoringEntry(d("2021-05-01"), null),
                new MonitoringEntry(d("2021-08-01"), true), new MonitoringEntry(d("2021-11-01"), false),
                new MonitoringEntry(d("2022-01-10"), null));
        assertThat(c.monitoringDates()).containsExactly(d("2021-05-01"), d("2021-08-01"), d("2021-11-01"), d("2022-01-10"));
        assertThat(c.hasMonitoringBetween(d("2021-07-25"), d("2021-08-01"))).isTrue();
        assertThat(c.hasMonitoringBetween(d("2021-08-02"), d("2021-10-31"))).isFalse();
    }

    @Test
    void a_monitoring_entry_without_a_date_or_with_a_bad_view_or_three_parts_is_an_error() {
        CsvRow r = row("monitoring_dates", "|true;2021-05-01|yes;2021-06-31;2021-07-01|true|x;2021-08-01|true");
        Case c = CaseCsv.parse(r);
        assertThat(c.monitoring()).containsExactly(new MonitoringEntry(d("2021-08-01"), true));
        assertThat(r.errors()).extracting(RowError::message).containsExactly(
                "item 1: the date is required",
                "item 2, part 2 must be true or false",
                "item 3, part 1 must be a date yyyy-MM-dd or dd.MM.yyyy",
                "item 4 has 3 parts separated by |, expected 1 or 2");
    }

    @Test
    void severe_and_follow_up_dates_are_read_and_absent_columns_are_unknown_and_none() {
        Case c = parsed("severe", "true", "follow_up_dates", "2021-10-01;2021-10-20");
        assertThat(c.severe()).isTrue();
        assertThat(c.followUpDates()).containsExactly(d("2021-10-01"), d("2021-10-20"));
        assertThat(parsed("severe", "false").severe()).isFalse();
        Case absent = parsed();
        assertThat(absent.severe()).as("unknown, not false").isNull();
        assertThat(absent.followUpDates()).isEmpty();
        CsvRow bad = row("severe", "yes", "follow_up_dates", "2021-10-01;soon");
        CaseCsv.parse(bad);
        assertThat(bad.errors()).extracting(RowError::field, RowError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("severe", "bad_bool"),
                org.assertj.core.groups.Tuple.tuple("follow_up_dates", "bad_list_item"));
    }

    @Test
    void as_of_a_date_a_measure_done_later_is_not_done_and_later_follow_ups_and_entries_have_not_happened() {
        Case c = parsed("decision", "ADMITTED", "admission_date", "2021-03-01", "plan_date", "2021-03-10",
                "plan_measures", "SOCIAL_LEGAL|LAWYER|2021-05-20|true|2021-06-10;SOCIAL_MEDICAL|NURSE|2021-04-01|true|2021-06-09",
                "monitoring_dates", "2021-06-01|true;2021-06-10|false", "exit_date", "2021-06-05", "exit_reason", "GOALS_ACHIEVED",
                "severe", "true", "follow_up_dates", "2021-06-09;2021-06-10;2021-07-01");
        Case then = c.asOf(d("2021-06-09"));
        assertThat(then.planMeasures()).containsExactly(
                new PlanMeasure(ServiceType.SOCIAL_LEGAL, Responsible.LAWYER, d("2021-05-20"), true, null),
                new PlanMeasure(ServiceType.SOCIAL_MEDICAL, Responsible.NURSE, d("2021-04-01"), true, d("2021-06-09")));
        assertThat(then.monitoring()).containsExactly(new MonitoringEntry(d("2021-06-01"), true));
        assertThat(then.followUpDates()).containsExactly(d("2021-06-09"));
        assertThat(then.severe()).isTrue();
        assertThat(then.exitDate()).isEqualTo(d("2021-06-05"));
        assertThat(c.asOf(d("2021-07-01"))).as("nothing after 2021-07-01: the same case").isEqualTo(c);
        assertThat(c.asOf(d("2021-03-05")).planMeasures()).as("plan not yet made").isEmpty();
    }

    @Test
    void as_of_a_date_before_the_extension_its_grounds_and_decider_have_not_happened() {
        Case c = parsed("decision", "ADMITTED", "admission_date", "2021-03-01", "extension_decision_date", "2021-08-20",
                "extension_grounds", "SAFETY_RISK", "extension_decided_by", "COMMISSION");
        Case before = c.asOf(d("2021-08-19"));
        assertThat(before.extensionGrounds()).isEmpty();
        assertThat(before.extensionDecidedBy()).isNull();
        assertThat(before.isExtended()).isFalse();
        assertThat(c.asOf(d("2021-08-20")).extensionGrounds()).containsExactly(ExtensionGround.SAFETY_RISK);
    }

    @Test
    void cases_differing_only_in_a_new_component_are_not_equal_and_print_no_content() {
        Case a = parsed("severe", "true", "monitoring_dates", "2021-05-01|true", "follow_up_dates", "2021-10-01");
        assertThat(a).isEqualTo(parsed("severe", "true", "monitoring_dates", "2021-05-01|true", "follow_up_dates", "2021-10-01"));
        assertThat(a).hasSameHashCodeAs(parsed("severe", "true", "monitoring_dates", "2021-05-01|true", "follow_up_dates", "2021-10-01"));
        assertThat(a).isNotEqualTo(parsed("severe", "false", "monitoring_dates", "2021-05-01|true", "follow_up_dates", "2021-10-01"));
        assertThat(a).isNotEqualTo(parsed("severe", "true", "monitoring_dates", "2021-05-01", "follow_up_dates", "2021-10-01"));
        assertThat(a).isNotEqualTo(parsed("severe", "true", "monitoring_dates", "2021-05-01|true"));
        assertThat(a.toString()).isEqualTo("Case[KC-01/C-1]");
    }

    @Test
    void the_new_columns_come_last_so_existing_files_keep_their_column_order() {
        assertThat(CaseCsv.COLUMNS.subList(CaseCsv.COLUMNS.size() - 3, CaseCsv.COLUMNS.size()))
                .containsExactly("confidentiality_informed", "severe", "follow_up_dates");
        assertThat(CaseCsv.LIST_COLUMNS).contains("extension_grounds", "follow_up_dates", "monitoring_dates");
        assertThat(CaseCsv.SCHEMA.itemParts()).containsEntry("plan_measures",
                        List.of("service_type", "responsible", "due_date", "outcome_stated", "done_date"))
                .containsEntry("monitoring_dates", List.of("date", "recipient_view"));
    }

    @Test
    void json_items_are_objects_of_camel_case_parts_or_plain_values_and_old_forms_stay_valid() {
        var json = JsonMapper.builder().build().readTree("""
                [{"caseId": "J1", "centreId": "KC-01",
                  "planMeasures": [{"serviceType": "SOCIAL_LEGAL", "responsible": "LAWYER", "dueDate": "2021-05-20"},
                                   {"serviceType": "SOCIAL_MEDICAL", "responsible": "NURSE", "dueDate": "2021-05-10",
                                    "outcomeStated": true, "doneDate": "2021-05-09"}],
                  "monitoringDates": ["2021-05-01", {"date": "2021-08-01", "recipientView": false}, {"date": "2021-09-01"}],
                  "extensionGrounds": ["DIVORCE_PENDING", "CHILD_CUSTODY"], "extensionDecidedBy": "CASE_CONFERENCE",
                  "severe": true, "followUpDates": ["2021-12-01"]},
                 {"caseId": "J2", "extensionGrounds": "OTHER", "extensionDecidedBy": "director Ivanova",
                  "planMeasures": [{"serviceType": "SOCIAL_LEGAL", "responsible": "lawyer Petrova", "dueDate": "2021-05-20"}]}]""");
        List<CsvCaseReader.Row<Case>> rows = JsonCases.read(json, CaseCsv.SCHEMA, 10);
        Case c = rows.get(0).value();
        assertThat(rows.get(0).errors()).isEmpty();
        assertThat(c.planMeasures()).containsExactly(
                new PlanMeasure(ServiceType.SOCIAL_LEGAL, Responsible.LAWYER, d("2021-05-20"), null, null),
                new PlanMeasure(ServiceType.SOCIAL_MEDICAL, Responsible.NURSE, d("2021-05-10"), true, d("2021-05-09")));
        assertThat(c.monitoring()).containsExactly(new MonitoringEntry(d("2021-05-01"), null),
                new MonitoringEntry(d("2021-08-01"), false), new MonitoringEntry(d("2021-09-01"), null));
        assertThat(c.extensionGrounds()).containsExactly(ExtensionGround.DIVORCE_PENDING, ExtensionGround.CHILD_CUSTODY);
        assertThat(c.extensionDecidedBy()).isEqualTo(ExtensionDecider.CASE_CONFERENCE);
        assertThat(c.severe()).isTrue();
        assertThat(c.followUpDates()).containsExactly(d("2021-12-01"));
        assertThat(rows.get(1).errors()).extracting(RowError::field)
                .containsExactlyInAnyOrder("extension_decided_by", "plan_measures");
        assertThat(rows.get(1).errors().toString()).doesNotContain("Ivanova").doesNotContain("Petrova");
    }

    @Test
    void a_register_and_its_json_form_give_the_same_cases() throws IOException {
        Path csv = dir.resolve("register.csv");
        Files.writeString(csv, """
                case_id,centre_id,plan_measures,monitoring_dates,extension_grounds,extension_decided_by,severe,follow_up_dates
                A-1,KC-01,SOCIAL_LEGAL|LAWYER|2021-05-20;SOCIAL_MEDICAL|NURSE|2021-05-10|true|2021-05-09,2021-05-01;2021-08-01|true,DIVORCE_PENDING;OTHER,COMMISSION,true,2021-12-01;2022-01-10
                A-2,KC-01,SOCIAL_LEGAL||2021-05-20|false,,,,,
                """);
        List<Case> fromCsv = new ArrayList<>();
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(csv, CaseCsv.SCHEMA)) {
            reader.forEachRemaining(r -> {
                assertThat(r.errors()).isEmpty();
                fromCsv.add(r.value());
            });
        }
        List<Case> fromJson = JsonCases.read(CaseCsv.toJson(csv), CaseCsv.SCHEMA, 10).stream().map(r -> {
            assertThat(r.errors()).isEmpty();
            return r.value();
        }).toList();
        assertThat(fromJson).isEqualTo(fromCsv);
        assertThat(fromCsv.get(0).monitoring()).hasSize(2);
        assertThat(fromCsv.get(1).planMeasures()).singleElement().extracting(PlanMeasure::outcomeStated).isEqualTo(false);
        assertThat(CaseCsv.toJson(csv).get(0).get("monitoringDates").get(1).get("recipientView").asString()).isEqualTo("true");
    }

    @Test
    void identifying_values_are_found_in_every_written_form_and_long_lists_of_dates_are_not_taken_for_them() {
        for (String v : List.of("870101300123", "x 870101300123 y", "+77011234567", "+7 (701) 123-45-67", "8 701 123 45 67", "8(701)1234567",
                "87011234567", "70101300123", "note: 70101300123 ")) {
            assertThat(CaseCsv.IDENTIFYING.identifyingValue(v)).as(v).isNotNull();
        }
        for (String v : List.of("8701013001", "+7 (701) 123-45-6", "8701013001|23", "2021-03-04|2022-05-06|2023-07-08;2024-01-01",
                "1234567890", "12345678901.5", "2021-03-04 10:30;2021-03-05 11:45;2021-04-01 09:00;2021-05-01 12:00", "")) {
            assertThat(CaseCsv.IDENTIFYING.identifyingValue(v)).as(v).isNull();
        }
    }
}
