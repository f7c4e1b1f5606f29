package kz.socialservices.checker.engine.simulation;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.EngineVersion;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.report.RunSummary;

/**
 * Judges a register under the current text and under an amended one, in one pass: each row is
 * parsed once, and each chunk of cases is judged on both sides. On the amended side only what the
 * amendment touches is judged again ({@link AmendedStandard#judged()}); every other finding is the
 * current one, copied. A requirement an amendment replaces keeps its current finding for anchors
 * before the date the amendment applies from. A finding the amended text judges otherwise than the
 * current one has basis {@code ASSUMED}: it rests on a proposal.
 */
public final class Simulation<C> {

    private final AmendedStandard<C> amendment;
    private final Evaluator<C> current;
    private final Evaluator<C> amended;
    private final int chunkSize;
    /** Both sides' requirement ids: the amended catalogue's order, a withdrawn one where it stood. */
    private final List<String> order;

    public Simulation(AmendedStandard<C> amendment) {
        this(amendment, Evaluator.DEFAULT_CHUNK_SIZE);
    }

    public Simulation(AmendedStandard<C> amendment, int chunkSize) {
        this.amendment = amendment;
        this.chunkSize = chunkSize;
        this.current = new Evaluator<>(amendment.base(), chunkSize);
        this.amended = new Evaluator<>(amendment.standard(), chunkSize, amendment.judged()::contains);
        this.order = unionOrder(amendment);
    }

    /**
     * @param rows     parsed rows (rejected ones are counted with their errors)
     * @param input    what was detected about the input, for the summary
     * @param progress told the number of rows read so far, every few chunks
     */
    public SimulationSummary run(Iterator<CsvCaseReader.Row<C>> rows, Map<String, String> input, LocalDate asOf, String language,
                                 SimulationWriter writer, LongConsumer progress) throws IOException {
        SimulationSummary summary = new SimulationSummary(order, amendment);
        summary.currentSide().input(input);
        // Enough cases at a time that each side's evaluator judges chunks of them on every worker.
        int batch = chunkSize * Evaluator.WORKERS * 4;
        List<C> chunk = new ArrayList<>(batch);
        long read = 0;
        while (rows.hasNext()) {
            CsvCaseReader.Row<C> row = rows.next();
            read++;
            if (row.rejected()) {
                summary.currentSide().rejected(row.errors());
            } else {
                chunk.add(row.value());
            }
            if (chunk.size() == batch) {
                judge(chunk, asOf, language, summary, writer);
                chunk.clear();
                progress.accept(read);
            }
        }
        if (!chunk.isEmpty()) {
            judge(chunk, asOf, language, summary, writer);
        }
        progress.accept(read);
        writer.finish(summary, provenance(summary, asOf, language));
        return summary;
    }

    /** One case judged on both sides: the current text's result and the amended side's findings, in its catalogue's order. */
    public record Compared(CaseResult before, List<Finding> after) {
        public Finding before(String requirement) {
            return before.findings().stream().filter(f -> f.requirement().equals(requirement)).findFirst().orElse(null);
        }

        public Finding after(String requirement) {
            return after.stream().filter(f -> f.requirement().equals(requirement)).findFirst().orElse(null);
        }
    }

    /** Judges cases under both texts, copying what the amendment does not touch; every finding with its message. */
    public List<Compared> compare(List<C> cases, LocalDate asOf, String language) {
        List<Compared> out = new ArrayList<>(cases.size());
        for (Compared c : compareUnrendered(cases, asOf, language)) {
            CaseResult b = c.before();
            out.add(new Compared(new CaseResult(b.caseId(), b.centreId(), b.dimensions(), rendered(b.findings(), language), b.startDate(),
                    b.open(), b.tallies()), rendered(c.after(), language)));
        }
        return out;
    }

    /**
     * Both sides, messages rendered only where the comparison needs them: a finding still without a
     * message reads as the current text renders it (it is the current finding, or equal to it), one the
     * amended text judged otherwise carries the amended text's message already.
     */
    private List<Compared> compareUnrendered(List<C> cases, LocalDate asOf, String language) {
        List<CaseResult> before = current.evaluateWithoutMessages(cases, asOf);
        List<CaseResult> again = amendment.judged().isEmpty() ? null : amended.evaluateWithoutMessages(cases, asOf);
        List<Compared> out = new ArrayList<>(before.size());
        for (int i = 0; i < before.size(); i++) {
            out.add(new Compared(before.get(i), after(before.get(i), again == null ? List.of() : again.get(i).findings(), language)));
        }
        return out;
    }

    private void judge(List<C> chunk, LocalDate asOf, String language, SimulationSummary summary, SimulationWriter writer)
            throws IOException {
        for (Compared c : compareUnrendered(chunk, asOf, language)) {
            CaseResult b = c.before();
            List<Finding> after = c.after();
            summary.currentSide().evaluated(b);
            summary.amendedSide().evaluated(new CaseResult(b.caseId(), b.centreId(), b.dimensions(), after));
            List<FindingChange> changes = changes(b.findings(), after);
            summary.counted(b.centreId(), b.dimensions(), b.findings(), after, changes);
            if (!changes.isEmpty()) {
                List<FindingChange> shown = new ArrayList<>(changes.size());
                changes.forEach(x -> shown.add(new FindingChange(x.requirement(), rendered(x.before(), language),
                        rendered(x.after(), language))));
                writer.changed(new CaseDiff(b.caseId(), b.centreId(), b.dimensions(), shown));
            }
        }
    }

    /** A finding with its message: one not rendered yet is the current text's (see {@link #compareUnrendered}). */
    private Finding rendered(Finding f, String language) {
        return f == null || f.message() != null ? f : f.withMessage(amendment.base().messages().render(f, language));
    }

    private List<Finding> rendered(List<Finding> findings, String language) {
        List<Finding> out = new ArrayList<>(findings.size());
        findings.forEach(f -> out.add(rendered(f, language)));
        return out;
    }

    /**
     * The amended side's findings, in its catalogue's order: judged again where touched, else the current
     * ones. A finding judged again that equals the current one but for its message is the current one
     * only when the two texts word it alike (the amendment may reword a requirement's messages).
     */
    private List<Finding> after(CaseResult before, List<Finding> judgedAgain, String language) {
        Map<String, Finding> current = new HashMap<>();
        before.findings().forEach(f -> current.put(f.requirement(), f));
        Map<String, Finding> again = new HashMap<>();
        judgedAgain.forEach(f -> again.put(f.requirement(), f));
        List<Finding> out = new ArrayList<>();
        for (Requirement r : amendment.standard().catalogue().all()) {
            Finding f = again.get(r.id());
            Finding now = current.get(r.id());
            if (f != null) {
                // Judged again, with the amended text's message; alike but for the message, the two texts' wording decides.
                boolean alike = f.equals(now);
                f = f.withMessage(amendment.standard().messages().render(f, language));
                if (alike && f.message().equals(rendered(now, language).message())) {
                    f = null;
                }
            }
            if (f == null) {
                f = now;
            } else if (amendment.replaced().contains(r.id()) && "notInForce".equals(f.evidence().get("reason"))) {
                f = now; // before the replacement applies, the current text judges
            } else if (f.basis() != Basis.ASSUMED) {
                // Judged otherwise under the amended text: it rests on a proposal, not on the law or the note.
                f = new Finding(f.requirement(), f.verdict(), f.severity(), f.edition(), Basis.ASSUMED, f.message(), f.evidence(),
                        f.dueDate(), f.missingFields());
            }
            out.add(f);
        }
        return out;
    }

    private List<FindingChange> changes(List<Finding> before, List<Finding> after) {
        Map<String, Finding> b = new HashMap<>();
        before.forEach(f -> b.put(f.requirement(), f));
        Map<String, Finding> a = new HashMap<>();
        after.forEach(f -> a.put(f.requirement(), f));
        List<FindingChange> out = new ArrayList<>();
        for (String id : order) {
            Finding x = b.get(id);
            Finding y = a.get(id);
            if (FindingChange.changes(x, y)) {
                out.add(new FindingChange(id, x, y));
            }
        }
        return out;
    }

    private SimulationProvenance provenance(SimulationSummary summary, LocalDate asOf, String language) {
        Standard<C> base = amendment.base();
        Standard<C> amendedStandard = amendment.standard();
        List<SimulationProvenance.Package> packages = amendment.packages().stream()
                .map(a -> new SimulationProvenance.Package(a.amendment().id(), a.amendment().title().getOrDefault(language,
                        a.amendment().title().getOrDefault("en", a.amendment().id())), a.amendment().contentHash(),
                        a.amendment().effective(), a.appliedFrom(), "ASSUMED"))
                .toList();
        return new SimulationProvenance(EngineVersion.get(),
                new SimulationProvenance.Side(base.name(), base.rules().hash(), base.parameterHash(),
                        summary.currentSide().editionsUsed(), List.of()),
                new SimulationProvenance.Side(amendedStandard.name(), amendedStandard.rules().hash(), amendedStandard.parameterHash(),
                        summary.amendedSide().editionsUsed(), packages),
                asOf, language, base.calendar().coverage());
    }

    private static List<String> unionOrder(AmendedStandard<?> amendment) {
        List<String> out = new ArrayList<>();
        amendment.standard().catalogue().all().forEach(r -> out.add(r.id()));
        List<String> base = amendment.base().catalogue().all().stream().map(Requirement::id).toList();
        for (String w : amendment.withdrawn()) {
            int at = 0;
            for (int i = base.indexOf(w) - 1; i >= 0; i--) {
                int found = out.indexOf(base.get(i));
                if (found >= 0) {
                    at = found + 1;
                    break;
                }
            }
            out.add(at, w);
        }
        return List.copyOf(out);
    }

    /** The current text's summary of rows (read, evaluated, rejected, errors), for reports. */
    public static RunSummary rows(SimulationSummary s) {
        return s.currentSide();
    }
}
