package kz.socialservices.checker.api.cli;

import static kz.socialservices.checker.api.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.api.cli.CheckCommandTest.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check --calendar-dir DIR}: a working-day deadline in 2027 cannot be counted with the shipped
 * calendar (2017-2026) and is judged once a 2027 file is added. The 2027 dates are test data in the
 * shape of a published list, not Kazakhstan's official 2027 non-working days.
 */
public class CalendarDirCommandTest {

    /** A 2027 list in the shape of a published one: test data, not Kazakhstan's official 2027 days. */
    public static final String YEAR_2027 = read2027();

    private static String read2027() {
        try {
            return Files.readString(kz.socialservices.checker.api.HttpTestSupport.FIXTURES.resolve("calendar/test-year-2027.csv"), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path dir;
    Path calendars;
    Path register;

    @BeforeEach
    void files() throws Exception {
        calendars = Files.createDirectories(dir.resolve("calendar"));
        register = dir.resolve("register.csv");
        // application 2026-12-28: + 10 working days with the 2027 file = 2027-01-14; conclusion 2027-01-12
        Files.writeString(register, """
                case_id,decision,application_date,admission_date,conclusion_date,violence_forms
                C-2027,ADMITTED,2026-12-28,2026-12-28,2027-01-12,PHYSICAL
                """, StandardCharsets.UTF_8);
    }

    private static JsonNode json(Run r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return JsonMapper.builder().build().readTree(r.out());
    }

    private static JsonNode proc01(JsonNode report) {
        for (JsonNode f : report.get("results").get(0).get("findings")) {
            if (f.get("requirement").asString().equals("PROC-01")) {
                return f;
            }
        }
        throw new AssertionError("no PROC-01 finding");
    }

    @Test
    void a_proc01_deadline_in_2027_is_undetermined_without_the_2027_file_and_judged_with_it() throws Exception {
        JsonNode without = json(run("check", register.toString(), "--as-of", "2027-02-01", "--format", "json"));
        assertThat(proc01(without).get("verdict").asString()).isEqualTo("UNDETERMINED");
        assertThat(proc01(without).get("missingFields").get(0).asString()).isEqualTo("calendar:2027");
        assertThat(without.get("provenance").get("calendar").get("lastYear").asInt()).isEqualTo(2026);

        Files.writeString(calendars.resolve("2027.csv"), YEAR_2027, StandardCharsets.UTF_8);
        JsonNode with = json(run("check", register.toString(), "--as-of", "2027-02-01", "--format", "json",
                "--calendar-dir", calendars.toString()));
        assertThat(proc01(with).get("verdict").asString()).isEqualTo("COMPLIANT");
        assertThat(proc01(with).get("dueDate").asString()).isEqualTo("2027-01-14");

        JsonNode calendar = with.get("provenance").get("calendar");
        assertThat(calendar.get("firstYear").asInt()).isEqualTo(2017);
        assertThat(calendar.get("lastYear").asInt()).isEqualTo(2027);
        List<String> files = new ArrayList<>();
        calendar.get("files").forEach(f -> files.add(f.get("name").asString() + (f.get("shipped").asBoolean() ? " shipped" : " added")));
        assertThat(files).containsExactly("kz-non-working-days.csv shipped", "2027.csv added");
        assertThat(with.get("provenance").get("parameterHash").asString())
                .isNotEqualTo(without.get("provenance").get("parameterHash").asString());
    }

    @Test
    void the_text_report_names_the_calendars_coverage_in_its_provenance() throws Exception {
        Files.writeString(calendars.resolve("2027.csv"), YEAR_2027, StandardCharsets.UTF_8);
        Run r = run("check", register.toString(), "--as-of", "2027-02-01", "--calendar-dir", calendars.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("calendar:   2017-2027 (kz-non-working-days.csv 2017-2026; added: 2027.csv 2027)");
        assertThat(run("check", register.toString(), "--as-of", "2027-02-01").out())
                .contains("calendar:   2017-2026 (kz-non-working-days.csv 2017-2026)");
    }

    @Test
    void the_system_property_checker_calendar_dir_is_the_default() throws Exception {
        Files.writeString(calendars.resolve("2027.csv"), YEAR_2027, StandardCharsets.UTF_8);
        String before = System.getProperty(CalendarDirOption.PROPERTY);
        System.setProperty(CalendarDirOption.PROPERTY, calendars.toString());
        try {
            JsonNode report = json(run("check", register.toString(), "--as-of", "2027-02-01", "--format", "json"));
            assertThat(proc01(report).get("verdict").asString()).isEqualTo("COMPLIANT");
        } finally {
            if (before == null) {
                System.clearProperty(CalendarDirOption.PROPERTY);
            } else {
                System.setProperty(CalendarDirOption.PROPERTY, before);
            }
        }
    }

    @Test
    void a_file_contradicting_the_shipped_calendar_or_a_missing_directory_is_a_usage_error_naming_the_file_and_line()
            throws Exception {
        Files.writeString(calendars.resolve("2027.csv"), YEAR_2027 + "2026-12-16,transfer,Other,test data\n",
                StandardCharsets.UTF_8);
        Run r = run("check", register.toString(), "--as-of", "2027-02-01", "--calendar-dir", calendars.toString());
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("2027.csv line 6:").contains("kz-non-working-days.csv line").contains("'holiday'");
        assertThat(r.out()).isEmpty();
        Run missing = run("check", register.toString(), "--calendar-dir", dir.resolve("absent").toString());
        assertThat(missing.exit()).isEqualTo(Cli.USAGE);
        assertThat(missing.err()).contains("absent");
    }
}
