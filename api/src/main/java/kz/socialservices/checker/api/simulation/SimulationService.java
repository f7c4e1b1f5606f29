package kz.socialservices.checker.api.simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.Simulation;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import kz.socialservices.checker.engine.simulation.SimulationWriter;
import kz.socialservices.checker.standard.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs simulations for the API as jobs, one at a time (a simulation judges every case twice, and the
 * machine is shared): the request waits for its job up to {@code checker.simulation.answer-within};
 * a job still running then is answered 202 with a status resource, and its result is kept on disk
 * for {@code checker.simulation.keep-results} (it names cases: it is deleted after that, and never logged).
 */
@Service
public class SimulationService {

    private static final Logger LOG = LoggerFactory.getLogger(SimulationService.class);

    /** A simulation's state as the status resource shows it. */
    public enum State { running, done, failed }

    /** One simulation: its progress while it runs, its result file when done. */
    public static final class Job {
        final String id = UUID.randomUUID().toString();
        final SimulationFormat format;
        final long rowsTotal;
        /** The account that started it: the only one that may see it. */
        final String owner;
        final AtomicLong rowsRead = new AtomicLong();
        final long started = System.nanoTime();
        volatile State state = State.running;
        volatile Path result;
        volatile SimulationSummary summary;
        volatile long finished;
        Future<?> future;

        Job(SimulationFormat format, long rowsTotal, String owner) {
            this.format = format;
            this.rowsTotal = rowsTotal;
            this.owner = owner;
        }

        public String owner() {
            return owner;
        }

        public String id() {
            return id;
        }

        public State state() {
            return state;
        }

        public SimulationFormat format() {
            return format;
        }

        public Path result() {
            return result;
        }

        public SimulationSummary summary() {
            return summary;
        }

        /** What the status resource says: never a case, only counts. */
        public Map<String, Object> status() {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("id", id);
            out.put("state", state.name());
            out.put("rowsRead", rowsRead.get());
            out.put("rowsTotal", rowsTotal < 0 ? null : rowsTotal); // JSON cases are not counted before they are read
            out.put("progress", state != State.running ? Double.valueOf(1.0) : rowsTotal <= 0 ? null
                    : Double.valueOf(Math.min(1.0, (double) rowsRead.get() / rowsTotal)));
            out.put("seconds", Math.round(((state == State.running ? System.nanoTime() : finished) - started) / 1e8) / 10.0);
            if (state == State.done) {
                out.put("result", "/api/v1/simulations/" + id + "/result");
                out.put("findingsChanged", summary.findingsChanged());
                out.put("casesChanged", summary.casesChanged());
            }
            if (state == State.failed) {
                out.put("error", "the simulation failed; it has been logged");
            }
            return out;
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulation");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final Duration answerWithin;
    private final Duration keep;

    public SimulationService(@Value("${checker.simulation.answer-within:20s}") Duration answerWithin,
                             @Value("${checker.simulation.keep-results:1h}") Duration keep) {
        this.answerWithin = answerWithin;
        this.keep = keep;
    }

    /**
     * Starts a simulation of opened rows; the job closes them and deletes {@code spooled} when done.
     *
     * @param rowsTotal the rows the input has, for the progress shown
     * @param owner     the account starting it, the only one that may see it
     * @param caseKeys  whether the result names cases (for a centre); for a drafter each changed case is numbered instead
     */
    public Job start(AmendedStandard<Case> amendment, Iterator<CsvCaseReader.Row<Case>> rows, AutoCloseable input, Path spooled,
                     long rowsTotal, Map<String, String> detected, LocalDate asOf, String lang, SimulationFormat format,
                     String owner, boolean caseKeys) {
        expire();
        Job job = new Job(format, rowsTotal, owner);
        jobs.put(job.id, job);
        job.future = worker.submit(() -> {
            Path out = null;
            try {
                out = Files.createTempFile("simulation-" + job.id, "." + format.name());
                try (OutputStream sink = Files.newOutputStream(out); SimulationWriter writer = caseKeys ? format.writer(sink, lang, amendment)
                        : new WithoutCaseKeys(format.writer(sink, lang, amendment))) {
                    job.summary = new Simulation<>(amendment).run(rows, detected, asOf, lang, writer, job.rowsRead::set);
                }
                job.result = out;
                job.state = State.done;
            } catch (Exception e) {
                job.state = State.failed;
                LOG.error("simulation {} failed: {}", job.id, e.getClass().getName()); // the type only: a message could quote the input
                deleteQuietly(out);
            } finally {
                job.finished = System.nanoTime();
                try {
                    input.close();
                } catch (Exception ignored) {
                    // the input is a temporary copy, deleted next
                }
                deleteQuietly(spooled);
            }
        });
        return job;
    }

    /** Waits for the job up to the configured time; true when it is no longer running. */
    public boolean awaitBriefly(Job job) {
        try {
            job.future.get(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
        return job.state != State.running;
    }

    public Optional<Job> find(String id) {
        expire();
        return Optional.ofNullable(jobs.get(id));
    }

    /** Results are kept for a while only: they name cases. */
    private void expire() {
        long now = System.nanoTime();
        jobs.values().removeIf(j -> {
            boolean old = j.state != State.running && now - j.finished > keep.toNanos();
            if (old) {
                deleteQuietly(j.result);
            }
            return old;
        });
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp directory
            }
        }
    }
}
