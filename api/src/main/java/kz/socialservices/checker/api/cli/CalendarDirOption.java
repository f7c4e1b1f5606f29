package kz.socialservices.checker.api.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.DvStandard;
import picocli.CommandLine.Option;

/**
 * {@code --calendar-dir DIR}: calendar years added after the build (every {@code *.csv} in DIR, in the
 * columns of the shipped calendar), as the server's {@code checker.calendar-dir}. The same system
 * property ({@code -Dchecker.calendar-dir=DIR}) is the default, so one setting serves both.
 */
final class CalendarDirOption {

    static final String PROPERTY = "checker.calendar-dir";

    @Option(names = "--calendar-dir", paramLabel = "DIR", defaultValue = "${sys:" + PROPERTY + "}",
            description = "Calendar years added to the shipped one: every *.csv in DIR, columns date,kind,name,source "
                    + "(default: the system property " + PROPERTY + ", else none).")
    Path dir;

    /**
     * The standard with the added years, or null after saying on {@code err} why the directory cannot
     * be used (the file and line of a malformed or contradicting file): the command then exits with
     * {@link Cli#USAGE}.
     */
    Standard<Case> loadOrExplain(PrintStream err) {
        try {
            return DvStandard.load(dir);
        } catch (IllegalArgumentException e) { // a CalendarFileException names the file and the line
            err.println("--calendar-dir " + dir + ": " + e.getMessage());
            return null;
        }
    }
}
