package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Callable;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.report.BatchCheck;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.DvStandard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check FILE.csv}: evaluates a case register and prints or writes the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Evaluates a case register (CSV with , or ; in UTF-8 or Windows-1251, or an .xlsx workbook; "
                + "headers as codes or as labels in ru, kk or en) and reports every finding. "
                + "Exit 0 when the file was evaluated (whatever the findings), 1 when it was refused, 2 on a usage error.")
final class CheckCommand implements Callable<Integer> {

    /** Crisis centres and the ministry work on Kazakhstan time; "today" is Almaty's today. */
    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    private static final int ERRORS_SHOWN = 20;

    enum Format { json, csv, text }

    @Parameters(index = "0", paramLabel = "FILE", description = "The case register to check (.csv or .xlsx).")
    Path file;

    @Mixin
    RegisterFileOptions register;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge the cases as of this date (default: today in Almaty).")
    LocalDate asOf;

    @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en, ru or kk (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", defaultValue = "text", description = "json, csv (one row per finding) or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of to standard output.")
    Path out;

    @Mixin
    CalendarDirOption calendar;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (register.wrong(lang, err)) {
            return Cli.USAGE;
        }
        LocalDate day = asOf != null ? asOf : LocalDate.now(KAZAKHSTAN);
        Standard<Case> standard = calendar.loadOrExplain(err);
        if (standard == null) {
            return Cli.USAGE;
        }
        Evaluator<Case> evaluator = new Evaluator<>(standard);
        OutputStream sink = RegisterFileOptions.open(out);
        RunSummary summary;
        try (ReportWriter writer = writer(sink, day)) {
            boolean showProgress = System.console() != null;
            summary = new BatchCheck<>(evaluator, CaseCsv.SCHEMA).run(Registers.open(file, register.options(file), CaseCsv.SCHEMA, Long.MAX_VALUE),
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
            return RegisterFileOptions.refused(e, "evaluated", err);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + file);
            return Cli.IO_FAILURE;
        } finally {
            RegisterFileOptions.close(sink, out);
        }
        err.printf("%d rows read, %d evaluated, %d rejected%n", summary.rowsRead(), summary.rowsEvaluated(), summary.rowsRejected());
        summary.errors().stream().limit(ERRORS_SHOWN).forEach(x -> err.println("  rejected: " + x));
        if (summary.errorCount() > ERRORS_SHOWN) {
            err.println("  ... and " + (summary.errorCount() - ERRORS_SHOWN) + " more errors (all counted in the report)");
        }
        return Cli.EVALUATED;
    }

    private ReportWriter writer(OutputStream sink, LocalDate day) throws IOException {
        return switch (format) {
            case json -> new JsonReportWriter(sink, true);
            case csv -> new CsvFindingsWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
            case text -> new TextReportWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), lang, day, DvStandard.labels());
        };
    }
}
