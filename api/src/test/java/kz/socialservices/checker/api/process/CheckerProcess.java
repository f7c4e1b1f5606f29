package kz.socialservices.checker.api.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.api.HttpTestSupport;

/** The real executable, {@code api/target/checker.jar}, as a process: started on a free port with a data directory, stopped or killed. */
final class CheckerProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "checker.jar").toAbsolutePath();

    final Path dataDir;
    final Path log;
    final int port;
    private final Process process;

    private CheckerProcess(Path dataDir, Path log, int port, Process process) {
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /** Starts the server and waits until it answers its health endpoint. */
    static CheckerProcess start(Path dataDir, Path log) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the process tests run after package (mvn verify)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--server.port=" + port, "--checker.data-dir=" + dataDir));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        CheckerProcess server = new CheckerProcess(dataDir, log, port, p);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited with " + p.exitValue() + "; see " + log);
            }
            try {
                if (HttpTestSupport.get(port, "/actuator/health", null).status() == 200) {
                    return server;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the server did not start within 120 s; see " + log);
    }

    /** A command of the same executable (users, audit-trail ...), with stdin given; its exit code and output. */
    static Result command(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    record Result(int exit, String output) {
    }

    /** kill -9: no shutdown hook, no flush, no rollback but the database's own on the next start. */
    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux
        process.waitFor();
    }

    /** A normal stop (SIGTERM): Spring closes the database. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
