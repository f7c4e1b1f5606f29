package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import kz.socialservices.checker.engine.audit.Audit;
import kz.socialservices.checker.engine.audit.AuditExports;
import kz.socialservices.checker.engine.audit.AuditReport;
import kz.socialservices.checker.engine.audit.AuditSpec;
import kz.socialservices.checker.engine.audit.InvalidAuditException;
import kz.socialservices.checker.engine.audit.Years;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.standard.CaseFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code audit FILE --by region,year}: the ministry's figures over a register, small cells suppressed. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audits a register of many centres: per group (centre, region, ownership, year of each requirement's "
                + "anchor date, or two of them crossed) and requirement, the cases, each verdict, compliance rate, data "
                + "completeness, overdue and due soon; plan completion and exit reasons; figures about fewer than --min-cell "
                + "cases suppressed, with the cells that would reveal them. No case key is written.")
final class AuditCommand implements Callable<Integer> {

    /** Accepted as by every command; this one works on files and keeps nothing in it. */
    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    enum Format { text, json, csv }

    @Mixin
    RegisterRun register;

    @Option(names = "--by", required = true, split = ",", paramLabel = "DIMENSION",
            description = "centre, region, ownership, stayForm or year; two (e.g. region,year) are crossed and each also shown alone.")
    List<String> by;

    @Option(names = "--min-cell", defaultValue = "" + AuditSpec.DEFAULT_MIN_CELL, paramLabel = "N",
            description = "Figures about fewer cases are suppressed; at least " + AuditSpec.LOWEST_MIN_CELL + " (default: ${DEFAULT-VALUE}).")
    int minCell;

    @Option(names = "--due-soon-days", defaultValue = "" + AuditSpec.DEFAULT_DUE_SOON_DAYS, paramLabel = "DAYS",
            description = "A pending finding due within this many days of the as-of date is due soon (default: ${DEFAULT-VALUE}).")
    int dueSoonDays;

    @Option(names = "--years", paramLabel = "YYYY[-YYYY]", description = "Only findings anchored (and exits, plans dated) in these years.")
    String years;

    @Option(names = "--format", defaultValue = "text", description = "text, json or csv (one row per group and requirement) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        AuditSpec spec;
        try {
            spec = new AuditSpec(by, register.day(), minCell, dueSoonDays, years == null ? null : Years.parse(years));
            Audit.requireKnownDimensions(spec, CaseFacts.DIMENSIONS);
        } catch (InvalidAuditException e) {
            System.err.println(e.getMessage());
            return Cli.USAGE;
        }
        return register.run("en", (standard, day, sink) -> new Output(Audit.of(spec, standard), sink));
    }

    /** Feeds the audit as results come and, at the end, writes its report in the format asked for. */
    private final class Output implements ReportWriter {
        private final Audit audit;
        private final OutputStream sink;

        Output(Audit audit, OutputStream sink) {
            this.audit = audit;
            this.sink = sink;
        }

        @Override
        public void result(CaseResult result) {
            audit.result(result);
        }

        @Override
        public void finish(RunSummary summary, Provenance provenance) throws IOException {
            audit.finish(summary, provenance);
            AuditReport report = audit.report();
            switch (format) {
                case json -> AuditExports.json(report, sink, true);
                case csv -> {
                    OutputStreamWriter w = new OutputStreamWriter(sink, StandardCharsets.UTF_8);
                    AuditExports.csv(report, w);
                    w.flush();
                }
                case text -> new AuditTextWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8)).write(report);
            }
        }

        @Override
        public void close() {
        }
    }
}
