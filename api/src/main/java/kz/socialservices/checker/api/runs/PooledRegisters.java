package kz.socialservices.checker.api.runs;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.standard.Case;

/**
 * The registers of several stored runs read one after the other as one register (each opened and checked as an
 * upload is, each row held to its run's centre), so an audit or a simulation over them gives the figures it
 * gives over the same rows in one file. Only one register is open (and on disk) at a time.
 */
public final class PooledRegisters implements Iterator<CsvCaseReader.Row<Case>>, Closeable {

    /** One run's register as stored. */
    record Source(String runId, String centreId, byte[] register, Registers.Options options) {
    }

    private final List<Source> sources;
    private final EvaluationService evaluations;
    private int next;
    private Path file;
    private Iterator<CsvCaseReader.Row<Case>> rows;
    private Closeable open;
    private UnaryOperator<CsvCaseReader.Row<Case>> ownCentre;

    PooledRegisters(List<Source> sources, EvaluationService evaluations) {
        this.sources = sources;
        this.evaluations = evaluations;
    }

    /** The runs pooled, in order. */
    public List<String> runIds() {
        return sources.stream().map(Source::runId).toList();
    }

    @Override
    public boolean hasNext() {
        try {
            while ((rows == null || !rows.hasNext()) && next < sources.size()) {
                closeCurrent();
                Source s = sources.get(next++);
                file = Files.createTempFile("pooled", ".register");
                Files.write(file, RuleSetArchive.gunzip(s.register()));
                if (s.options() == null) {
                    var reader = evaluations.openJson(file);
                    rows = reader;
                    open = reader;
                } else {
                    var reader = evaluations.openRegister(file, s.options());
                    rows = reader;
                    open = reader;
                }
                ownCentre = RunService.ownCentreOnly(s.centreId());
            }
            return rows != null && rows.hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CsvCaseReader.Row<Case> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ownCentre.apply(rows.next());
    }

    private void closeCurrent() throws IOException {
        if (open != null) {
            open.close();
            open = null;
        }
        if (file != null) {
            Files.deleteIfExists(file);
            file = null;
        }
        rows = null;
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }
}
