package kz.socialservices.checker.api.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --checker.data-dir=DIR}, as the server takes it: accepted by every command. The commands that work on
 * files alone (check, audit, simulate, ...) keep nothing there; the ones on stored data (users, audit-trail) open
 * its database, or the one {@code --spring.datasource.url=...} (and its user and password) names.
 */
final class DataDirOption {

    @Option(names = "--checker.data-dir", paramLabel = "DIR",
            description = "The data directory (default: ./data); the commands on files alone keep nothing there.")
    String dataDir;

    @Option(names = "--spring.datasource.url", paramLabel = "JDBC-URL",
            description = "A database other than the embedded one (PostgreSQL), as the server takes it.")
    String url;

    @Option(names = "--spring.datasource.username", paramLabel = "USER", description = "Its user.")
    String username;

    /** On the command line a password would show in the process list: the environment (SPRING_DATASOURCE_PASSWORD) carries it. */

    /** The arguments for the application context that opens the data. */
    List<String> springArguments(String... more) {
        List<String> out = new ArrayList<>();
        if (dataDir != null) {
            out.add("--checker.data-dir=" + dataDir);
        }
        if (url != null) {
            out.add("--spring.datasource.url=" + url);
        }
        if (username != null) {
            out.add("--spring.datasource.username=" + username);
        }
        out.addAll(List.of(more));
        return out;
    }
}
