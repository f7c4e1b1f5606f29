package kz.socialservices.checker.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;

/**
 * The published Kazakh calendar of non-working days, read from the shared standard folder (found by
 * walking up from the working directory), or else from the copy the rules module ships as data.
 */
public final class TestCalendars {

    private static final String FILE = "kz-non-working-days.csv";
    private static WorkingDayCalendar kazakhstan;

    private TestCalendars() {
    }

    public static Path kazakhstanFile() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("shared").resolve("standard");
            if (Files.isDirectory(shared) && Files.isRegularFile(shared.resolve(FILE))) {
                return shared.resolve(FILE);
            }
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path copy = dir.resolve("rules/src/main/resources/standard/calendar").resolve(FILE);
            if (Files.isRegularFile(copy)) {
                return copy;
            }
        }
        throw new IllegalStateException("cannot find " + FILE + " above " + start);
    }

    public static synchronized WorkingDayCalendar kazakhstan() {
        if (kazakhstan == null) {
            try (Reader in = Files.newBufferedReader(kazakhstanFile(), StandardCharsets.UTF_8)) {
                kazakhstan = WorkingDayCalendar.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kazakhstan;
    }
}
