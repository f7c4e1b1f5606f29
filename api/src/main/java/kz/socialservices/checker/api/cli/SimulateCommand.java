package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.socialservices.checker.api.simulation.SimulationFormat;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import kz.socialservices.checker.engine.simulation.AmendmentRefusedException;
import kz.socialservices.checker.engine.simulation.Amendments;
import kz.socialservices.checker.engine.simulation.ParameterSweep;
import kz.socialservices.checker.engine.simulation.Simulation;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import kz.socialservices.checker.engine.simulation.SimulationWriter;
import kz.socialservices.checker.engine.simulation.SweepExports;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.DvStandard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code simulate FILE --amendment ID|PATH.yaml}: a register judged under the current text and the amended one. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Judges a register under the current text and under the text with amendments applied, and reports what "
                + "changes: per case and requirement, and in counts and compliance rates per requirement, centre, region and ownership. "
                + "Exit 0 when simulated, 1 when the register or a package was refused, 2 on a usage error.")
final class SimulateCommand implements Callable<Integer> {

    /** Accepted as by every command; this one works on files and keeps nothing in it. */
    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @Option(names = "--amendment", paramLabel = "ID|PATH.yaml",
            description = "A shipped package by id (${COMPLETION-CANDIDATES}) or a package file, its DRL beside it; repeatable.",
            completionCandidates = ShippedIds.class)
    List<String> amendments = new ArrayList<>();

    @Option(names = "--in-force-from", paramLabel = "YYYY-MM-DD",
            description = "Apply every package as if in force from this date (default: each its effective date).")
    LocalDate inForceFrom;

    @Option(names = "--sweep", paramLabel = "PARAMETER=FROM..TO",
            description = "Instead of packages: sweep a numeric parameter over a range (e.g. assessment.deadline_days=1..14), in one pass; "
                    + "the compliance rate of the requirements it touches per value, nationally and per ownership, region and centre. "
                    + "--in-force-from is the date the value applies from (default: every case).")
    String sweep;

    @Option(names = "--lang", defaultValue = "en", description = "Language of messages and the memo: en, ru or kk (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", defaultValue = "text",
            description = "text (a memo naming no case), json (every changed case, counts, rates, provenance) or csv (one row per changed finding) (default: ${DEFAULT-VALUE}).")
    SimulationFormat format;

    /** The register, its sheet and encoding, the as-of date, where to write, the calendar directory. */
    @Mixin
    RegisterRun register;

    static final class ShippedIds extends ArrayList<String> {
        ShippedIds() {
            super(DvStandard.SHIPPED_AMENDMENTS);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        if (register.wrong(lang, err)) {
            return Cli.USAGE;
        }
        Standard<Case> standard = register.calendar.loadOrExplain(err);
        if (standard == null) {
            return Cli.USAGE;
        }
        if (sweep != null) {
            if (!amendments.isEmpty()) {
                err.println("--sweep and --amendment do not go together: a sweep varies one parameter of the current text");
                return Cli.USAGE;
            }
            return sweep(standard, err);
        }
        AmendedStandard<Case> amended;
        try {
            List<AmendmentPackage> packages = new ArrayList<>();
            for (String a : amendments) {
                AmendmentPackage p = resolve(a, err);
                if (p == null) {
                    return Cli.USAGE;
                }
                packages.add(p);
            }
            amended = new Amendments<>(standard).apply(packages, inForceFrom);
        } catch (AmendmentRefusedException e) {
            err.println("The amendment package was refused; nothing was simulated:");
            e.problems().forEach(p -> err.println("  " + p));
            return Cli.REFUSED;
        }
        LocalDate day = register.day();
        OutputStream sink = register.openOut();
        SimulationSummary summary;
        try (SimulationWriter writer = format.writer(sink, lang, amended)) {
            try (CsvCaseReader<Case> reader = Registers.open(register.file, register.options(), CaseCsv.SCHEMA, Long.MAX_VALUE)) {
                Progress progress = new Progress(err, reader.dataRows(), System.console() != null);
                summary = new Simulation<>(amended).run(reader, reader.detected(), day, lang, writer, progress);
                progress.finish();
            }
        } catch (InputRefusedException e) {
            return RegisterRun.refused(e, "simulated", err);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + register.file);
            return Cli.IO_FAILURE;
        } finally {
            register.closeOut(sink);
        }
        err.printf("%d rows read, %d judged, %d rejected; %d findings change in %d cases%n", summary.rowsRead(), summary.rowsEvaluated(),
                summary.rowsRejected(), summary.findingsChanged(), summary.casesChanged());
        return Cli.EVALUATED;
    }

    private int sweep(Standard<Case> standard, PrintStream err) throws IOException {
        ParameterSweep<Case> swept;
        try {
            swept = new ParameterSweep<>(standard, ParameterSweep.Range.parse(sweep), inForceFrom);
        } catch (IllegalArgumentException e) {
            err.println("--sweep " + sweep + ": " + e.getMessage());
            return Cli.USAGE;
        }
        OutputStream sink = register.openOut();
        ParameterSweep.SweepResult result;
        try (CsvCaseReader<Case> reader = Registers.open(register.file, register.options(), CaseCsv.SCHEMA, Long.MAX_VALUE)) {
            Progress progress = new Progress(err, reader.dataRows(), System.console() != null);
            result = swept.run(reader, reader.detected(), register.day(), progress);
            progress.finish();
            java.io.Writer w = new java.io.OutputStreamWriter(sink, java.nio.charset.StandardCharsets.UTF_8);
            switch (format) {
                case json -> kz.socialservices.checker.engine.report.JsonReportWriter.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValue(w, SweepExports.json(result));
                case csv -> SweepExports.csv(result, w);
                case text -> SweepExports.text(result, w);
            }
            w.flush();
        } catch (InputRefusedException e) {
            return RegisterRun.refused(e, "swept", err);
        } catch (NoSuchFileException e) {
            err.println("No such file: " + register.file);
            return Cli.IO_FAILURE;
        } finally {
            register.closeOut(sink);
        }
        err.printf("%d rows read, %d judged, %d rejected; %s swept over %d values%n", result.rows().rowsRead(), result.rows().rowsEvaluated(),
                result.rows().rowsRejected(), result.range().parameter(), result.values().size());
        return Cli.EVALUATED;
    }

    /** A shipped id, or a package file (its DRL beside it); null after saying why neither. */
    private static AmendmentPackage resolve(String idOrPath, PrintStream err) throws IOException {
        if (DvStandard.SHIPPED_AMENDMENTS.contains(idOrPath)) {
            return DvStandard.shippedAmendment(idOrPath);
        }
        Path path = Path.of(idOrPath);
        if (Files.isRegularFile(path)) {
            return DvStandard.amendmentFile(path);
        }
        err.println("--amendment " + idOrPath + ": neither a shipped package (" + String.join(", ", DvStandard.SHIPPED_AMENDMENTS)
                + ") nor a package file");
        return null;
    }
}
