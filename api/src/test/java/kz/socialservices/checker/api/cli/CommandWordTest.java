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

    static Dispatched dispatch(String... args) {
        var c = kz.socialservices.checker.api.ConsoleCapture.capture(() -> Cli.dispatch(args));
        return new Dispatched(c.result(), c.out(), c.err());
    }

    @Test
    void an_unknown_command_word_is_a_usage_error_naming_the_known_commands_and_starts_no_server() {
        Dispatched d = dispatch("judge", "x.csv");
        assertThat(d.exit()).hasValue(Cli.USAGE);
        assertThat(d.err()).contains("judge").contains("check, simulate, audit, template, generate, bench, users, audit-trail, help");
        assertThat(d.out()).isEmpty();
        assertThat(dispatch("chek", CheckCommandTest.SAMPLE.toString()).exit()).hasValue(Cli.USAGE);
    }

    @Test
    void the_known_commands_are_the_command_lines_own_subcommands() {
        assertThat(Cli.commandNames()).containsExactly("check", "simulate", "audit", "template", "generate", "bench", "users", "audit-trail", "help");
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
