package kz.socialservices.checker.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.Decision;
import kz.socialservices.checker.standard.MonitoringEntry;
import kz.socialservices.checker.standard.PlanMeasure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic register: deterministic, valid, coded throughout, and its new parts filled as the note describes. */
class SyntheticRegisterTest {

    static final LocalDate FROM = LocalDate.of(2017, 1, 20);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @TempDir
    static Path dir;
    static String text;
    static List<Case> cases = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        text = write(2021, 30_000);
        Path file = dir.resolve("national.csv");
        Files.writeString(file, text);
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(file, CaseCsv.SCHEMA)) {
            reader.forEachRemaining(r -> {
                assertThat(r.errors()).as("row %s", r.number()).isEmpty();
                cases.add(r.value());
            });
        }
    }

    private static String write(long seed, long rows) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticRegister(seed, FROM, TO).write(out, rows);
        return out.toString();
    }

    @Test
    void the_same_seed_gives_the_same_register_and_every_row_is_valid() throws IOException {
        assertThat(cases).hasSize(30_000);
        String again = write(2021, 2_000);
        assertThat(text).startsWith(again);
        assertThat(again.lines()).hasSize(2_001);
        assertThat(write(2022, 2_000)).isNotEqualTo(again);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CaseCsv.COLUMNS));
    }

    @Test
    void extensions_and_measures_carry_codes_and_some_extensions_several_grounds() {
        List<Case> extended = cases.stream().filter(Case::isExtended).toList();
        assertThat(extended).isNotEmpty().allSatisfy(c -> {
            assertThat(c.extensionGrounds()).isNotEmpty();
            assertThat(c.extensionDecidedBy()).isNotNull();
        });
        assertThat(extended).anySatisfy(c -> assertThat(c.extensionGrounds()).hasSizeGreaterThan(1));
        assertThat(cases.stream().flatMap(c -> c.planMeasures().stream()).map(PlanMeasure::responsible).filter(Objects::nonNull))
                .isNotEmpty();
    }

    @Test
    void outcomes_are_mostly_stated_and_done_dates_lie_between_the_plan_and_the_exit() {
        List<PlanMeasure> all = new ArrayList<>();
        for (Case c : cases) {
            for (PlanMeasure m : c.planMeasures()) {
                all.add(m);
                if (m.doneDate() != null) {
                    assertThat(m.doneDate()).as(c.caseId()).isAfterOrEqualTo(c.planDate());
                    assertThat(m.doneDate()).as(c.caseId()).isBeforeOrEqualTo(c.exitDate() != null ? c.exitDate() : TO);
                }
            }
        }
        assertThat(share(all, m -> Boolean.TRUE.equals(m.outcomeStated()))).isBetween(0.8, 0.95);
        assertThat(all).anyMatch(m -> Boolean.FALSE.equals(m.outcomeStated())).anyMatch(m -> m.outcomeStated() == null);
        assertThat(share(all, m -> m.doneDate() != null)).isBetween(0.75, 0.95);
    }

    @Test
    void plan_completion_per_centre_in_2021_falls_in_the_bands_of_table_10() {
        Map<String, int[]> byCentre = new TreeMap<>();
        for (Case c : cases) {
            if (c.planDate() != null && c.planDate().getYear() == 2021) {
                int[] n = byCentre.computeIfAbsent(c.centreId(), k -> new int[2]);
                n[0] += (int) c.planMeasures().stream().filter(m -> m.doneDate() != null).count();
                n[1] += c.planMeasures().size();
            }
        }
        assertThat(byCentre).hasSize(17);
        int[] bands = new int[4]; // >= 95%, 75-95%, 50-75%, < 50%
        byCentre.values().forEach(n -> {
            double rate = (double) n[0] / n[1];
            bands[rate >= 0.95 ? 0 : rate >= 0.75 ? 1 : rate >= 0.5 ? 2 : 3]++;
        });
        assertThat(bands).containsExactly(4, 12, 1, 0);
    }

    @Test
    void some_entries_record_the_recipients_view_and_others_not() {
        List<MonitoringEntry> entries = cases.stream().flatMap(c -> c.monitoring().stream()).toList();
        assertThat(share(entries, e -> Boolean.TRUE.equals(e.recipientView()))).isBetween(0.3, 0.5);
        assertThat(share(entries, e -> Boolean.FALSE.equals(e.recipientView()))).isBetween(0.05, 0.15);
        assertThat(share(entries, e -> e.recipientView() == null)).isBetween(0.4, 0.6);
    }

    @Test
    void between_a_tenth_and_a_fifth_are_severe_and_follow_ups_come_after_the_exit_of_closed_severe_cases() {
        List<Case> admitted = cases.stream().filter(c -> c.decision() == Decision.ADMITTED).toList();
        assertThat(share(admitted, c -> Boolean.TRUE.equals(c.severe()))).isBetween(0.10, 0.20);
        List<Case> followed = cases.stream().filter(c -> !c.followUpDates().isEmpty()).toList();
        assertThat(followed).isNotEmpty().allSatisfy(c -> {
            assertThat(c.severe()).isTrue();
            assertThat(c.exitDate()).isNotNull();
            assertThat(c.followUpDates()).allSatisfy(d -> assertThat(d).isAfter(c.exitDate()));
        });
        List<Case> closedSevere = admitted.stream().filter(c -> Boolean.TRUE.equals(c.severe()) && c.exitDate() != null).toList();
        assertThat(share(closedSevere, c -> !c.followUpDates().isEmpty())).isBetween(0.5, 0.9);
        assertThat(followed).as("some follow-ups come more than 30 days after the exit")
                .anyMatch(c -> c.followUpDates().get(0).isAfter(c.exitDate().plusDays(30)));
    }

    private static <T> double share(List<T> items, java.util.function.Predicate<T> p) {
        return (double) items.stream().filter(p).count() / items.size();
    }
}
