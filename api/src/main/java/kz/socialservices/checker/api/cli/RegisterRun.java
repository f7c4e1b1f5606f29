package kz.socialservices.checker.api.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.report.BatchCheck;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What a command that evaluates a register shares: the register and how to read it (FILE, {@code --sheet},
 * {@code --encoding}), the as-of date, the calendar, where the report goes ({@code --out}), and the run
 * itself: refused whole (exit 1), or evaluated with its counts and rejected rows said on stderr (exit 0).
 */
final class RegisterRun {

    /** Crisis centres and the ministry work on Kazakhstan time; "today" is Almaty's today. */
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final int ERRORS_SHOWN = 20;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case register (.csv or .xlsx).")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook's sheet to read (default: the first).")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "A CSV file's encoding, UTF-8 or windows-1251 (default: detected).")
    String encoding;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge the cases as of this date (default: today in Almaty).")
    LocalDate asOf;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of to standard output.")
    Path out;

    @Mixin
    CalendarDirOption calendar;

    /** The report's writer, made once the standard is loaded, on the report's stream. */
    interface Writers {
        ReportWriter open(Standard<Case> standard, LocalDate day, OutputStream sink) throws IOException;
    }

    LocalDate day() {
        return asOf != null ? asOf : LocalDate.now(KAZAKHSTAN);
    }

    /** What is wrong with these options or the language asked for, said on {@code err}; false when nothing is. */
    boolean wrong(String lang, PrintStream err) {
        if (encoding != null && !List.of("utf-8", "windows-1251").contains(encoding.toLowerCase(java.util.Locale.ROOT))) {
            err.println("--encoding must be UTF-8 or windows-1251");
            return true;
        }
        if (!kz.socialservices.checker.standard.DvStandard.LANGUAGES.contains(lang)) {
            err.println("--lang must be one of " + kz.socialservices.checker.standard.DvStandard.LANGUAGES);
            return true;
        }
        return false;
    }

    /** How to read the register file: its sheet and encoding as given, the rest detected. */
    Registers.Options options() {
        return Registers.Options.forFile(file, encoding == null ? null : java.nio.charset.Charset.forName(encoding), sheet);
    }

    /** Standard output (buffered), or the file of {@code --out}. */
    OutputStream openOut() throws IOException {
        return out == null ? new BufferedOutputStream(System.out, 1 << 16) : Files.newOutputStream(out);
    }

    /** Flushes standard output, or closes the file. */
    void closeOut(OutputStream sink) throws IOException {
        if (out == null) {
            sink.flush();
        } else {
            sink.close();
        }
    }

    /** A register refused whole: why, on {@code err}, without any of its values. */
    static int refused(InputRefusedException e, String nothing, PrintStream err) {
        err.println("The file was refused; nothing was " + nothing + ":");
        e.errors().forEach(x -> err.println("  " + x));
        return Cli.REFUSED;
    }

    /** Checks the options, evaluates the register into the writer {@code writers} makes; the exit code. */
    int run(String lang, Writers writers) throws IOException {
        PrintStream err = System.err;
        if (wrong(lang, err)) {
            return Cli.USAGE;
        }
        LocalDate day = day();
        Standard<Case> standard = calendar.loadOrExplain(err);
        if (standard == null) {
            return Cli.USAGE;
        }
        Evaluator<Case> evaluator = new Evaluator<>(standard);
        OutputStream sink = openOut();
        RunSummary summary;
        try (ReportWriter writer = writers.open(standard, day, sink)) {
            boolean showProgress = System.console() != null;
            summary = new BatchCheck<>(evaluator, CaseCsv.SCHEMA).run(Registers.open(file, options(), CaseCsv.SCHEMA, Long.MAX_VALUE),
                    day, lang, UUID.randomUUID().toString(), writer,
                    rows -> {
                        if (showProgress) {
                            err.print("\r" + rows + " rows read");
                        }
                    });
            if (showProgress) {
                err.print("\r");
            }
        } catch (InputRefusedException e) {
            return refused(e, "evaluated", err);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + file);
            return Cli.IO_FAILURE;
        } finally {
            closeOut(sink);
        }
        err.printf("%d rows read, %d evaluated, %d rejected%n", summary.rowsRead(), summary.rowsEvaluated(), summary.rowsRejected());
        summary.errors().stream().limit(ERRORS_SHOWN).forEach(x -> err.println("  rejected: " + x));
        if (summary.errorCount() > ERRORS_SHOWN) {
            err.println("  ... and " + (summary.errorCount() - ERRORS_SHOWN) + " more errors (all counted in the report)");
        }
        return Cli.EVALUATED;
    }
}
