package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.params.ParameterValue;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import kz.socialservices.checker.engine.simulation.Simulation;
import kz.socialservices.checker.engine.simulation.SimulationJsonWriter;
import kz.socialservices.checker.engine.simulation.SimulationMemo;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import org.junit.jupiter.api.Test;

/** The seven shipped packages load, apply to the standard, and say what they are in every language. */
class ShippedAmendmentsTest {

    @Test
    void the_seven_packages_of_the_brief_are_shipped_under_their_ids_and_each_applies() {
        List<AmendmentPackage> packages = DvStandard.shippedAmendments();
        assertThat(packages).extracting(AmendmentPackage::id).containsExactly("asm-02-seven-days", "asm-02-five-working-days",
                "ipr-expected-outcomes", "mon-recipient-view", "follow-up-severe", "infectious-named-diseases", "complex-stays-12-months");
        for (AmendmentPackage p : packages) {
            for (String lang : DvStandard.LANGUAGES) {
                assertThat(p.title().get(lang)).as("%s title in %s", p.id(), lang).isNotBlank();
                assertThat(p.rationale().get(lang)).as("%s rationale in %s", p.id(), lang).isNotBlank();
            }
            AmendedStandard<Case> a = Fixtures.amendments().apply(List.of(p), null);
            assertThat(a.judged()).as("%s judges something again", p.id()).isNotEmpty();
            for (String name : a.parametersChanged()) {
                ParameterValue v = a.standard().parameters().get(name).valueAt(p.effective());
                assertThat(v.basis()).as("%s: %s is a proposal", p.id(), name).isEqualTo(Basis.ASSUMED);
                assertThat(v.source()).contains(p.id());
                assertThat(a.standard().parameters().get(name).valueAt(p.effective().minusDays(1)))
                        .as("%s: before its effective date %s is the current value", p.id(), name)
                        .isEqualTo(Fixtures.standard().parameters().has(name)
                                ? Fixtures.standard().parameters().get(name).valueAt(p.effective().minusDays(1)) : null);
            }
        }
    }

    @Test
    void all_seven_apply_together() {
        AmendedStandard<Case> a = Fixtures.amendments().apply(DvStandard.shippedAmendments().subList(1, 7), null);
        assertThat(a.added()).containsExactly("IPR-08", "MON-03", "EXIT-06");
        assertThat(a.replaced()).containsExactly("STAY-02", "EXIT-02");
    }

    @Test
    void smoke_the_sample() throws IOException {
        var p = DvStandard.shippedAmendment("asm-02-seven-days");
        AmendedStandard<Case> a = Fixtures.amendments().apply(List.of(p), LocalDate.of(2017, 1, 20));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(Fixtures.path("sample/centre-register.csv"), CaseCsv.SCHEMA);
             var w = new SimulationMemo(new OutputStreamWriter(out, StandardCharsets.UTF_8), "ru", a.standard().messages().labels())) {
            SimulationSummary s = new Simulation<>(a).run(reader, reader.detected(), LocalDate.of(2025, 3, 31), "ru", w, n -> { });
        }
        System.out.println(out.toString(StandardCharsets.UTF_8));
    }
}
