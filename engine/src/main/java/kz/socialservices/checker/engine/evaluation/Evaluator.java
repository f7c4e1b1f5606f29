package kz.socialservices.checker.engine.evaluation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.calendar.CalendarNotCoveredException;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.params.Edition;
import kz.socialservices.checker.engine.params.Parameter;
import kz.socialservices.checker.engine.params.ParameterValue;
import org.kie.api.runtime.KieSession;

/**
 * Judges cases against a standard. Before the rules run, the engine settles what needs no rule:
 * a case that starts after the as-of date, a requirement that does not concern the case, an anchor
 * before the first edition, a deadline the holiday calendar cannot count. Every other requirement
 * becomes an {@link Obligation} for the rules. Cases stream through in chunks, one short-lived
 * session per chunk, so a large file is never held in memory whole; chunks are judged in parallel,
 * results handed on in input order.
 */
public final class Evaluator<C> {

    /**
     * Cases per rule session. Measured with the bench command (50,000 cases, 2 cores): 100 gave
     * ~8,000 cases/s, 1000 only ~4,000, as larger sessions hold more tuples alive through GC.
     */
    public static final int DEFAULT_CHUNK_SIZE = 100;

    private final Standard<C> standard;
    private final int chunkSize;
    private final boolean parallel;
    private final java.util.function.Predicate<String> judged;
    private final List<Requirement> requirements;
    /** Each requirement's declared parameters, resolved once. */
    private final Map<String, Map<String, Parameter>> parametersOf;

    public Evaluator(Standard<C> standard) {
        this(standard, DEFAULT_CHUNK_SIZE);
    }

    public Evaluator(Standard<C> standard, int chunkSize) {
        this(standard, chunkSize, id -> true);
    }

    /**
     * Judges only the requirements {@code judged} accepts (a simulation judges again only what an
     * amendment touches); each case's result then holds their findings alone, in catalogue order.
     */
    public Evaluator(Standard<C> standard, int chunkSize, java.util.function.Predicate<String> judged) {
        this(standard, chunkSize, judged, true);
    }

    private Evaluator(Standard<C> standard, int chunkSize, java.util.function.Predicate<String> judged, boolean parallel) {
        this.parallel = parallel;
        this.judged = judged;
        this.standard = standard;
        this.chunkSize = chunkSize;
        this.requirements = standard.catalogue().all().stream().filter(r -> judged.test(r.id())).toList();
        Map<String, Map<String, Parameter>> declared = new HashMap<>();
        for (Requirement r : requirements) {
            Map<String, Parameter> params = new HashMap<>();
            r.parameters().forEach(p -> params.put(p, standard.parameters().get(p)));
            declared.put(r.id(), Map.copyOf(params));
        }
        this.parametersOf = Map.copyOf(declared);
    }

    /** This evaluator judging every chunk on the calling thread (the benchmark's textbook baseline). */
    public Evaluator<C> onOneThread() {
        return new Evaluator<>(standard, chunkSize, judged, false);
    }

    public Standard<C> standard() {
        return standard;
    }

    public List<CaseResult> evaluate(List<C> cases, LocalDate asOf, String language) {
        List<CaseResult> out = new ArrayList<>(cases.size());
        evaluate(cases.iterator(), asOf, language, out::add);
        return out;
    }

    public CaseResult evaluateOne(C c, LocalDate asOf, String language) {
        return evaluate(List.of(c), asOf, language).get(0);
    }

    /**
     * Judges cases without rendering their messages (each finding's message is null): for a caller that
     * renders only the findings it shows, with {@link Standard#messages()} (a simulation's changes).
     */
    public List<CaseResult> evaluateWithoutMessages(List<C> cases, LocalDate asOf) {
        List<CaseResult> out = new ArrayList<>(cases.size());
        evaluate(cases.iterator(), asOf, null, out::add);
        return out;
    }

    /**
     * Streams {@code cases} through the rules, handing each case's result to {@code sink} in input order,
     * on the calling thread. Chunks are judged on the {@link #WORKERS} threads of a shared pool (the
     * KieBase is immutable and shared, each chunk has its own session), at most two per worker ahead of
     * the sink, so memory stays bounded; a file of one chunk is judged on the calling thread.
     *
     * @param language the messages' language, or null to leave messages unrendered ({@link #evaluateWithoutMessages})
     */
    public void evaluate(Iterator<C> cases, LocalDate asOf, String language, Consumer<CaseResult> sink) {
        Deque<Future<List<CaseResult>>> inFlight = new ArrayDeque<>();
        try {
            List<C> chunk = new ArrayList<>(chunkSize);
            while (cases.hasNext()) {
                chunk.add(cases.next());
                if (chunk.size() == chunkSize && cases.hasNext()) {
                    List<C> full = chunk;
                    chunk = new ArrayList<>(chunkSize);
                    if (WORKERS == 1 || !parallel) {
                        judge(full, asOf, language).forEach(sink);
                        continue;
                    }
                    if (inFlight.size() >= 2 * WORKERS) {
                        deliver(inFlight.poll(), sink);
                    }
                    inFlight.add(Workers.POOL.submit(() -> judge(full, asOf, language)));
                }
            }
            // The last chunk here while the pool judges the others: a single case never waits for a thread.
            List<CaseResult> last = chunk.isEmpty() ? List.of() : judge(chunk, asOf, language);
            while (!inFlight.isEmpty()) {
                deliver(inFlight.poll(), sink);
            }
            last.forEach(sink);
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    /** Threads judging chunks, one per core, shared by every evaluator (daemons: they never keep the JVM up). */
    public static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static final class Workers {
        static final ExecutorService POOL = Executors.newFixedThreadPool(WORKERS, new ThreadFactory() {
            private final AtomicInteger count = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "evaluator-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
    }

    private static void deliver(Future<List<CaseResult>> judged, Consumer<CaseResult> sink) {
        List<CaseResult> results;
        try {
            results = judged.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules judged a chunk", e);
        } catch (ExecutionException e) {
            // What the rules threw, as they threw it: a defect of the rule set stays itself.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        results.forEach(sink);
    }

    private List<CaseResult> judge(List<C> chunk, LocalDate asOf, String language) {
        List<CaseResult> out = new ArrayList<>(chunk.size());
        evaluateChunk(chunk, asOf, language, out::add);
        return out;
    }

    private void evaluateChunk(List<C> chunk, LocalDate asOf, String language, Consumer<CaseResult> sink) {
        CaseAdapter<C> adapter = standard.adapter();
        Findings findings = new Findings();
        List<Object[]> perCase = new ArrayList<>(chunk.size()); // [case, Finding[] or Obligation per requirement]
        KieSession session = standard.rules().kieBase().newKieSession();
        try {
            session.setGlobal("findings", findings);
            for (C original : chunk) {
                C view = adapter.asOf(original, asOf);
                Object[] slots = new Object[requirements.size()];
                for (int i = 0; i < requirements.size(); i++) {
                    Object settled = settle(requirements.get(i), original, view, asOf);
                    if (settled instanceof Obligation o) {
                        session.insert(o);
                    }
                    slots[i] = settled;
                }
                perCase.add(new Object[] {original, view, slots});
            }
            session.fireAllRules();
        } catch (RuntimeException e) {
            // Drools wraps what a consequence throws; a defect of the rule set must surface as itself.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RuleSetDefect defect) {
                    throw defect;
                }
            }
            throw e;
        } finally {
            session.dispose();
        }
        for (Object[] entry : perCase) {
            @SuppressWarnings("unchecked")
            C c = (C) entry[0];
            @SuppressWarnings("unchecked")
            C view = (C) entry[1];
            Object[] slots = (Object[]) entry[2];
            List<Finding> out = new ArrayList<>(slots.length);
            for (Object slot : slots) {
                Finding f = slot instanceof Obligation o ? findings.of(o) : (Finding) slot;
                out.add(language == null ? f : f.withMessage(standard.messages().render(f, language)));
            }
            sink.accept(new CaseResult(adapter.caseId(c), adapter.centreId(c), adapter.dimensions(c), out,
                    adapter.startDate(c), adapter.isOpen(view), adapter.tallies(view)));
        }
    }

    /** A finding the engine settles itself, or the obligation the rules must judge. */
    private Object settle(Requirement r, C original, C view, LocalDate asOf) {
        CaseAdapter<C> adapter = standard.adapter();
        LocalDate start = adapter.startDate(original);
        if (start != null && start.isAfter(asOf)) {
            return settled(r, Verdict.NOT_APPLICABLE, null, List.of(), "reason", "startsAfterAsOf", "start", start);
        }
        // The anchor as of the date: the year an audit counts the finding in, whatever the verdict.
        LocalDate anchor = adapter.date(view, r.anchor());
        CaseAdapter.Applicability applies = adapter.applicability(view, r.appliesTo());
        if (!applies.known()) {
            return settled(r, Verdict.UNDETERMINED, anchor, applies.missingFields());
        }
        if (!applies.applies()) {
            return settled(r, Verdict.NOT_APPLICABLE, anchor, List.of(), "reason", "doesNotConcern", "scope", r.appliesTo());
        }
        if (anchor == null && adapter.date(original, r.anchor()) != null) {
            // The anchor event is recorded but had not happened by the as-of date: nothing was due yet.
            return settled(r, Verdict.NOT_APPLICABLE, null, List.of(), "reason", "afterAsOf", "anchor", r.anchor());
        }
        if (anchor == null) {
            return r.withoutAnchor() == Verdict.NOT_APPLICABLE
                    ? settled(r, Verdict.NOT_APPLICABLE, null, List.of(), "reason", "noAnchor", "anchor", r.anchor())
                    : settled(r, Verdict.UNDETERMINED, null, List.of(r.anchor()));
        }
        Edition edition = standard.editions().inForceOn(anchor).orElse(null);
        if (edition == null) {
            return settled(r, Verdict.OUT_OF_SCOPE, anchor, List.of(),
                    "anchor", r.anchor(), "anchorDate", anchor, "firstEdition", standard.editions().firstStart());
        }
        if (r.inForceFrom() != null && anchor.isBefore(r.inForceFrom())) {
            // An amendment's requirement is judged from the date it is applied from, never before.
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("reason", "notInForce");
            evidence.put("inForceFrom", r.inForceFrom());
            return new Finding(r.id(), Verdict.NOT_APPLICABLE, r.severity(), edition.id(), edition.basisOf(r), null,
                    evidence, null, List.of());
        }
        LocalDate from = null;
        LocalDate due = null;
        if (r.deadline() != null) {
            from = adapter.date(view, r.deadline().from());
            ParameterValue limit = standard.parameters().get(r.deadline().parameter()).valueAt(anchor);
            if (from != null && limit != null && limit.value() != null) {
                try {
                    due = standard.parameters().get(r.deadline().parameter()).unitAt(anchor)
                            .lastDayWithin(from, ((Number) limit.value()).longValue(), standard.calendar());
                } catch (CalendarNotCoveredException e) {
                    Map<String, Object> evidence = new LinkedHashMap<>();
                    evidence.put("reason", "calendarNotCovered");
                    evidence.put("calendarYear", e.year());
                    return new Finding(r.id(), Verdict.UNDETERMINED, r.severity(), edition.id(), edition.basisOf(r), null,
                            evidence, null, List.of("calendar:" + e.year()), anchor);
                }
            }
        }
        // Parameters are read at the anchor date, the date that also picked the edition.
        return new Obligation(r, view, asOf, anchor, edition, parametersOf.get(r.id()), anchor, from, due, standard.calendar());
    }

    /** A finding settled before any rule runs (no edition applies to it); evidence as name/value pairs, in order. */
    private static Finding settled(Requirement r, Verdict v, LocalDate anchor, List<String> missing, Object... evidence) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) {
            ordered.put((String) evidence[i], evidence[i + 1]);
        }
        return new Finding(r.id(), v, r.severity(), null, r.basis(), null, ordered, null, missing, anchor);
    }
}
