package kz.socialservices.checker.api.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Iterator;
import java.util.function.UnaryOperator;
import kz.socialservices.checker.api.CheckerLimits;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.JsonCases;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.report.BatchCheck;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Runs evaluations for the API. A batch's report is written to a temporary file as results come
 * and then streamed to the client, so memory stays bounded whatever the batch's size; the file is
 * deleted once sent. A run that exceeds the request timeout is abandoned.
 */
@Service
public class EvaluationService {

    /** A finished run: its report on disk (the caller streams and deletes it) and its counts. */
    record Outcome(String runId, Path report, RunSummary summary) {
    }

    private final Evaluator<Case> evaluator;
    private final CheckerLimits limits;

    EvaluationService(Evaluator<Case> evaluator, CheckerLimits limits) {
        this.evaluator = evaluator;
        this.limits = limits;
    }

    /** Copies a body to a temporary file, refusing it (413) past the size limit. */
    public Path spool(InputStream body) throws IOException {
        Path file = Files.createTempFile("evaluation", ".csv");
        long max = limits.maxBodySize().toBytes();
        try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new Problems.TooLargeException("the body is larger than " + limits.maxBodySize());
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    /** A register file (CSV in any dialect Excel writes, or an .xlsx workbook). */
    Outcome evaluateRegister(Path file, Registers.Options options, LocalDate asOf, String lang, boolean asCsv) throws IOException {
        return report(asCsv, (runId, writer) -> run(file, options, asOf, lang, runId, writer));
    }

    /** A spooled register opened for reading, after it was checked whole (refused with 422/400/413 before anything is judged). */
    public CsvCaseReader<Case> openRegister(Path file, Registers.Options options) throws IOException {
        return Registers.open(file, options, CaseCsv.SCHEMA, limits.maxRows());
    }

    /** A spooled JSON array of cases opened for reading, after it was checked whole. */
    public JsonCases.FileReader<Case> openJson(Path json) throws IOException {
        return JsonCases.open(json, CaseCsv.SCHEMA, limits.maxRows());
    }

    Outcome evaluateJson(Path json, LocalDate asOf, String lang, boolean asCsv) throws IOException {
        return report(asCsv, (runId, writer) -> run(json, null, asOf, lang, runId, writer));
    }

    /**
     * Streams a spooled register's cases through the rules into {@code writer}, within the request's
     * limits (rows, time): the register is refused whole before anything is evaluated, or read row by row.
     *
     * @param options how to read a register file; null for a JSON array of cases
     */
    public RunSummary run(Path file, Registers.Options options, LocalDate asOf, String lang, String runId, ReportWriter writer)
            throws IOException {
        return run(evaluator, file, options, asOf, lang, runId, writer, UnaryOperator.identity());
    }

    /**
     * As {@link #run(Path, Registers.Options, LocalDate, String, String, ReportWriter)}, under a given standard's
     * evaluator (a stored run's archived rule set), each row passed through {@code rowCheck} first (which may
     * reject it, e.g. a row of another centre than the caller's).
     */
    public RunSummary run(Evaluator<Case> under, Path file, Registers.Options options, LocalDate asOf, String lang, String runId,
                          ReportWriter writer, UnaryOperator<CsvCaseReader.Row<Case>> rowCheck) throws IOException {
        ReportWriter timed = new TimedWriter(writer, System.nanoTime() + limits.requestTimeout().toNanos(), limits);
        BatchCheck<Case> batch = new BatchCheck<>(under, CaseCsv.SCHEMA);
        if (options == null) {
            try (JsonCases.FileReader<Case> reader = openJson(file)) { // refuses first
                return batch.run(checked(reader, rowCheck), Map.of("format", "json"), asOf, lang, runId, timed, n -> { });
            }
        }
        try (CsvCaseReader<Case> reader = openRegister(file, options)) { // refuses first
            return batch.run(checked(reader, rowCheck), reader.detected(), asOf, lang, runId, timed, n -> { });
        }
    }

    private static Iterator<CsvCaseReader.Row<Case>> checked(Iterator<CsvCaseReader.Row<Case>> rows,
                                                             UnaryOperator<CsvCaseReader.Row<Case>> rowCheck) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public CsvCaseReader.Row<Case> next() {
                return rowCheck.apply(rows.next());
            }
        };
    }

    /** The evaluator of the standard the server runs. */
    public Evaluator<Case> evaluator() {
        return evaluator;
    }

    /** The standard's requirements, dimensions and indicators, for what is built over its results. */
    public kz.socialservices.checker.engine.evaluation.Standard<Case> standard() {
        return evaluator.standard();
    }

    /** One case in, its findings out; a case with bad fields is refused whole (422) since there is nothing else to report. */
    Map<String, Object> evaluateSingle(JsonNode json, LocalDate asOf, String lang) {
        if (json == null || !json.isObject()) {
            throw new InputRefusedException(List.of(kz.socialservices.checker.engine.csv.RowError.file("not_an_object",
                    "the body must be one case as a JSON object")));
        }
        var wrapped = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(json);
        CsvCaseReader.Row<Case> row = JsonCases.read(wrapped, CaseCsv.SCHEMA, 1).get(0);
        if (row.rejected()) {
            throw new Problems.InvalidCaseException(row.errors());
        }
        String runId = UUID.randomUUID().toString();
        CaseResult result = evaluator.evaluateOne(row.value(), asOf, lang);
        RunSummary summary = new RunSummary(evaluator.standard().catalogue().all().stream().map(r -> r.id()).toList());
        summary.evaluated(result);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caseId", result.caseId());
        out.put("centreId", result.centreId());
        out.put("dimensions", result.dimensions());
        out.put("findings", result.findings());
        out.put("provenance", BatchCheck.provenance(evaluator.standard(), summary, asOf, lang, runId));
        return out;
    }

    private interface Body {
        RunSummary run(String runId, ReportWriter writer) throws IOException;
    }

    /** A run whose findings are written, as they come, to a temporary report file (JSON or CSV). */
    private Outcome report(boolean asCsv, Body body) throws IOException {
        String runId = UUID.randomUUID().toString();
        Path report = Files.createTempFile("report-" + runId, asCsv ? ".csv" : ".json");
        try (OutputStream out = Files.newOutputStream(report);
             ReportWriter writer = asCsv ? new CsvFindingsWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))
                     : new JsonReportWriter(out, false)) {
            return new Outcome(runId, report, body.run(runId, writer));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(report);
            throw e;
        }
    }

    /** Abandons a run once the request timeout has passed. */
    private record TimedWriter(ReportWriter delegate, long deadline, CheckerLimits limits) implements ReportWriter {
        @Override
        public void result(CaseResult result) throws IOException {
            if (System.nanoTime() > deadline) {
                throw new Problems.TimeoutException("the evaluation took longer than " + limits.requestTimeout().toSeconds()
                        + " s; split the register or use the command line");
            }
            delegate.result(result);
        }

        @Override
        public void finish(RunSummary summary, Provenance provenance) throws IOException {
            delegate.finish(summary, provenance);
        }

        @Override
        public void close() throws IOException {
            delegate.close();
        }
    }
}
