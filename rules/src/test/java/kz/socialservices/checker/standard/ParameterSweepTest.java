package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.ParameterSweep;
import kz.socialservices.checker.engine.simulation.ParameterSweep.Range;
import kz.socialservices.checker.engine.simulation.ParameterSweep.SweepResult;
import kz.socialservices.checker.engine.simulation.Simulation;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import kz.socialservices.checker.engine.simulation.SimulationWriter;
import kz.socialservices.checker.engine.simulation.SweepExports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parameter swept over a range: each value's rates are those a plain simulation of that value gives; verdicts flip at the limit. */
class ParameterSweepTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private static SweepResult sweep(String file, String spec, LocalDate appliedFrom, LocalDate asOf) throws IOException {
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(Fixtures.path(file), CaseCsv.SCHEMA)) {
            return new ParameterSweep<>(Fixtures.standard(), Range.parse(spec), appliedFrom).run(reader, reader.detected(), asOf, n -> { });
        }
    }

    /** The same value as a drafter's parameter-only package, simulated the ordinary way. */
    private static SimulationSummary simulated(String file, String parameter, int value, LocalDate inForceFrom, LocalDate asOf) throws IOException {
        var pkg = DvStandard.uploadedAmendment("""
                id: sweep-check
                title: {en: "check", ru: "проверка", kk: "тексеру"}
                effective: 2027-01-01
                parameters:
                  %s: %d
                """.formatted(parameter, value), "sweep-check.yaml");
        AmendedStandard<Case> amended = Fixtures.amendments().apply(List.of(pkg), inForceFrom);
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(Fixtures.path(file), CaseCsv.SCHEMA)) {
            return new Simulation<>(amended).run(reader, reader.detected(), asOf, "en", new SimulationWriter() {
                @Override
                public void changed(kz.socialservices.checker.engine.simulation.CaseDiff diff) {
                }

                @Override
                public void finish(SimulationSummary summary, kz.socialservices.checker.engine.simulation.SimulationProvenance provenance) {
                }

                @Override
                public void close() {
                }
            }, n -> { });
        }
    }

    @Test
    void each_value_of_the_sweep_gives_the_rates_of_a_plain_simulation_of_that_value_nationally_and_per_group() throws IOException {
        LocalDate from = LocalDate.of(2021, 1, 1); // earlier anchors keep the current value, in both
        SweepResult sweep = sweep("national/national.csv", "assessment.deadline_days=1..14", from, AS_OF);
        assertThat(sweep.requirements()).containsExactly("ASM-02", "IPR-01");
        assertThat(sweep.rows().rowsEvaluated()).isGreaterThan(9000);
        for (int value : new int[] {1, 4, 14}) {
            SimulationSummary plain = simulated("national/national.csv", "assessment.deadline_days", value, from, AS_OF);
            int i = value - 1;
            for (String requirement : sweep.requirements()) {
                for (String kind : List.of("all", "centre", "region", "ownership")) {
                    for (String group : plain.groups(kind)) {
                        SimulationSummary.Rates rates = plain.rates(kind, group, requirement);
                        SweepResult.Point point = sweep.curve(kind, group, requirement).get(i);
                        assertThat(new long[] {point.compliant(), point.nonCompliant()})
                                .as("%s at %d, %s %s", requirement, value, kind, group)
                                .containsExactly(rates.compliantAfter(), rates.nonCompliantAfter());
                        SweepResult.Point now = sweep.current(kind, group, requirement);
                        assertThat(new long[] {now.compliant(), now.nonCompliant()}).as("current %s %s %s", requirement, kind, group)
                                .containsExactly(rates.compliantBefore(), rates.nonCompliantBefore());
                    }
                }
            }
        }
        // At the current value the sweep reproduces the current text.
        assertThat(sweep.curve("all", "", "ASM-02").get(2)).usingRecursiveComparison().ignoringFields("value")
                .isEqualTo(sweep.current("all", "", "ASM-02"));
        // A longer deadline never lowers ASM-02's national rate, and 1..14 does move it.
        List<SweepResult.Point> curve = sweep.curve("all", "", "ASM-02");
        for (int k = 1; k < curve.size(); k++) {
            assertThat(curve.get(k).rate()).isGreaterThanOrEqualTo(curve.get(k - 1).rate());
        }
        assertThat(curve.get(13).rate()).isGreaterThan(curve.get(0).rate());
        assertThat(sweep.groups("ownership")).containsExactly("NON_STATE", "STATE");
    }

    @Test
    void a_case_assessed_four_days_after_its_contract_is_late_at_three_days_and_on_time_at_four(@TempDir Path dir) throws IOException {
        // From fixtures/boundary/ASM-02.csv: contract 2021-03-05, assessed 2021-03-08 (3 days) and 2021-03-09 (4 days).
        Path two = twoCases(dir);
        SweepResult s;
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(two, CaseCsv.SCHEMA)) {
            s = new ParameterSweep<>(Fixtures.standard(), Range.parse("assessment.deadline_days=2..4"), null)
                    .run(reader, reader.detected(), LocalDate.of(2021, 6, 1), n -> { });
        }
        assertThat(s.curve("all", "", "ASM-02")).extracting(p -> List.of(p.value(), p.compliant(), p.nonCompliant()))
                .containsExactly(List.of(2, 0L, 2L), List.of(3, 1L, 1L), List.of(4, 2L, 0L));
        assertThat(s.current("all", "", "ASM-02")).extracting(p -> List.of(p.value(), p.compliant(), p.nonCompliant()))
                .isEqualTo(List.of(3, 1L, 1L));
    }

    private static Path twoCases(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.path("boundary/ASM-02.csv"));
        List<String> kept = new java.util.ArrayList<>(List.of(lines.get(0)));
        lines.stream().filter(l -> l.startsWith("ASM02-ontime-last-day,") || l.startsWith("ASM02-late-one-day,")).forEach(kept::add);
        assertThat(kept).hasSize(3);
        return Files.write(dir.resolve("two.csv"), kept);
    }

    @Test
    void a_value_applies_from_its_date_an_anchor_the_day_before_keeps_the_current_value(@TempDir Path dir) throws IOException {
        // Both contracts (the anchor) are of 2021-03-05; the one assessed 4 days later is on time at 4 only from that date.
        Path two = twoCases(dir);
        for (LocalDate from : List.of(LocalDate.of(2021, 3, 5), LocalDate.of(2021, 3, 6))) {
            try (CsvCaseReader<Case> reader = CsvCaseReader.open(two, CaseCsv.SCHEMA)) {
                SweepResult s = new ParameterSweep<>(Fixtures.standard(), Range.parse("assessment.deadline_days=4..4"), from)
                        .run(reader, reader.detected(), LocalDate.of(2021, 6, 1), n -> { });
                assertThat(s.curve("all", "", "ASM-02").get(0).compliant()).as("applied from %s", from)
                        .isEqualTo(from.getDayOfMonth() == 5 ? 2L : 1L);
            }
        }
    }

    @Test
    void a_sweep_names_what_is_wrong_with_it() {
        var standard = Fixtures.standard();
        assertThatThrownBy(() -> new ParameterSweep<>(standard, Range.parse("assessment.deadline=1..3"), null))
                .hasMessageContaining("no parameter assessment.deadline").hasMessageContaining("assessment.deadline_days");
        assertThatThrownBy(() -> new ParameterSweep<>(standard, Range.parse("admission.lawful_grounds=1..3"), null))
                .hasMessageContaining("list of codes");
        assertThatThrownBy(() -> new ParameterSweep<>(standard, Range.parse("assessment.deadline_days=5..4"), null))
                .hasMessageContaining("empty");
        assertThat(new ParameterSweep<>(standard, Range.parse("assessment.deadline_days=4..4"), null).touched()).contains("ASM-02");
        assertThat(new ParameterSweep<>(standard, Range.parse("assessment.deadline_days=1..60"), null).touched()).contains("ASM-02");
        assertThatThrownBy(() -> new ParameterSweep<>(standard, Range.parse("assessment.deadline_days=1..61"), null))
                .hasMessageContaining("more than 60");
        assertThatThrownBy(() -> Range.parse("assessment.deadline_days=1-14")).hasMessageContaining("parameter=from..to");
        assertThatThrownBy(() -> Range.parse("assessment.deadline_days=-1..4")).hasMessageContaining("parameter=from..to");
        assertThat(Range.parse(" assessment.deadline_days = 1 .. 14 ")).isEqualTo(new Range("assessment.deadline_days", 1, 14));
    }

    @Test
    void the_exports_name_no_case_and_the_csv_has_a_row_per_point() throws IOException {
        SweepResult s = sweep("sample/centre-register.csv", "assessment.deadline_days=1..5", null, AS_OF);
        StringWriter csv = new StringWriter();
        SweepExports.csv(s, csv);
        StringWriter text = new StringWriter();
        SweepExports.text(s, text);
        String json = kz.socialservices.checker.engine.report.JsonReportWriter.MAPPER.writeValueAsString(SweepExports.json(s));
        List<String> keys = Fixtures.cases(Fixtures.path("sample/centre-register.csv")).stream().map(Case::caseId).toList();
        for (String key : keys) {
            assertThat(csv.toString()).doesNotContain(key);
            assertThat(json).doesNotContain(key);
            assertThat(text.toString()).doesNotContain(key);
        }
        long curves = SweepExports.json(s).get("curves") instanceof List<?> l ? l.size() : 0;
        assertThat(csv.toString().lines().count()).isEqualTo(1 + curves * 5);
        assertThat(text.toString()).contains("national").contains("ASM-02");
    }
}
