package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import kz.socialservices.checker.engine.simulation.AmendmentRefusedException;
import kz.socialservices.checker.engine.simulation.Simulation;
import kz.socialservices.checker.engine.simulation.SimulationJsonWriter;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Packages are refused with the place of each problem; simulating is reproducible and changes nothing without an amendment. */
class AmendmentPackagesTest {

    private static final Path SAMPLE = Fixtures.path("sample/centre-register.csv");
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    @Test
    void every_refused_package_is_refused_with_the_code_and_the_place_of_its_problem() throws IOException {
        Path dir = Fixtures.path("amendments/refused");
        int checked = 0;
        try (Reader in = Files.newBufferedReader(dir.resolve("expected.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertThatThrownBy(() -> Fixtures.amendments().apply(List.of(DvStandard.amendmentFile(dir.resolve(r.get("file")))), null))
                        .as(r.get("file")).isInstanceOfSatisfying(AmendmentRefusedException.class, e ->
                                assertThat(e.problems()).as(r.get("file")).anySatisfy(p -> {
                                    assertThat(p.code()).isEqualTo(r.get("code"));
                                    assertThat(p.place()).startsWith(r.get("place"));
                                }));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6);
    }

    @Test
    void a_drl_error_names_the_file_line_and_column() {
        assertThatThrownBy(() -> Fixtures.amendments().apply(List.of(DvStandard.amendmentFile(
                Fixtures.path("amendments/refused/drl-syntax-error.yaml"))), null))
                .isInstanceOfSatisfying(AmendmentRefusedException.class, e ->
                        assertThat(e.problems().get(0).place()).matches("drl-syntax-error/drl-syntax-error\\.drl line \\d+, column \\d+"));
    }

    @Test
    void an_uploaded_package_may_change_parameters_and_withdraw_but_never_carry_rules() throws IOException {
        String withRules = Files.readString(Fixtures.path("amendments/refused/drl-syntax-error.yaml"));
        assertThatThrownBy(() -> DvStandard.uploadedAmendment(withRules, "upload.yaml"))
                .isInstanceOfSatisfying(AmendmentRefusedException.class, e -> assertThat(e.carriesRules()).isTrue());
        String ipr08 = DvStandard.text("amendments/ipr-expected-outcomes.yaml").replace("drl: [ipr-expected-outcomes.drl]\n", "");
        assertThatThrownBy(() -> DvStandard.uploadedAmendment(ipr08, "upload.yaml"))
                .as("adding a requirement needs rules, even without a drl key")
                .isInstanceOfSatisfying(AmendmentRefusedException.class, e -> assertThat(e.carriesRules()).isTrue());
        AmendmentPackage withdraw = DvStandard.uploadedAmendment(Files.readString(Fixtures.path("amendments/drafter/withdraw-mon-02.yaml")), "w.yaml");
        AmendmentPackage ten = DvStandard.uploadedAmendment(Files.readString(Fixtures.path("amendments/drafter/asm-02-ten-days.yaml")), "t.yaml");
        assertThat(Fixtures.amendments().apply(List.of(withdraw, ten), null).withdrawn()).containsExactly("MON-02");
    }

    @Test
    void two_packages_changing_one_parameter_are_refused_as_a_conflict() {
        var seven = DvStandard.shippedAmendment("asm-02-seven-days");
        var five = DvStandard.shippedAmendment("asm-02-five-working-days");
        assertThatThrownBy(() -> Fixtures.amendments().apply(List.of(seven, five), null))
                .isInstanceOfSatisfying(AmendmentRefusedException.class, e ->
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo("conflict")));
    }

    @Test
    void simulating_with_no_amendment_gives_zero_flips() throws IOException {
        SimulationSummary s = simulate(List.of(), LocalDate.of(2017, 1, 20)).summary;
        assertThat(s.rowsEvaluated()).isEqualTo(70);
        assertThat(s.findingsChanged()).isZero();
        assertThat(s.flips()).isEmpty();
    }

    @Test
    void a_withdrawn_requirement_leaves_the_amended_side_and_its_findings_change_to_absent() throws IOException {
        AmendmentPackage withdraw = DvStandard.amendmentFile(Fixtures.path("amendments/drafter/withdraw-mon-02.yaml"));
        SimulationSummary s = simulate(List.of(withdraw), LocalDate.of(2017, 1, 20)).summary;
        assertThat(s.flips()).containsOnlyKeys("MON-02");
        assertThat(s.flips().get("MON-02").keySet()).allMatch(t -> t.endsWith("->ABSENT")).noneMatch(t -> t.startsWith("NOT_APPLICABLE"));
        assertThat(s.rates("all", "", "MON-02").after()).isNull();
    }

    @Test
    void applying_a_package_twice_gives_the_same_bytes_as_once_and_as_another_run() throws IOException {
        AmendmentPackage p = DvStandard.shippedAmendment("asm-02-seven-days");
        Run once = simulate(List.of(p), LocalDate.of(2017, 1, 20));
        Run twice = simulate(List.of(p, DvStandard.shippedAmendment("asm-02-seven-days")), LocalDate.of(2017, 1, 20));
        Run again = simulate(List.of(p), LocalDate.of(2017, 1, 20));
        assertThat(once.summary.findingsChanged()).isPositive();
        assertThat(twice.json).isEqualTo(once.json);
        assertThat(again.json).isEqualTo(once.json);
        assertThat(new String(once.json, java.nio.charset.StandardCharsets.UTF_8)).contains(p.contentHash());
    }

    record Run(SimulationSummary summary, byte[] json) {
    }

    static Run simulate(List<AmendmentPackage> packages, LocalDate from) throws IOException {
        AmendedStandard<Case> a = Fixtures.amendments().apply(packages, from);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SimulationSummary s;
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(SAMPLE, CaseCsv.SCHEMA); var w = new SimulationJsonWriter(out, false)) {
            s = new Simulation<>(a).run(reader, reader.detected(), AS_OF, "en", w, n -> { });
        }
        return new Run(s, out.toByteArray());
    }
}
