package kz.socialservices.checker.engine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;
import kz.socialservices.checker.engine.EngineVersion;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;

/**
 * Checks a case file from end to end: refuses it whole or streams its rows through the rules,
 * recording every rejected row, and writes the report as results come.
 */
public final class BatchCheck<C> {

    private final Evaluator<C> evaluator;
    private final CsvCaseReader.Schema<C> schema;

    public BatchCheck(Evaluator<C> evaluator, CsvCaseReader.Schema<C> schema) {
        this.evaluator = evaluator;
        this.schema = schema;
    }

    /**
     * @param progress told the number of rows read so far, now and then (may be a no-op)
     * @throws kz.socialservices.checker.engine.csv.InputRefusedException when the file is refused whole
     */
    public RunSummary run(Path file, LocalDate asOf, String language, String runId, ReportWriter writer,
                          LongConsumer progress) throws IOException {
        return run(CsvCaseReader.open(file, schema), asOf, language, runId, writer, progress);
    }

    /** As {@link #run(Path, LocalDate, String, String, ReportWriter, LongConsumer)}, from a reader already opened (and so checked); closes it. */
    public RunSummary run(CsvCaseReader<C> opened, LocalDate asOf, String language, String runId, ReportWriter writer,
                          LongConsumer progress) throws IOException {
        try (CsvCaseReader<C> reader = opened) {
            return run(reader, reader.detected(), asOf, language, runId, writer, progress);
        }
    }

    /** Evaluates parsed rows (from a file or JSON): rejected ones are counted with their errors, the others judged. */
    public RunSummary run(Iterator<CsvCaseReader.Row<C>> rows, LocalDate asOf, String language, String runId, ReportWriter writer,
                          LongConsumer progress) throws IOException {
        return run(rows, java.util.Map.of("format", "json"), asOf, language, runId, writer, progress);
    }

    /** As above, saying what was detected about the input ({@link CsvCaseReader#detected()}) in the summary. */
    public RunSummary run(Iterator<CsvCaseReader.Row<C>> rows, java.util.Map<String, String> input, LocalDate asOf, String language,
                          String runId, ReportWriter writer, LongConsumer progress) throws IOException {
        Standard<C> standard = evaluator.standard();
        RunSummary summary = new RunSummary(standard.catalogue().all().stream().map(r -> r.id()).toList());
        summary.input(input);
        Iterator<C> accepted = new Iterator<>() {
            private C next;

            @Override
            public boolean hasNext() {
                while (next == null && rows.hasNext()) {
                    CsvCaseReader.Row<C> row = rows.next();
                    if (row.rejected()) {
                        summary.rejected(row.errors());
                    } else {
                        next = row.value();
                    }
                    if (row.number() % 10_000 == 0) {
                        progress.accept(row.number());
                    }
                }
                return next != null;
            }

            @Override
            public C next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                C c = next;
                next = null;
                return c;
            }
        };
        try {
            evaluator.evaluate(accepted, asOf, language, result -> {
                summary.evaluated(result);
                try {
                    writer.result(result);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.finish(summary, provenance(standard, summary, asOf, language, runId));
        return summary;
    }

    public static <C> Provenance provenance(Standard<C> standard, RunSummary summary, LocalDate asOf, String language, String runId) {
        return new Provenance(runId, standard.name(), EngineVersion.get(), standard.rules().hash(), standard.parameterHash(),
                summary.editionsUsed(), asOf, language, standard.calendar().coverage());
    }
}
