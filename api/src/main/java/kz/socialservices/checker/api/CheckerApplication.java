package kz.socialservices.checker.api;

import java.util.OptionalInt;
import kz.socialservices.checker.api.cli.Cli;
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
        SpringApplication.run(CheckerApplication.class, args);
    }
}
