package kz.socialservices.checker.api;

import java.util.Set;
import kz.socialservices.checker.api.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The checker's one executable. {@code check}, {@code generate} and {@code bench} run from the
 * command line without starting a server; anything else starts the application.
 */
@SpringBootApplication
public class CheckerApplication {

    static final Set<String> COMMANDS = Set.of("check", "generate", "bench", "help", "--help", "-h", "--version");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(CheckerApplication.class, args);
    }
}
