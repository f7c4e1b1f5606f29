package kz.socialservices.checker.api.cli;

import static kz.socialservices.checker.api.cli.CheckCommandTest.FIXTURES;
import static kz.socialservices.checker.api.cli.CheckCommandTest.SAMPLE;
import static kz.socialservices.checker.api.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.socialservices.checker.api.cli.CheckCommandTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code simulate}: the README's drafter example, the three kinds of change, refusals and exit codes. */
class SimulateCommandTest {

    static final String[] PAST = {"--in-force-from", "2017-01-20", "--as-of", "2025-03-31"};

    @TempDir
    Path dir;

    private static Run simulate(String... args) {
        String[] all = new String[args.length + 2 + PAST.length];
        all[0] = "simulate";
        all[1] = SAMPLE.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        System.arraycopy(PAST, 0, all, 2 + args.length, PAST.length);
        return run(all);
    }

    @Test
    void the_drafter_reads_the_cases_whose_asm_02_verdict_flips_and_the_rates_per_centre_before_and_after() {
        Run csv = simulate("--amendment", "asm-02-seven-days", "--format", "csv");
        assertThat(csv.exit()).isEqualTo(Cli.EVALUATED);
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("case_id,centre_id,region,ownership,requirement,before,after");
        assertThat(csv.out().lines().skip(1).toList()).isNotEmpty().allMatch(l -> l.contains(",ASM-02,NON_COMPLIANT,COMPLIANT,"));
        Run memo = simulate("--amendment", "asm-02-seven-days", "--lang", "ru");
        assertThat(memo.exit()).isEqualTo(Cli.EVALUATED);
        assertThat(memo.out()).contains("ASM-02", "По центрам", "KC-KRG-01: 87,9 % → 100,0 %");
        assertThat(memo.err()).contains("70 rows read, 70 judged, 0 rejected");
    }

    @Test
    void an_added_a_replaced_and_a_withdrawn_requirement_through_the_command_line() throws Exception {
        JsonNode added = json(simulate("--amendment", "follow-up-severe", "--format", "json"));
        assertThat(added.get("summary").get("amendment").get("added").get(0).asString()).isEqualTo("EXIT-06");
        JsonNode replaced = json(simulate("--amendment", "complex-stays-12-months", "--format", "json"));
        assertThat(replaced.get("summary").get("amendment").get("replaced").toString()).contains("STAY-02");
        JsonNode withdrawn = json(simulate("--amendment", FIXTURES.resolve("amendments/drafter/withdraw-mon-02.yaml").toString(),
                "--format", "json"));
        assertThat(withdrawn.get("summary").get("amendment").get("withdrawn").get(0).asString()).isEqualTo("MON-02");
        assertThat(withdrawn.get("summary").get("flips").get("byRequirement").get("MON-02").propertyNames())
                .allMatch(t -> t.endsWith("->ABSENT"));
    }

    @Test
    void a_refused_package_exits_1_naming_its_place_and_an_unknown_id_is_a_usage_error() {
        Run unknown = simulate("--amendment", FIXTURES.resolve("amendments/refused/unknown-parameter.yaml").toString());
        assertThat(unknown.exit()).isEqualTo(Cli.REFUSED);
        assertThat(unknown.err()).contains("parameters.assessment.deadline_dayz");
        Run drl = simulate("--amendment", FIXTURES.resolve("amendments/refused/drl-syntax-error.yaml").toString());
        assertThat(drl.exit()).isEqualTo(Cli.REFUSED);
        assertThat(drl.err()).containsPattern("drl-syntax-error\\.drl line \\d+, column \\d+");
        Run id = simulate("--amendment", "asm-02-nine-days");
        assertThat(id.exit()).isEqualTo(Cli.USAGE);
        assertThat(id.err()).contains("asm-02-seven-days");
        Run refused = run("simulate", FIXTURES.resolve("malformed/identifying-iin-column.csv").toString(), "--amendment", "asm-02-seven-days");
        assertThat(refused.exit()).isEqualTo(Cli.REFUSED);
    }

    @Test
    void no_amendment_gives_zero_flips_and_a_package_given_twice_the_same_bytes_as_once() throws Exception {
        assertThat(json(simulate("--format", "json")).get("summary").get("findingsChanged").asLong()).isZero();
        Path once = dir.resolve("once.json");
        Path twice = dir.resolve("twice.json");
        assertThat(simulate("--amendment", "asm-02-seven-days", "--format", "json", "--out", once.toString()).exit()).isZero();
        assertThat(simulate("--amendment", "asm-02-seven-days", "--amendment", "asm-02-seven-days", "--format", "json",
                "--out", twice.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(once));
    }

    @Test
    void progress_is_a_plain_line_when_stderr_is_not_a_terminal() {
        Run r = simulate("--amendment", "asm-02-seven-days");
        assertThat(r.err()).contains("70 of 70 rows").doesNotContain("\r");
    }

    private static JsonNode json(Run r) {
        assertThat(r.exit()).as(r.err()).isZero();
        return JsonMapper.builder().build().readTree(r.out());
    }

    @Test
    void a_sweep_prints_the_rate_per_value_nationally_and_per_ownership_and_refuses_a_range_too_long() {
        Run table = simulate("--sweep", "assessment.deadline_days=1..14");
        assertThat(table.exit()).as(table.err()).isEqualTo(Cli.EVALUATED);
        assertThat(table.out()).contains("Requirements reading it: ASM-02, IPR-01", "national", "NON_STATE");
        assertThat(table.out().lines().filter(l -> l.matches("\\s+\\d+ .*%.*")).count()).isEqualTo(14);
        assertThat(table.err()).contains("70 rows read, 70 judged, 0 rejected");
        Run tooLong = simulate("--sweep", "assessment.deadline_days=1..61");
        assertThat(tooLong.exit()).isEqualTo(Cli.USAGE);
        assertThat(tooLong.err()).contains("more than 60");
        Run both = simulate("--sweep", "assessment.deadline_days=1..3", "--amendment", "asm-02-seven-days");
        assertThat(both.exit()).isEqualTo(Cli.USAGE);
    }
}
