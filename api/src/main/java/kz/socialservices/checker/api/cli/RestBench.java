package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.socialservices.checker.standard.CaseCsv;

/**
 * The REST figures of the benchmark: starts {@code java -jar checker.jar} on a free loopback port and
 * measures the time to its first answer (a single case checked), then single-case latencies at a fixed
 * request rate from this process (each latency counted from the moment its request was due, so a stall
 * of the server is not hidden by requests not sent), then the national file simulated through the
 * API, cold and warm. Stops the server it started.
 */
final class RestBench {

    static final Path NATIONAL = Path.of("fixtures", "national", "national.csv");

    private final Path jar;
    private final int rate;
    private final int seconds;
    private final LocalDate asOf;
    private final List<String> amendments;

    RestBench(Path jar, int rate, int seconds, LocalDate asOf, List<String> amendments) {
        this.jar = jar;
        this.rate = rate;
        this.seconds = seconds;
        this.asOf = asOf;
        this.amendments = amendments;
    }

    record Figures(double firstAnswerSeconds, int rate, int seconds, int requests, int failed, double p50, double p99, double p999,
                   double max, List<Double> simulationSeconds, int nationalCases, String load) {

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append(String.format("- first answer (a single case checked) %.2f s after `java -jar` started%n", firstAnswerSeconds));
            md.append(String.format("- single case (`POST /api/v1/evaluations/single`, JSON) at %d requests/s for %d s after %d s of "
                            + "warm-up: %d requests, %d failed; latency p50 %.1f ms, p99 **%.1f ms**, p99.9 %.1f ms, max %.1f ms%n",
                    rate, seconds, seconds, requests, failed, p50, p99, p999, max));
            md.append(String.format("- the national file (%,d cases) simulated through the API (`POST /api/v1/simulations`, %s, CSV answer): ",
                    nationalCases, "one amendment"));
            List<String> runs = simulationSeconds.stream().map(s -> String.format("%.2f s", s)).toList();
            md.append(String.join(", ", runs)).append(" (the first cold, then warm)\n");
            md.append("- load average (1, 5, 15 min) after: ").append(load).append('\n');
            return md.toString();
        }

        @Override
        public String toString() {
            return markdown();
        }
    }

    Figures run() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("checker-bench-server", ".log");
        long start = System.nanoTime();
        Process server = new ProcessBuilder("java", "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port,
                "--server.address=127.0.0.1").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            String oneCase = firstCase(NATIONAL);
            URI evaluate = URI.create("http://127.0.0.1:" + port + "/api/v1/evaluations/single?asOf=" + asOf + "&lang=en");
            HttpRequest single = HttpRequest.newBuilder(evaluate).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(oneCase, StandardCharsets.UTF_8)).build();
            double firstAnswer = -1;
            while (firstAnswer < 0) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("the server stopped; its log: " + log);
                }
                try {
                    HttpResponse<String> r = http.send(single, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        firstAnswer = (System.nanoTime() - start) / 1e9;
                    }
                } catch (IOException e) {
                    Thread.sleep(20); // not listening yet
                }
                if (System.nanoTime() - start > 120e9) {
                    throw new IllegalStateException("no answer within 120 s; the server's log: " + log);
                }
            }
            load(http, single, seconds); // warm-up, not counted
            AtomicInteger failed = new AtomicInteger();
            double[] latencies = load(http, single, seconds, failed);
            Arrays.sort(latencies);

            List<Double> simulations = new ArrayList<>();
            StringBuilder query = new StringBuilder("?asOf=" + asOf + "&lang=en&format=csv");
            amendments.forEach(a -> query.append("&amendment=").append(a));
            HttpRequest simulate = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/simulations" + query))
                    .header("Content-Type", "text/csv").header("Accept", "text/csv").timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofFile(NATIONAL)).build();
            for (int i = 0; i < 6; i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> r = http.send(simulate, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("simulation answered " + r.statusCode() + ": "
                            + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                }
                simulations.add((System.nanoTime() - t) / 1e9);
            }
            long nationalCases;
            try (var lines = Files.lines(NATIONAL)) {
                nationalCases = lines.count() - 1;
            }
            return new Figures(firstAnswer, rate, seconds, latencies.length, failed.get(), pct(latencies, 50), pct(latencies, 99),
                    pct(latencies, 99.9), latencies.length == 0 ? 0 : latencies[latencies.length - 1], simulations, (int) nationalCases,
                    BenchCommand.load());
        } finally {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private double[] load(HttpClient http, HttpRequest request, int forSeconds) throws InterruptedException {
        return load(http, request, forSeconds, new AtomicInteger());
    }

    /** {@code rate} requests a second for {@code forSeconds}; each latency in ms from when its request was due. */
    private double[] load(HttpClient http, HttpRequest request, int forSeconds, AtomicInteger failed) throws InterruptedException {
        int total = rate * forSeconds;
        double[] latencies = new double[total];
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long origin = System.nanoTime() + 10_000_000;
        long intervalNanos = 1_000_000_000L / rate;
        try {
            for (int i = 0; i < total; i++) {
                int n = i;
                long due = origin + n * intervalNanos;
                CompletableFuture<Void> done = new CompletableFuture<>();
                pending.add(done);
                clock.schedule(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                    latencies[n] = (System.nanoTime() - due) / 1e6;
                    if (e != null || r.statusCode() != 200) {
                        failed.incrementAndGet();
                    }
                    done.complete(null);
                }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(forSeconds + 60L, TimeUnit.SECONDS).join();
        } finally {
            clock.shutdownNow();
        }
        return latencies;
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** The first case of a register as a JSON object: the single case the load check sends. */
    static String firstCase(Path register) throws IOException {
        Path one = Files.createTempFile("bench-case", ".csv");
        try (var lines = Files.lines(register, StandardCharsets.UTF_8)) {
            Files.writeString(one, String.join("\n", lines.limit(2).toList()) + "\n", StandardCharsets.UTF_8);
            return kz.socialservices.checker.engine.report.JsonReportWriter.MAPPER.writeValueAsString(CaseCsv.toJson(one).get(0));
        } finally {
            Files.delete(one);
        }
    }
}
