package kz.socialservices.checker.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.socialservices.checker.engine.audit.Years;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.Decision;
import kz.socialservices.checker.standard.DvStandard;
import kz.socialservices.checker.standard.ExitReason;
import kz.socialservices.checker.standard.Ownership;
import kz.socialservices.checker.standard.PlanMeasure;
import kz.socialservices.checker.standard.ServiceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national synthetic dataset: the shipped file is the generator's, valid, and shows what the note describes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NationalRegisterTest {

    static final Path SHIPPED = locate("fixtures/national/national.csv");
    static final LocalDate HORIZON = LocalDate.parse("2025-12-31");
    static final List<Case> CASES = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(SHIPPED, CaseCsv.SCHEMA)) {
            reader.forEachRemaining(r -> {
                assertThat(r.errors()).as("row %s", r.number()).isEmpty();
                CASES.add(r.value());
            });
        }
    }

    @Test
    void the_shipped_file_is_what_generate_national_makes_with_its_defaults(@TempDir Path dir) throws IOException {
        Path again = dir.resolve("national.csv");
        int exit = Cli.run("generate", "--national", "--out", again.toString());
        assertThat(exit).isZero();
        assertThat(Files.mismatch(SHIPPED, again)).as("regenerate fixtures/national/national.csv (see its README)").isEqualTo(-1L);
        assertThat(Files.size(SHIPPED)).as("a few MB at most").isLessThan(6_000_000L);
    }

    @Test
    void the_same_seed_gives_the_same_register_and_another_seed_another() throws IOException {
        String one = small(7);
        assertThat(small(7)).isEqualTo(one);
        assertThat(small(8)).isNotEqualTo(one);
        assertThat(one.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", CaseCsv.COLUMNS));
    }

    private static String small(long seed) throws IOException {
        StringWriter out = new StringWriter();
        new NationalRegister(seed, new Years(2020, 2021), 200).write(out);
        return out.toString();
    }

    @Test
    void the_centres_are_the_17_of_the_notes_list_in_15_regions_5_of_them_state() {
        Map<String, String> region = new TreeMap<>();
        Map<String, Ownership> ownership = new TreeMap<>();
        for (Case c : CASES) {
            assertThat(region.computeIfAbsent(c.centreId(), k -> c.region())).isEqualTo(c.region());
            assertThat(ownership.computeIfAbsent(c.centreId(), k -> c.ownership())).isEqualTo(c.ownership());
        }
        assertThat(region).hasSize(17);
        assertThat(new HashSet<>(region.values())).hasSize(15);
        assertThat(ownership.entrySet().stream().filter(e -> e.getValue() == Ownership.STATE).map(Map.Entry::getKey))
                .containsExactly("KC-05", "KC-07", "KC-09", "KC-10", "KC-16");
        assertThat(region).containsEntry("KC-04", "Aktobe region").containsEntry("KC-05", "Aktobe region")
                .containsEntry("KC-11", "Karaganda region").containsEntry("KC-12", "Karaganda region");
    }

    @Test
    void every_year_and_both_editions_are_present_nothing_is_dated_after_the_horizon_and_keys_are_unique() {
        Set<Integer> years = CASES.stream().map(c -> c.applicationDate().getYear()).collect(Collectors.toSet());
        assertThat(years).containsExactlyInAnyOrder(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025);
        LocalDate order263 = LocalDate.parse("2023-07-01");
        assertThat(admitted()).anyMatch(c -> c.admissionDate().isBefore(order263)).anyMatch(c -> !c.admissionDate().isBefore(order263))
                .anyMatch(c -> c.admissionDate().isBefore(order263) && c.exitDate() != null && !c.exitDate().isBefore(order263));
        assertThat(CASES).allSatisfy(c -> assertThat(c.asOf(HORIZON)).isEqualTo(c));
        assertThat(CASES.stream().map(c -> c.centreId() + "/" + c.caseId()).distinct().count()).isEqualTo(CASES.size());
        assertThat(share(admitted(), c -> c.exitDate() == null)).as("open at the horizon").isBetween(0.02, 0.08);
        assertThat(share(CASES, c -> c.decision() == Decision.REFUSED)).isBetween(0.04, 0.08);
    }

    @Test
    void women_arrive_on_weekends_and_holidays_without_documents_or_registration_and_with_children_of_school_age() {
        WorkingDayCalendar calendar = DvStandard.shippedCalendar();
        List<Case> admitted = admitted();
        assertThat(share(admitted, c -> !calendar.isWorkingDay(c.admissionDate()))).as("days off are 2 in 7 (0.29)").isGreaterThan(0.4);
        assertThat(share(admitted, c -> !c.hasIdDocument())).isBetween(0.15, 0.30);
        assertThat(share(admitted, c -> !c.hasResidenceRegistration())).isBetween(0.25, 0.45);
        List<Case> schoolChildren = admitted.stream().filter(c -> c.childrenAgedBetween(6, 17) > 0 && c.planDate() != null).toList();
        assertThat(share(admitted, c -> c.childrenAgedBetween(6, 17) > 0)).isBetween(0.2, 0.45);
        assertThat(share(schoolChildren, c -> c.hasMeasureOf(ServiceType.SOCIAL_PEDAGOGICAL))).isBetween(0.7, 0.95);
        assertThat(share(admitted.stream().filter(c -> !c.hasIdDocument() && c.planDate() != null).toList(),
                c -> c.hasMeasureOf(ServiceType.SOCIAL_LEGAL))).isGreaterThan(0.9);
    }

    @Test
    void stays_run_six_months_or_nine_when_extended_with_coded_grounds_and_decider() {
        List<Case> periodEnded = admitted().stream().filter(c -> c.exitReason() == ExitReason.PERIOD_ENDED).toList();
        assertThat(share(periodEnded, c -> c.exitDate().equals(c.admissionDate().plusMonths(6)) && !c.isExtended())).isBetween(0.6, 0.8);
        assertThat(share(periodEnded, c -> c.exitDate().equals(c.admissionDate().plusMonths(9)) && c.isExtended())).isBetween(0.15, 0.3);
        List<Case> extended = admitted().stream().filter(Case::isExtended).toList();
        assertThat(extended).isNotEmpty().allSatisfy(c -> assertThat(c.extensionGrounds()).isNotEmpty());
        assertThat(share(extended, c -> c.extensionDecidedBy() != null)).isGreaterThan(0.9);
        assertThat(extended).anySatisfy(c -> assertThat(c.extensionGrounds()).hasSizeGreaterThan(1));
    }

    @Test
    void measures_are_coded_and_carried_out_between_the_plan_and_the_exit() {
        List<PlanMeasure> all = new ArrayList<>();
        for (Case c : admitted()) {
            for (PlanMeasure m : c.planMeasures()) {
                all.add(m);
                if (m.doneDate() != null) {
                    assertThat(m.doneDate()).as(c.caseId()).isAfterOrEqualTo(c.planDate())
                            .isBeforeOrEqualTo(c.exitDate() != null ? c.exitDate() : HORIZON);
                }
            }
        }
        assertThat(share(all, m -> m.responsible() != null)).isGreaterThan(0.95);
        assertThat(share(all, m -> Boolean.TRUE.equals(m.outcomeStated()))).isBetween(0.8, 0.95);
        assertThat(share(all, m -> m.doneDate() != null)).isBetween(0.8, 0.95);
    }

    private static List<Case> admitted() {
        return CASES.stream().filter(c -> c.decision() == Decision.ADMITTED).toList();
    }

    static <T> double share(List<T> items, Predicate<T> p) {
        return (double) items.stream().filter(p).count() / items.size();
    }

    static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("no " + relative + " above " + Path.of("").toAbsolutePath());
    }
}
