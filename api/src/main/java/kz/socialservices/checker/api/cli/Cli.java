package kz.socialservices.checker.api.cli;

import kz.socialservices.checker.engine.EngineVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: batch work without a server. */
@Command(name = "checker", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Checks crisis-centre case registers against Kazakhstan's standard of special social services "
                + "for victims of domestic violence.",
        subcommands = {CheckCommand.class, TemplateCommand.class, GenerateCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Cli {

    /** Exit codes: evaluated (whatever the findings), input refused, usage error, I/O failure. */
    public static final int EVALUATED = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    public static final int IO_FAILURE = 3;

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
