package kz.socialservices.checker.api;

import static kz.socialservices.checker.api.HttpTestSupport.get;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The server with {@code checker.calendar-dir} set: a 2027 file there (test data, not the official
 * 2027 list) makes a PROC-01 deadline in 2027 countable, and the coverage shows in {@code /actuator/info}
 * and in every answer's provenance. A file contradicting the shipped calendar stops start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarDirApiTest {

    static final String YEAR_2027 = """
            date,kind,name,source
            2027-01-01,holiday,New Year,test data
            2027-01-02,holiday,New Year,test data
            2027-01-04,moved,Day off for New Year (2 Jan fell on Saturday),test data
            2027-01-07,holiday,Orthodox Christmas,test data
            """;
    static final Path CALENDARS = calendars();

    @LocalServerPort
    int port;

    private static Path calendars() {
        try {
            Path dir = Files.createTempDirectory("checker-calendar");
            Files.writeString(dir.resolve("2027.csv"), YEAR_2027, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void calendarDir(DynamicPropertyRegistry registry) {
        registry.add("checker.calendar-dir", CALENDARS::toString);
    }

    @AfterAll
    static void removeCalendars() throws IOException {
        try (Stream<Path> files = Files.walk(CALENDARS)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void actuator_info_shows_the_calendars_coverage_with_the_added_file() {
        JsonNode calendar = get(port, "/actuator/info").json().get("calendar");
        assertThat(calendar.get("firstYear").asInt()).isEqualTo(2017);
        assertThat(calendar.get("lastYear").asInt()).isEqualTo(2027);
        assertThat(calendar.get("missingYears")).isEmpty();
        assertThat(calendar.get("files").get(0).get("name").asString()).isEqualTo("kz-non-working-days.csv");
        assertThat(calendar.get("files").get(1).get("name").asString()).isEqualTo("2027.csv");
        assertThat(calendar.get("files").get(1).get("shipped").asBoolean()).isFalse();
        assertThat(calendar.get("files").get(1).get("years").get(0).asInt()).isEqualTo(2027);
    }

    @Test
    void a_proc01_deadline_in_2027_is_judged_and_the_answer_names_the_calendar() {
        String csv = """
                case_id,decision,application_date,admission_date,conclusion_date,violence_forms
                C-2027,ADMITTED,2026-12-28,2026-12-28,2027-01-15,PHYSICAL
                """;
        JsonNode report = post(port, "/api/v1/evaluations?asOf=2027-02-01", "text/csv", "application/json",
                csv.getBytes(StandardCharsets.UTF_8)).json();
        JsonNode proc01 = null;
        for (JsonNode f : report.get("results").get(0).get("findings")) {
            if (f.get("requirement").asString().equals("PROC-01")) {
                proc01 = f;
            }
        }
        assertThat(proc01).isNotNull();
        // due 2027-01-14 with the added year; the conclusion on the 15th is one working day late
        assertThat(proc01.get("verdict").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(proc01.get("dueDate").asString()).isEqualTo("2027-01-14");
        assertThat(proc01.get("evidence").get("workingDaysLate").asLong()).isEqualTo(1);
        assertThat(report.get("provenance").get("calendar").get("lastYear").asInt()).isEqualTo(2027);
    }

    @Test
    void a_calendar_file_contradicting_the_shipped_one_stops_start_up_naming_the_file_and_line(@TempDir Path bad)
            throws IOException {
        Files.writeString(bad.resolve("2027.csv"), YEAR_2027 + "2026-12-16,transfer,Other,test data\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new SpringApplicationBuilder(CheckerApplication.class)
                .run("--server.port=0", "--checker.calendar-dir=" + bad).close())
                .rootCause().hasMessageContaining("2027.csv line 6:").hasMessageContaining("'holiday'");
    }
}
