package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes a synthetic national register (for benchmarks and demonstrations). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a synthetic national case register (17 centres, 17 regions); no real person behind it.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--cases", defaultValue = "10000", description = "Number of cases (default: ${DEFAULT-VALUE}).")
    long cases;

    @Option(names = "--seed", defaultValue = "2021", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", defaultValue = "2017-01-20", description = "Earliest application date.")
    LocalDate from;

    @Option(names = "--to", defaultValue = "2025-12-31", description = "Latest application date.")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv")
    Path out;

    @Override
    public Integer call() throws IOException {
        generate(out, cases, seed, from, to);
        System.err.println(cases + " synthetic cases written to " + out);
        return Cli.EVALUATED;
    }

    static void generate(Path file, long cases, long seed, LocalDate from, LocalDate to) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticRegister(seed, from, to).write(w, cases);
        }
    }
}
