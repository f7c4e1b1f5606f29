package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.socialservices.checker.engine.audit.InvalidAuditException;
import kz.socialservices.checker.engine.audit.Years;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes the national synthetic register (for the ministry's audit, demonstrations and benchmarks). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes the national synthetic register: the 17 crisis centres of the 2021 monitoring note, "
                + "calibrated so that an audit of 2021 gives the note's answers (fixtures/national/README.md); "
                + "no real person behind it. Deterministic for a seed.")
final class GenerateCommand implements Callable<Integer> {

    /** Accepted as by every command; this one works on files and keeps nothing in it. */
    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @Option(names = "--national", description = "The national dataset (the generator's only kind; may be left out).")
    boolean national;

    @Option(names = "--years", defaultValue = "2017-2025", paramLabel = "YYYY-YYYY",
            description = "The years of the cases' exits; the register stands as of the last one's 31 December (default: ${DEFAULT-VALUE}).")
    String years;

    @Option(names = "--seed", defaultValue = "" + NationalRegister.DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @ArgGroup(exclusive = true)
    Size size;

    static final class Size {
        @Option(names = "--cases-per-year", paramLabel = "N",
                description = "Cases ending each year, nationwide (default: " + NationalRegister.DEFAULT_CASES_PER_YEAR + ").")
        Integer perYear;

        @Option(names = "--cases", paramLabel = "N", description = "About N cases in all, spread over the years (for benchmarks).")
        Long total;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE.csv")
    Path out;

    @Override
    public Integer call() throws IOException {
        Years span;
        try {
            span = Years.parse(years);
        } catch (InvalidAuditException e) {
            System.err.println("--years: " + e.getMessage());
            return Cli.USAGE;
        }
        int perYear = size == null || (size.perYear == null && size.total == null) ? NationalRegister.DEFAULT_CASES_PER_YEAR
                : size.perYear != null ? size.perYear : (int) Math.max(1, size.total / span.count());
        if (perYear < 1) {
            System.err.println("--cases-per-year must be at least 1");
            return Cli.USAGE;
        }
        long rows = generate(out, seed, span, perYear);
        System.err.println(rows + " synthetic cases (" + span + ", about " + perYear + " a year) written to " + out);
        return Cli.EVALUATED;
    }

    /** Writes the register; the number of rows written. */
    static long generate(Path file, long seed, Years years, int casesPerYear) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return new NationalRegister(seed, years, casesPerYear).write(w);
        }
    }
}
