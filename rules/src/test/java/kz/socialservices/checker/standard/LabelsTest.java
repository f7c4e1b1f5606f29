package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.RowError;
import kz.socialservices.checker.engine.evaluation.Labels;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every column and code reads in en, ru and kk, and a register may be written with those labels. */
class LabelsTest {

    /** Every code list a register or a report shows. */
    static final List<Class<? extends Enum<?>>> CODE_LISTS = List.of(Ownership.class, StayForm.class, Sex.class,
            ViolenceForm.class, Applicant.class, ReferralSource.class, Decision.class, RefusalGround.class,
            ServiceType.class, ExitReason.class, ExtensionGround.class, ExtensionDecider.class, Responsible.class,
            Verdict.class, Severity.class);

    private static final Path SAMPLE = Fixtures.path("sample/centre-register.csv");

    private final Labels labels = DvStandard.labels();

    @TempDir
    Path dir;

    @Test
    void every_column_has_a_label_and_a_line_of_help_in_every_language() {
        for (String lang : DvStandard.LANGUAGES) {
            for (String column : CaseCsv.COLUMNS) {
                assertThat(labels.column(lang, column)).as("%s label of %s", lang, column).isNotEqualTo(column);
                assertThat(labels.help(lang, column)).as("%s help of %s", lang, column).isNotBlank();
            }
        }
    }

    @Test
    void every_code_has_a_label_in_every_language() {
        for (String lang : DvStandard.LANGUAGES) {
            for (Class<? extends Enum<?>> list : CODE_LISTS) {
                for (Enum<?> code : list.getEnumConstants()) {
                    assertThat(labels.hasCode(lang, code.name())).as("%s label of %s.%s", lang, list.getSimpleName(), code).isTrue();
                }
            }
            assertThat(labels.hasCode(lang, "true")).isTrue();
            assertThat(labels.hasCode(lang, "false")).isTrue();
        }
    }

    @Test
    void no_label_stands_for_two_things_and_none_looks_like_identifying_data() {
        Map<String, String> headers = labels.headerAliases(); // throws on a label shared by two columns
        Map<String, String> values = labels.valueAliases(); // or by two codes
        assertThat(headers).hasSizeGreaterThanOrEqualTo(CaseCsv.COLUMNS.size() * 2);
        assertThat(values).isNotEmpty();
        for (Labels.Language l : labels.byLanguage().values()) {
            l.columns().values().forEach(label -> {
                assertThat(CaseCsv.IDENTIFYING.isIdentifyingColumn(label)).as(label).isFalse();
                assertThat(CaseCsv.IDENTIFYING.identifyingValue(label)).as(label).isNull();
            });
        }
    }

    @Test
    void no_message_template_writes_a_code_or_a_column_name_where_its_label_belongs() throws IOException {
        java.util.Set<String> codes = new java.util.HashSet<>(CaseCsv.COLUMNS);
        CODE_LISTS.forEach(list -> java.util.Arrays.stream(list.getEnumConstants()).forEach(c -> codes.add(c.name())));
        codes.removeIf(c -> c.length() < 3 || !c.matches(".*[_A-Z].*") || c.equals("HIV") || c.equals("NGO")); // words a sentence may hold
        for (String lang : DvStandard.LANGUAGES) {
            String text = Files.readString(Fixtures.ROOT.getParent()
                    .resolve("rules/src/main/resources/standard/messages/" + lang + ".yaml"), StandardCharsets.UTF_8);
            String templates = text.substring(0, text.indexOf("\n" + Labels.KEY + ":"));
            for (String line : templates.lines().filter(l -> !l.strip().startsWith("#")).toList()) {
                int quote = line.indexOf('"');
                String template = quote < 0 ? "" : line.substring(quote).replaceAll("\\{[A-Za-z]+}", "");
                for (String code : codes) {
                    assertThat(template.matches("(?s).*(?<![A-Za-z_])" + java.util.regex.Pattern.quote(code) + "(?![A-Za-z_]).*"))
                            .as("%s: %s written literally in: %s", lang, code, line.strip()).isFalse();
                }
            }
        }
    }

    @Test
    void an_iin_whose_leading_zero_excel_dropped_is_refused_and_a_date_a_year_or_a_phone_is_told_apart() {
        assertThat(CaseCsv.IDENTIFYING.identifyingValue("50315400123")).contains("IIN");      // 050315400123 as a number
        assertThat(CaseCsv.IDENTIFYING.identifyingValue("050315400123")).contains("IIN");
        assertThat(CaseCsv.IDENTIFYING.identifyingValue("87011234567")).isEqualTo("a phone number");
        for (String harmless : List.of("2021-03-05", "31.03.2025", "1987", "2010;2012", "KRG-2021-005", "1234567890",
                "SOCIAL_LEGAL|LAWYER|2021-05-20", "2021-02-12T19:00|2021-02-14T18:00|false")) {
            assertThat(CaseCsv.IDENTIFYING.identifyingValue(harmless)).as(harmless).isNull();
        }
    }

    @Test
    void a_russian_report_says_the_labels_not_the_codes() throws IOException {
        Case refused = Fixtures.cases(SAMPLE).stream()
                .filter(c -> c.refusalGround() == RefusalGround.NO_PLACES).findFirst().orElseThrow();
        var result = Fixtures.evaluator().evaluateOne(refused, java.time.LocalDate.of(2025, 3, 31), "ru");
        String adm05 = result.findings().stream().filter(f -> f.requirement().equals("ADM-05")).findFirst().orElseThrow().message();
        assertThat(adm05).contains("нет свободных мест").doesNotContain("NO_PLACES");
    }

    @Test
    void a_register_with_kazakh_headers_reads_as_the_same_cases() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        String kazakh = String.join(",", java.util.Arrays.stream(lines.get(0).split(","))
                .map(c -> "\"" + labels.column("kk", c).toUpperCase(java.util.Locale.ROOT) + "\"").toList());
        assertThat(kazakh.toLowerCase(java.util.Locale.ROOT)).contains("ә", "қ", "ң", "ө", "ұ", "ү", "і");
        Path kk = dir.resolve("kk.csv");
        lines.set(0, kazakh);
        Files.write(kk, lines, StandardCharsets.UTF_8);
        assertThat(Fixtures.cases(kk)).isEqualTo(Fixtures.cases(SAMPLE));
    }

    @Test
    void the_sample_as_a_russian_excel_csv_reads_as_the_same_cases() throws IOException {
        // written by api's SampleRegisterForms: ';', Windows-1251, Russian headers and labels, dd.MM.yyyy dates
        Path ru = Fixtures.path("sample/centre-register.ru-1251.csv");
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(ru, CaseCsv.SCHEMA)) {
            assertThat(reader.detected()).containsEntry("encoding", "windows-1251").containsEntry("delimiter", ";");
        }
        assertThat(Fixtures.cases(ru)).isEqualTo(Fixtures.cases(SAMPLE));
    }

    @Test
    void a_free_text_value_where_a_code_belongs_is_a_field_error_listing_the_codes_without_the_value() throws IOException {
        Path f = dir.resolve("free.csv");
        Files.writeString(f, "case_id,decision,refusal_ground\nR-1,REFUSED,Ivanova said no\n");
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(f, CaseCsv.SCHEMA)) {
            RowError e = reader.next().errors().get(0);
            assertThat(e.field()).isEqualTo("refusal_ground");
            assertThat(e.message()).contains("NO_PLACES", "NOT_ELIGIBLE").doesNotContain("Ivanova");
        }
    }
}
