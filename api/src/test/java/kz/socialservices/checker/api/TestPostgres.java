package kz.socialservices.checker.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: Debian's server binaries ({@code /usr/lib/postgresql/N/bin}, from the
 * {@code postgresql} package that {@code .ci/run} installs), a throwaway cluster started once per test JVM on a free
 * loopback port, a fresh database per caller. As root (CI) the cluster runs as the {@code postgres} user, since
 * PostgreSQL refuses to run as root. Without the binaries this fails, saying so: it never falls back to H2.
 */
public final class TestPostgres {

    private static final String USER = "checker";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private record Server(Path dir, int port, Process process) {
    }

    private TestPostgres() {
    }

    /** Spring properties pointing the application at a new, empty database of the shared test server. */
    public static synchronized Map<String, String> newDatabase() {
        if (server == null) {
            server = start();
        }
        String name = "checker_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
             var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name + ": " + e.getMessage(), e);
        }
        return Map.of("spring.datasource.url", url(name), "spring.datasource.username", USER, "spring.datasource.password", "");
    }

    private static String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database;
    }

    private static Server start() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("checker-test-pg");
            Path data = dir.resolve("data");
            if (root) {
                run(List.of("chown", "-R", "postgres", dir.toString()));
            }
            run(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-locale"));
            int port = freePort();
            Process postgres = new ProcessBuilder(as(root, bin.resolve("postgres").toString(), "-D", data.toString(), "-p", String.valueOf(port),
                    "-k", dir.toString(), "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
            Server s = new Server(dir, port, postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(s)));
            waitForConnections(s);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test PostgreSQL server", e);
        }
    }

    private static List<String> as(boolean root, String... command) {
        List<String> out = new ArrayList<>();
        if (root) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(command));
        return out;
    }

    private static void waitForConnections(Server s) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline && s.process().isAlive()) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + s.port() + "/postgres", USER, "")) {
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IllegalStateException("the test PostgreSQL server did not accept connections (see " + s.dir().resolve("server.log") + ")", last);
    }

    private static void stop(Server s) {
        s.process().destroy();
        try {
            s.process().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        s.process().destroyForcibly();
        try (Stream<Path> files = Files.walk(s.dir())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    /** The newest Debian server binaries, or {@code PG_BIN} when set. */
    private static Path binaries() {
        String configured = System.getenv("PG_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured, "postgres"))) {
            return Path.of(configured);
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var found = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("postgres")))
                        .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin, or PG_BIN): install Debian's "
                + "postgresql package (apt-get install -y postgresql), as .ci/run does; the store tests run on a real PostgreSQL");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
