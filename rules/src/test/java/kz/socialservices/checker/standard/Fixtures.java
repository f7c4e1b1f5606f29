package kz.socialservices.checker.standard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.simulation.Amendments;

/** Shared test access to the standard (built once per JVM) and to the fixtures folder. */
public final class Fixtures {

    public static final Path ROOT = locate();
    private static Standard<Case> standard;

    private Fixtures() {
    }

    public static synchronized Standard<Case> standard() {
        if (standard == null) {
            standard = DvStandard.load();
        }
        return standard;
    }

    private static Amendments<Case> amendments;

    /** Amended standards of the one standard, built once per content. */
    public static synchronized Amendments<Case> amendments() {
        if (amendments == null) {
            amendments = new Amendments<>(standard());
        }
        return amendments;
    }

    public static Evaluator<Case> evaluator() {
        return new Evaluator<>(standard());
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    /** Every case of a fixture file; fails on any rejected row, since fixtures must be valid. */
    public static List<Case> cases(Path file) {
        List<Case> out = new ArrayList<>();
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(file, CaseCsv.SCHEMA)) {
            while (reader.hasNext()) {
                var row = reader.next();
                if (row.rejected()) {
                    throw new AssertionError(file.getFileName() + " row " + row.number() + " rejected: " + row.errors());
                }
                out.add(row.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fixtures/boundary"))) {
                return dir.resolve("fixtures");
            }
        }
        throw new IllegalStateException("no fixtures/ folder above " + Path.of("").toAbsolutePath());
    }
}
