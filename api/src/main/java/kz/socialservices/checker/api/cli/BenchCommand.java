package kz.socialservices.checker.api.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.report.BatchCheck;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.Amendments;
import kz.socialservices.checker.engine.simulation.Simulation;
import kz.socialservices.checker.engine.simulation.SimulationCsvWriter;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.DvStandard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: one run measuring, side by side on the same generated register, raw tokenising with
 * Commons CSV (the ceiling), parsing alone (identifying-data scan and reading into cases), a check with
 * every finding written out as {@code check --format csv} writes it, a simulation of one amendment
 * written as {@code simulate --format csv} writes it, and the textbook baseline (one rule session per
 * case, one thread); each with its throughput, its ratio to the raw tokenising, the peak heap and the
 * machine's load. Reports are written to a sink that counts their bytes (encoded as UTF-8) and drops
 * them, so the disk is not measured. With {@code --rest}, also the REST figures ({@link RestBench}).
 * A harness, not a test: its figures go in {@code --results}, never into an assertion.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures raw CSV tokenising, parse-only, check (CSV written), simulation of one amendment (CSV written) and the "
                + "one-session-per-case baseline in one run on a generated register; writes the figures to --results.")
final class BenchCommand implements Callable<Integer> {

    /** Accepted as by every command; this one works on files and keeps nothing in it. */
    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @Option(names = "--cases", defaultValue = "1000000", description = "Cases in the generated register (default: ${DEFAULT-VALUE}).")
    long cases;

    @Option(names = "--file", paramLabel = "FILE.csv", description = "Register to use; generated if missing (default: bench/national-<cases>.csv).")
    Path file;

    @Option(names = "--as-of", defaultValue = "2025-12-31")
    LocalDate asOf;

    @Mixin
    CalendarDirOption calendar;

    @Option(names = "--chunk", defaultValue = "" + Evaluator.DEFAULT_CHUNK_SIZE, description = "Cases per rule session (default: ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--amendment", paramLabel = "ID", defaultValue = "asm-02-seven-days",
            description = "The package(s) the simulation applies (default: ${DEFAULT-VALUE}); repeat for several.")
    List<String> amendments = new ArrayList<>();

    @Option(names = "--in-force-from", defaultValue = "2017-01-20",
            description = "The simulation applies the packages as if in force from this date (default: ${DEFAULT-VALUE}, the first edition).")
    LocalDate inForceFrom;

    @Option(names = "--baseline-cases", defaultValue = "20000",
            description = "About how many cases the one-session-per-case baseline judges, spread evenly over the file (default: ${DEFAULT-VALUE}; it is slow).")
    long baselineCases;

    @Option(names = "--warmup-cases", defaultValue = "20000",
            description = "Cases checked and simulated once before the measured phases, so they run compiled (default: ${DEFAULT-VALUE}).")
    long warmupCases;

    @Option(names = "--results", paramLabel = "FILE.md", defaultValue = "benchmarks/RESULTS.md",
            description = "Where the figures are written (default: ${DEFAULT-VALUE}); - for none.")
    String results;

    @Option(names = "--rest", description = "Also the REST figures: first answer after java -jar, single-case p99 at --rest-rate, "
            + "the national file simulated through the API.")
    boolean rest;

    @Option(names = "--rest-rate", defaultValue = "200", description = "Requests per second of the REST load check (default: ${DEFAULT-VALUE}).")
    int restRate;

    @Option(names = "--rest-seconds", defaultValue = "30", description = "Seconds the REST load is measured, after as many to warm up (default: ${DEFAULT-VALUE}).")
    int restSeconds;

    @Option(names = "--jar", paramLabel = "checker.jar", defaultValue = "api/target/checker.jar",
            description = "The jar the REST check starts (default: ${DEFAULT-VALUE}).")
    Path jar;

    /** One measured phase. */
    record Phase(String name, long cases, double seconds, double cpuSeconds, long peakHeapMb, String load) {
        double rate() {
            return cases / seconds;
        }
    }

    private final List<Phase> phases = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path register = file != null ? file : Path.of("bench", "national-" + cases + ".csv");
        if (!Files.exists(register)) {
            long t = System.nanoTime();
            long rows = GenerateCommand.generate(register, NationalRegister.DEFAULT_SEED, NationalRegister.DEFAULT_YEARS,
                    (int) Math.max(1, cases / NationalRegister.DEFAULT_YEARS.count()));
            System.out.printf("generated %s (%d cases, %.1f MB) in %.1f s%n", register, rows,
                    Files.size(register) / 1e6, (System.nanoTime() - t) / 1e9);
        }
        String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        String loadAtStart = load();
        System.out.println(Machine.describe());

        long t0 = System.nanoTime();
        Standard<Case> standard = calendar.loadOrExplain(System.err);
        if (standard == null) {
            return Cli.USAGE;
        }
        Evaluator<Case> evaluator = new Evaluator<>(standard, chunk);
        double ruleBuild = seconds(t0);
        long t1 = System.nanoTime();
        AmendedStandard<Case> amended = new Amendments<>(standard).apply(amendments.stream().map(DvStandard::shippedAmendment).toList(), inForceFrom);
        double amendedBuild = seconds(t1);

        if (warmupCases > 0) {
            long tw = System.nanoTime();
            check(evaluator, register, warmupCases);
            simulate(amended, register, warmupCases);
            rawTokens(register);
            System.out.printf("warm-up (%d cases checked and simulated, the file tokenised once): %.1f s%n", warmupCases, seconds(tw));
        }

        measure("raw tokenising (Commons CSV)", () -> new long[] {rawTokens(register), 0});
        measure("parse only (scan + read into cases)", () -> new long[] {parseOnly(register), 0});
        long[] checked = measure("check, every finding written as CSV", () -> check(evaluator, register, Long.MAX_VALUE));
        long[] simulated = measure("simulate " + String.join("+", amendments) + ", changes written as CSV",
                () -> simulate(amended, register, Long.MAX_VALUE));
        long every = Math.max(1, checked[0] / Math.max(1, baselineCases));
        Path sample = evenSample(register, every);
        long[] baseline = measure("baseline: one session per case, one thread (every " + every + "th case), CSV written",
                () -> check(new Evaluator<>(standard, 1).onOneThread(), sample, Long.MAX_VALUE));
        Files.delete(sample);

        Phase raw = phases.get(0);
        System.out.println();
        for (Phase p : phases) {
            System.out.printf("%-75s %9d cases %8.2f s %10.0f cases/s %6.1f%% of raw  CPU %7.1f s  peak heap %5d MB  load %s%n", p.name(),
                    p.cases(), p.seconds(), p.rate(), 100 * p.rate() / raw.rate(), p.cpuSeconds(), p.peakHeapMb(), p.load());
        }
        System.out.printf("check / baseline: %.1fx; rule set build %.2f s, amended (%s) %.2f s%n", phases.get(2).rate() / phases.get(4).rate(),
                ruleBuild, String.join("+", amendments), amendedBuild);

        RestBench.Figures restFigures = null;
        if (rest) {
            restFigures = new RestBench(jar, restRate, restSeconds, asOf, amendments).run();
            System.out.println(restFigures);
        }
        if (!results.equals("-")) {
            Path out = Path.of(results);
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, markdown(register, started, loadAtStart, ruleBuild, amendedBuild, checked, simulated, baseline, restFigures),
                    StandardCharsets.UTF_8);
            System.out.println("figures written to " + out);
        }
        return Cli.EVALUATED;
    }

    private String markdown(Path register, String started, String loadAtStart, double ruleBuild, double amendedBuild, long[] checked,
                            long[] simulated, long[] baseline, RestBench.Figures restFigures) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results\n\n");
        md.append("Written by the `bench` command (`api/src/main/java/.../cli/BenchCommand.java`); a run replaces this file. ")
                .append("Ratios are to the raw tokenising of the same file in the same run; absolute figures hold for this machine, at this load "
                + "(other builds share its cores: the CPU time beside each wall time shows how much of the machine the phase had).\n\n");
        md.append("- started: ").append(started).append(" (UTC); load average at start (1, 5, 15 min): ").append(loadAtStart).append('\n');
        md.append("- machine: ").append(Machine.describe()).append('\n');
        md.append("- command: `").append(Machine.commandLine()).append("`\n");
        md.append("- register: `").append(register).append("`, ").append(String.format("%.1f MB", Files.size(register) / 1e6))
                .append(", as of ").append(asOf).append(", chunk ").append(chunk).append(", ").append(Evaluator.WORKERS)
                .append(" evaluator threads\n");
        md.append(String.format("- rule set build %.2f s; amended rule set (%s) %.2f s%n%n", ruleBuild, String.join(", ", amendments), amendedBuild));
        md.append("| phase | cases | time | cases/s | of raw tokenising | CPU time (all threads) | peak heap | load (1 min) before, after |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        Phase raw = phases.get(0);
        for (Phase p : phases) {
            md.append(String.format("| %s | %,d | %.2f s | %,.0f | %.1f%% | %.1f s | %d MB | %s |%n", p.name(), p.cases(), p.seconds(), p.rate(),
                    100 * p.rate() / raw.rate(), p.cpuSeconds(), p.peakHeapMb(), p.load()));
        }
        md.append(String.format("%nCheck: %,d findings, %.0f MB of CSV. Simulation: %,d findings change in %,d cases, %.1f MB of CSV. "
                        + "Baseline: %.0f MB of CSV.%n", checked[2], checked[1] / 1e6, simulated[2], simulated[3], simulated[1] / 1e6,
                baseline[1] / 1e6));
        md.append(String.format("Check / one-session-per-case baseline: **%.1fx**.%n", phases.get(2).rate() / phases.get(4).rate()));
        if (restFigures != null) {
            md.append("\n## REST (the jar started by the harness, loopback)\n\n").append(restFigures.markdown());
        }
        return md.toString();
    }

    @FunctionalInterface
    interface Work {
        /** {cases, bytes written, findings, cases changed}: what the phase did. */
        long[] run() throws IOException;
    }

    private long[] measure(String name, Work work) throws IOException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        String before = oneMinuteLoad();
        long cpu = processCpuNanos();
        long t = System.nanoTime();
        long[] done = work.run();
        double s = seconds(t);
        Phase p = new Phase(name, done[0], s, (processCpuNanos() - cpu) / 1e9, peakHeapMb(), before + ", " + oneMinuteLoad());
        phases.add(p);
        System.out.printf("%-75s %9d cases %8.2f s %10.0f cases/s  peak heap %5d MB%n", name, p.cases(), s, p.rate(), p.peakHeapMb());
        return done;
    }

    /** Every record of the file tokenised by Commons CSV, every value touched: what reading cannot beat. */
    static long rawTokens(Path register) throws IOException {
        long rows = 0;
        long chars = 0;
        try (Reader in = Files.newBufferedReader(register, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord r : parser) {
                for (String v : r) {
                    chars += v.length();
                }
                rows++;
            }
        }
        if (chars < 0) {
            throw new IllegalStateException(); // keeps the values read
        }
        return rows;
    }

    static long parseOnly(Path register) throws IOException {
        long parsed = 0;
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(register, CaseCsv.SCHEMA)) {
            while (reader.hasNext()) {
                if (!reader.next().rejected()) {
                    parsed++;
                }
            }
        }
        return parsed;
    }

    /** As {@code check --format csv}: every finding a row, encoded, the bytes counted. */
    /**
     * Every {@code every}th row of a generated register (one line a row) in a file of its own, so the
     * baseline judges cases of every year and centre without parsing those it skips.
     */
    static Path evenSample(Path register, long every) throws IOException {
        Path sample = Files.createTempFile("bench-sample", ".csv");
        try (BufferedReader in = Files.newBufferedReader(register, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(sample, StandardCharsets.UTF_8)) {
            out.write(in.readLine());
            out.write('\n');
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (n++ % every == 0) {
                    out.write(line);
                    out.write('\n');
                }
            }
        }
        return sample;
    }

    long[] check(Evaluator<Case> evaluator, Path register, long limit) throws IOException {
        CountingSink sink = new CountingSink();
        RunSummary summary;
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(register, CaseCsv.SCHEMA);
             Writer w = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
             CsvFindingsWriter csv = new CsvFindingsWriter(w)) {
            summary = new BatchCheck<>(evaluator, CaseCsv.SCHEMA).run(first(reader, limit), reader.detected(), asOf,
                    "en", "bench", csv, n -> { });
        }
        long findings = summary.byVerdict().values().stream().mapToLong(Long::longValue).sum();
        return new long[] {summary.rowsEvaluated(), sink.bytes, findings, 0};
    }

    /** As {@code simulate --format csv}: each finding that changes a row. */
    long[] simulate(AmendedStandard<Case> amended, Path register, long limit) throws IOException {
        CountingSink sink = new CountingSink();
        SimulationSummary s;
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(register, CaseCsv.SCHEMA);
             Writer w = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
             SimulationCsvWriter csv = new SimulationCsvWriter(w)) {
            s = new Simulation<>(amended).run(first(reader, limit), reader.detected(), asOf, "en", csv, n -> { });
        }
        return new long[] {s.rowsEvaluated(), sink.bytes, s.findingsChanged(), s.casesChanged()};
    }

    private static <T> Iterator<T> first(Iterator<T> rows, long limit) {
        return new Iterator<>() {
            private long taken;

            @Override
            public boolean hasNext() {
                return taken < limit && rows.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                taken++;
                return rows.next();
            }
        };
    }

    /** Counts what a report writes and keeps none of it. */
    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** CPU time of the whole process (every thread, the collector's too): what a loaded machine does not distort as much as wall time. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** The load averages over 1, 5 and 15 minutes, as {@code uptime} shows them. */
    static String load() {
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/loadavg"))) {
            String[] f = r.readLine().split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String oneMinuteLoad() {
        return load().split(",")[0];
    }

    /** What the figures were measured on. */
    static final class Machine {
        static String describe() {
            String cpu = "?";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
            } catch (IOException | RuntimeException e) {
                // not Linux: the processor's name is left out
            }
            Runtime rt = Runtime.getRuntime();
            return String.format("%s, %d cores, %s %s (%s), max heap %d MB, %s", cpu, rt.availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).findFirst().orElse("?"),
                    rt.maxMemory() >> 20, System.getProperty("os.name") + " " + System.getProperty("os.version"));
        }

        static String commandLine() {
            List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
            return ProcessHandle.current().info().commandLine().orElse("java " + String.join(" ", args));
        }
    }
}
