package kz.socialservices.checker.api;

import java.util.OptionalInt;
import kz.socialservices.checker.api.cli.Cli;
import kz.socialservices.checker.standard.DvStandard;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The checker's one executable. A command ({@code check}, {@code generate}, {@code bench}, ...) runs
 * from the command line without starting a server; an unknown command word is a usage error (exit 2);
 * no argument, or only options, starts the application.
 */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
public class CheckerApplication {

    public static void main(String[] args) {
        OptionalInt commandLine = Cli.dispatch(args);
        if (commandLine.isPresent()) {
            System.exit(commandLine.getAsInt());
        }
        if (shippedCalendarAlone(args)) {
            DvStandard.preload(); // the rules compile while the server starts: the first answer comes sooner
        }
        SpringApplication.run(CheckerApplication.class, args);
    }

    /** Whether no calendar directory is set where it is usually set (an argument, a system property, the environment). */
    static boolean shippedCalendarAlone(String[] args) {
        for (String a : args) {
            if (a.startsWith("--checker.calendar-dir=") && !a.substring("--checker.calendar-dir=".length()).isBlank()) {
                return false;
            }
        }
        String property = System.getProperty("checker.calendar-dir");
        String env = System.getenv("CHECKER_CALENDAR_DIR");
        return (property == null || property.isBlank()) && (env == null || env.isBlank());
    }
}
