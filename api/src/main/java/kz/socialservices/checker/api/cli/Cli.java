package kz.socialservices.checker.api.cli;

import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import kz.socialservices.checker.engine.EngineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: batch work without a server. */
@Command(name = "checker", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Checks crisis-centre case registers against Kazakhstan's standard of special social services "
                + "for victims of domestic violence.",
        subcommands = {CheckCommand.class, SimulateCommand.class, AuditCommand.class, TemplateCommand.class, GenerateCommand.class,
                BenchCommand.class, UsersCommand.class, AuditTrailCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli {

    /** Exit codes: evaluated (whatever the findings), input refused, usage error, I/O failure. */
    public static final int EVALUATED = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int IO_FAILURE = 3;

    /** The command line's own options (help and version), which it answers without a command. */
    static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /**
     * What the executable does with its arguments. A command, or the command line's own help or
     * version, runs here: its exit code. A first argument that is neither an option nor a command is
     * a usage error, said on stderr with the known commands: {@link #USAGE}. Anything else (no
     * argument, or options for the server such as {@code --server.port=9090}) starts the server: empty.
     */
    public static OptionalInt dispatch(String... args) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        String first = args[0];
        Set<String> commands = commandNames();
        if (commands.contains(first) || OWN_OPTIONS.contains(first)) {
            return OptionalInt.of(run(args));
        }
        if (!first.startsWith("-")) {
            System.err.println("Unknown command '" + first + "'. Known commands: " + String.join(", ", commands)
                    + ". Without a command the server starts.");
            System.err.println("Usage: checker COMMAND [OPTIONS] (checker help COMMAND for its options)");
            return OptionalInt.of(USAGE);
        }
        return OptionalInt.empty();
    }

    /** The commands, as declared to picocli (in their order): the one list of them. */
    public static Set<String> commandNames() {
        return new LinkedHashSet<>(new CommandLine(new Cli()).getSubcommands().keySet());
    }

    public static int run(String... args) {
        quietLogs();
        CommandLine cl = new CommandLine(new Cli());
        cl.setExitCodeExceptionMapper(e -> e instanceof java.io.IOException ? IO_FAILURE : USAGE);
        return cl.execute(args);
    }

    /** Batch output is the report; library chatter (rule-base builds) would only bury it. */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"checker " + EngineVersion.get()};
        }
    }
}
