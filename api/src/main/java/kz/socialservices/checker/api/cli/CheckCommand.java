package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.standard.DvStandard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check FILE.csv}: evaluates a case register and prints or writes the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Evaluates a case register (CSV with , or ; in UTF-8 or Windows-1251, or an .xlsx workbook; "
                + "headers as codes or as labels in ru, kk or en) and reports every finding. "
                + "Exit 0 when the file was evaluated (whatever the findings), 1 when it was refused, 2 on a usage error.")
final class CheckCommand implements Callable<Integer> {

    /** Accepted as by every command; this one works on files and keeps nothing in it. */
    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    enum Format { json, csv, text, pdf }

    @Mixin
    RegisterRun register;

    @Option(names = "--lang", defaultValue = "en", description = "Language of messages: en, ru or kk (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", defaultValue = "text", description = "json, csv (one row per finding), text, or pdf (the inspection pack, in --lang; with --out) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        return register.run(lang, (standard, day, sink) -> writer(standard, sink, day));
    }

    private ReportWriter writer(kz.socialservices.checker.engine.evaluation.Standard<kz.socialservices.checker.standard.Case> standard,
                                OutputStream sink, LocalDate day) throws IOException {
        return switch (format) {
            case pdf -> new kz.socialservices.checker.api.pack.PackWriter(new kz.socialservices.checker.engine.report.CentreReport(day),
                    new kz.socialservices.checker.api.pack.InspectionPack(lang, standard.messages().labels(), standard.catalogue()), sink);
            case json -> new JsonReportWriter(sink, true);
            case csv -> new CsvFindingsWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
            case text -> new TextReportWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), lang, day, DvStandard.labels());
        };
    }
}
