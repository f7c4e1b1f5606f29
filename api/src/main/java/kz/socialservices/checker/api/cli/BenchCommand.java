package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.report.BatchCheck;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.DvStandard;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.Amendments;
import kz.socialservices.checker.engine.simulation.CaseDiff;
import kz.socialservices.checker.engine.simulation.Simulation;
import kz.socialservices.checker.engine.simulation.SimulationProvenance;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import kz.socialservices.checker.engine.simulation.SimulationWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: measures bulk evaluation of a generated register with the full rule set: cases per
 * second for parsing alone, for parsing plus evaluation, and for a simulation (parsing once, judging
 * under the current and the amended text, diffing), and the peak heap of each. A harness,
 * not a test: its numbers go in the README, never into an assertion.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures parse-only, parse+evaluate and simulation (parse once, both sides, diff) throughput and peak heap on a generated register.")
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

    @Option(names = "--amendment", paramLabel = "ID",
            description = "Packages the simulation phase applies (default: every shipped one but asm-02-five-working-days, which "
                    + "changes the same parameter as asm-02-seven-days); none: --amendment none.")
    List<String> amendments = new ArrayList<>();

    @Option(names = "--in-force-from", defaultValue = "2017-01-20",
            description = "The simulation applies the packages as if in force from this date (default: ${DEFAULT-VALUE}, the first edition).")
    LocalDate inForceFrom;

    @Override
    public Integer call() throws IOException {
        Path register = file != null ? file : Path.of("bench", "national-" + cases + ".csv");
        if (!Files.exists(register)) {
            long t = System.nanoTime();
            long rows = GenerateCommand.generate(register, NationalRegister.DEFAULT_SEED, NationalRegister.DEFAULT_YEARS,
                    (int) Math.max(1, cases / NationalRegister.DEFAULT_YEARS.count()));
            System.out.printf("generated %s (%d cases, %.1f MB) in %.1f s%n", register, rows,
                    Files.size(register) / 1e6, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf("JVM %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        resetPeaks();
        long t0 = System.nanoTime();
        long parsed = 0;
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(register, CaseCsv.SCHEMA)) {
            while (reader.hasNext()) {
                if (!reader.next().rejected()) {
                    parsed++;
                }
            }
        }
        report("parse only (scan + read)", parsed, System.nanoTime() - t0);

        long t1 = System.nanoTime();
        Standard<Case> standard = calendar.loadOrExplain(System.err);
        if (standard == null) {
            return Cli.USAGE;
        }
        Evaluator<Case> evaluator = new Evaluator<>(standard, chunk);
        report("rule set build", 0, System.nanoTime() - t1);

        resetPeaks();
        long t2 = System.nanoTime();
        RunSummary summary = new BatchCheck<>(evaluator, CaseCsv.SCHEMA)
                .run(register, asOf, "en", "bench", new Discard(), rows -> { });
        report("parse + evaluate (" + evaluator.standard().catalogue().all().size() + " requirements)",
                summary.rowsEvaluated(), System.nanoTime() - t2);
        System.out.printf("findings: %s; rows rejected: %d%n", summary.byVerdict(), summary.rowsRejected());

        long t3 = System.nanoTime();
        List<String> ids = amendments.isEmpty() ? DvStandard.SHIPPED_AMENDMENTS.stream()
                .filter(id -> !id.equals("asm-02-five-working-days")).toList() : amendments.stream().filter(id -> !id.equals("none")).toList();
        AmendedStandard<Case> amended = new Amendments<>(standard).apply(ids.stream().map(DvStandard::shippedAmendment).toList(), inForceFrom);
        report("amended rule set build (" + ids.size() + " packages)", 0, System.nanoTime() - t3);

        resetPeaks();
        long t4 = System.nanoTime();
        SimulationSummary simulated;
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(register, CaseCsv.SCHEMA)) {
            simulated = new Simulation<>(amended, chunk).run(reader, reader.detected(), asOf, "en", new Discard(), rows -> { });
        }
        report("simulate: parse once, both sides, diff (" + amended.judged().size() + " judged again)", simulated.rowsEvaluated(),
                System.nanoTime() - t4);
        System.out.printf("findings that change: %d in %d cases; by requirement: %s%n", simulated.findingsChanged(), simulated.casesChanged(),
                simulated.flips());
        return Cli.EVALUATED;
    }

    private static void report(String phase, long count, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-40s %10d cases %8.2f s %12s cases/s   peak heap %6d MB%n", phase, count, seconds,
                count == 0 ? "-" : String.format("%,.0f", count / seconds), peakHeapMb());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
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

    /** Throughput without the cost of writing a report or a simulation's diff. */
    private static final class Discard implements ReportWriter, SimulationWriter {
        @Override
        public void changed(CaseDiff diff) {
        }

        @Override
        public void finish(SimulationSummary summary, SimulationProvenance provenance) {
        }

        @Override
        public void result(CaseResult result) {
        }

        @Override
        public void finish(RunSummary summary, Provenance provenance) {
        }

        @Override
        public void close() {
        }
    }
}
