package kz.socialservices.checker.standard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Micro-benchmarks of the engine (JMH, the {@code jmh} profile of this module; never run by
 * {@code verify}): one case of the national file judged against every requirement and against one
 * chapter's (ADM), a chunk of a hundred cases in one session on one thread, and the CSV report's
 * costliest cell (a finding's evidence as JSON) and message. Figures go in benchmarks/, never in a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CaseBench {

    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    Standard<Case> standard;
    Evaluator<Case> everyRequirement;
    Evaluator<Case> admissionChapter;
    List<Case> hundred;
    Case one;
    CaseResult judged;

    @Setup
    public void setUp() throws IOException {
        standard = DvStandard.load();
        everyRequirement = new Evaluator<>(standard).onOneThread();
        admissionChapter = new Evaluator<>(standard, Evaluator.DEFAULT_CHUNK_SIZE, id -> id.startsWith("ADM-")).onOneThread();
        hundred = new ArrayList<>();
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(national(), CaseCsv.SCHEMA)) {
            // Every 99th case: cases of every year, centre and outcome.
            for (long n = 0; reader.hasNext() && hundred.size() < 100; n++) {
                var row = reader.next();
                if (n % 99 == 0) {
                    hundred.add(row.value());
                }
            }
        }
        one = hundred.get(hundred.size() / 2);
        judged = everyRequirement.evaluateOne(one, AS_OF, "en");
        chunked = new Evaluator<>(standard, chunk).onOneThread();
    }

    @Benchmark
    public CaseResult oneCaseEveryRequirement() {
        return everyRequirement.evaluateOne(one, AS_OF, "en");
    }

    @Benchmark
    public CaseResult oneCaseAdmissionChapter() {
        return admissionChapter.evaluateOne(one, AS_OF, "en");
    }

    /** Cases per rule session, for {@link #hundredCases}. */
    @Param({"1", "10", "100"})
    public int chunk;
    Evaluator<Case> chunked;

    /** A hundred cases in sessions of {@link #chunk} cases, on one thread; per case: divide by 100. */
    @Benchmark
    public List<CaseResult> hundredCases() {
        return chunked.evaluate(hundred, AS_OF, "en");
    }

    @Benchmark
    public int evidenceAsJsonEveryFinding() {
        int length = 0;
        for (var f : judged.findings()) {
            length += JsonReportWriter.evidenceJson(f.evidence()).length();
        }
        return length;
    }

    @Benchmark
    public int messagesEveryFinding() {
        int length = 0;
        for (var f : judged.findings()) {
            length += standard.messages().render(f, "ru").length();
        }
        return length;
    }

    static Path national() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve("fixtures/national/national.csv");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new IllegalStateException("no fixtures/national/national.csv above " + Path.of("").toAbsolutePath());
    }
}
