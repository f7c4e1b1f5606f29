package kz.socialservices.checker.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The executable's first word: a known command runs on the command line, an unknown one is a usage
 * error (exit 2) without starting the server, and no word at all (or only options) is for the server.
 */
class CommandWordTest {

    record Dispatched(OptionalInt exit, String out, String err) {
    }

    static synchronized Dispatched dispatch(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            OptionalInt exit = Cli.dispatch(args);
            return new Dispatched(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void an_unknown_command_word_is_a_usage_error_naming_the_known_commands_and_starts_no_server() {
        Dispatched d = dispatch("simulate", "x.csv");
        assertThat(d.exit()).hasValue(Cli.USAGE);
        assertThat(d.err()).contains("simulate").contains("check, audit, template, generate, bench, help");
        assertThat(d.out()).isEmpty();
        assertThat(dispatch("chek", CheckCommandTest.SAMPLE.toString()).exit()).hasValue(Cli.USAGE);
    }

    @Test
    void the_known_commands_are_the_command_lines_own_subcommands() {
        assertThat(Cli.commandNames()).containsExactly("check", "audit", "template", "generate", "bench", "help");
        assertThat(new picocli.CommandLine(new Cli()).getSubcommands().keySet()).containsExactlyElementsOf(Cli.commandNames());
    }

    @Test
    void a_known_command_and_the_command_lines_own_options_run_on_the_command_line() {
        assertThat(dispatch("help").exit()).hasValue(0);
        assertThat(dispatch("check", "--help").exit()).hasValue(0);
        Dispatched version = dispatch("--version");
        assertThat(version.exit()).hasValue(0);
        assertThat(version.out()).startsWith("checker ");
        assertThat(dispatch("-h").out()).contains("check").contains("generate");
        assertThat(dispatch("check").exit()).as("check without its file").hasValue(Cli.USAGE);
    }

    @Test
    void no_argument_or_only_options_start_the_server() {
        assertThat(dispatch().exit()).isEmpty();
        assertThat(dispatch("--server.port=9090").exit()).isEmpty();
        assertThat(dispatch("--checker.calendar-dir=/tmp", "--debug").exit()).isEmpty();
    }
}
