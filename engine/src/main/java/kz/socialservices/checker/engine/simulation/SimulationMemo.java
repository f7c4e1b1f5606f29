package kz.socialservices.checker.engine.simulation;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.socialservices.checker.engine.evaluation.Labels;

/**
 * A simulation as a memo a drafter can paste into a note, in en, ru or kk: what each amendment
 * changes and why, which verdicts change per requirement, and the compliance rates before and
 * after, for all cases and per centre, region and ownership. It names no case: the cases, with why
 * each changes, are in the JSON and CSV forms.
 */
public final class SimulationMemo implements SimulationWriter {

    private static final Map<String, Map<String, String>> PHRASES = Map.of(
            "en", Map.ofEntries(
                    Map.entry("title", "Simulation of amendments to the standard"),
                    Map.entry("none", "No amendment applied: the current text is compared with itself."),
                    Map.entry("amendment", "Amendment"),
                    Map.entry("why", "Why"),
                    Map.entry("dates", "Would come into force on %s; simulated as applying from %s."),
                    Map.entry("assumed", "Every value and requirement it sets is a proposal (basis ASSUMED), not law."),
                    Map.entry("changes", "Changes: parameters %s; requirements added %s, replaced %s, withdrawn %s."),
                    Map.entry("register", "Register: %d rows read, %d judged, %d rejected; judged as of %s."),
                    Map.entry("changed", "Findings that change: %d, in %d case(s)."),
                    Map.entry("judged", "Judged again under the amended text: %s. Every other finding is the current text's."),
                    Map.entry("noChange", "no verdict changes"),
                    Map.entry("added", "added by the amendment"),
                    Map.entry("withdrawn", "withdrawn by the amendment"),
                    Map.entry("absent", "(not in this text)"),
                    Map.entry("rateAll", "Compliance rate, all cases: %s → %s (compliant %d → %d, not compliant %d → %d)"),
                    Map.entry("centre", "By centre"),
                    Map.entry("region", "By region"),
                    Map.entry("ownership", "By ownership"),
                    Map.entry("undefined", "undefined"),
                    Map.entry("rateNote", "Compliance rate = compliant / (compliant + not compliant); undefined when there are neither."),
                    Map.entry("provenance", "Provenance"),
                    Map.entry("current", "current text"),
                    Map.entry("amendedText", "amended text"),
                    Map.entry("hashes", "rule set %s, parameters %s"),
                    Map.entry("applied", "%s, content %s, applied from %s"),
                    Map.entry("engine", "engine %s"),
                    Map.entry("noCases", "This memo names no case. The cases, with each finding before and after and why, are in the JSON or CSV output.")),
            "ru", Map.ofEntries(
                    Map.entry("title", "Моделирование изменений стандарта"),
                    Map.entry("none", "Изменения не применялись: действующая редакция сравнивается сама с собой."),
                    Map.entry("amendment", "Изменение"),
                    Map.entry("why", "Обоснование"),
                    Map.entry("dates", "Предлагаемая дата вступления в силу: %s; смоделировано как применяемое с %s."),
                    Map.entry("assumed", "Все устанавливаемые им значения и требования являются предложением (основание ASSUMED), а не нормой закона."),
                    Map.entry("changes", "Изменяет: параметры %s; требования добавлены %s, заменены %s, исключены %s."),
                    Map.entry("register", "Реестр: прочитано строк %d, оценено %d, отклонено %d; оценка на %s."),
                    Map.entry("changed", "Изменившихся выводов: %d, дел: %d."),
                    Map.entry("judged", "Повторно оценены по изменённой редакции: %s. Все остальные выводы — по действующей редакции."),
                    Map.entry("noChange", "выводы не меняются"),
                    Map.entry("added", "добавлено изменением"),
                    Map.entry("withdrawn", "исключено изменением"),
                    Map.entry("absent", "(нет в этой редакции)"),
                    Map.entry("rateAll", "Уровень соблюдения, все дела: %s → %s (соответствует %d → %d, не соответствует %d → %d)"),
                    Map.entry("centre", "По центрам"),
                    Map.entry("region", "По регионам"),
                    Map.entry("ownership", "По форме собственности"),
                    Map.entry("undefined", "не определён"),
                    Map.entry("rateNote", "Уровень соблюдения = соответствует / (соответствует + не соответствует); не определён, если нет ни тех, ни других."),
                    Map.entry("provenance", "Происхождение результатов"),
                    Map.entry("current", "действующая редакция"),
                    Map.entry("amendedText", "изменённая редакция"),
                    Map.entry("hashes", "набор правил %s, параметры %s"),
                    Map.entry("applied", "%s, содержимое %s, применяется с %s"),
                    Map.entry("engine", "версия движка %s"),
                    Map.entry("noCases", "В этой записке не названо ни одно дело. Дела, с каждым выводом до и после и его причиной, — в выводе JSON или CSV.")),
            "kk", Map.ofEntries(
                    Map.entry("title", "Стандартқа енгізілетін өзгерістерді модельдеу"),
                    Map.entry("none", "Ешбір өзгеріс қолданылмады: қолданыстағы редакция өзімен салыстырылады."),
                    Map.entry("amendment", "Өзгеріс"),
                    Map.entry("why", "Негіздеме"),
                    Map.entry("dates", "Күшіне енуі ұсынылған күн: %s; %s бастап қолданылатындай модельденді."),
                    Map.entry("assumed", "Ол белгілейтін барлық мәндер мен талаптар — ұсыныс (негіз ASSUMED), заң нормасы емес."),
                    Map.entry("changes", "Өзгертеді: параметрлер %s; талаптар қосылды %s, ауыстырылды %s, алынып тасталды %s."),
                    Map.entry("register", "Тізілім: оқылған жолдар %d, бағаланды %d, қабылданбады %d; %s күнгі жағдай бойынша бағаланды."),
                    Map.entry("changed", "Өзгерген қорытындылар: %d, істер: %d."),
                    Map.entry("judged", "Өзгертілген редакция бойынша қайта бағаланды: %s. Қалған барлық қорытындылар — қолданыстағы редакция бойынша."),
                    Map.entry("noChange", "қорытындылар өзгермейді"),
                    Map.entry("added", "өзгеріспен қосылды"),
                    Map.entry("withdrawn", "өзгеріспен алынып тасталды"),
                    Map.entry("absent", "(бұл редакцияда жоқ)"),
                    Map.entry("rateAll", "Сақталу деңгейі, барлық істер: %s → %s (сәйкес %d → %d, сәйкес емес %d → %d)"),
                    Map.entry("centre", "Орталықтар бойынша"),
                    Map.entry("region", "Өңірлер бойынша"),
                    Map.entry("ownership", "Меншік нысаны бойынша"),
                    Map.entry("undefined", "анықталмаған"),
                    Map.entry("rateNote", "Сақталу деңгейі = сәйкес / (сәйкес + сәйкес емес); екеуі де болмаса, анықталмайды."),
                    Map.entry("provenance", "Нәтижелердің шығу тегі"),
                    Map.entry("current", "қолданыстағы редакция"),
                    Map.entry("amendedText", "өзгертілген редакция"),
                    Map.entry("hashes", "ережелер жиынтығы %s, параметрлер %s"),
                    Map.entry("applied", "%s, мазмұны %s, %s бастап қолданылады"),
                    Map.entry("engine", "қозғалтқыш нұсқасы %s"),
                    Map.entry("noCases", "Бұл жазбада ешбір іс аталмайды. Істер, әр қорытынды өзгеріске дейін және кейін және оның себебі, JSON немесе CSV шығысында.")));

    private final Writer out;
    private final String lang;
    private final Labels labels;

    /** @param labels how verdicts and groups read in {@code lang} (the amended standard's labels) */
    public SimulationMemo(Writer out, String lang, Labels labels) {
        this.out = out;
        this.lang = PHRASES.containsKey(lang) ? lang : "en";
        this.labels = labels;
    }

    @Override
    public void changed(CaseDiff diff) {
        // the memo holds figures only
    }

    @Override
    public void finish(SimulationSummary s, SimulationProvenance p) throws IOException {
        AmendedStandard<?> a = s.amendment();
        line(say("title"));
        line("=".repeat(say("title").length()));
        if (a.packages().isEmpty()) {
            line(say("none"));
        }
        for (AmendedStandard.Applied applied : a.packages()) {
            AmendmentPackage pkg = applied.amendment();
            line("");
            line(say("amendment") + " " + pkg.id() + ": " + pkg.title().getOrDefault(lang, pkg.id()));
            String why = pkg.rationale().getOrDefault(lang, "");
            if (!why.isBlank()) {
                line("  " + say("why") + ": " + why.strip());
            }
            line("  " + say("dates", pkg.effective(), applied.appliedFrom()));
            line("  " + say("assumed"));
            List<String> parameters = new java.util.ArrayList<>();
            pkg.parameters().forEach(c -> parameters.add(c.name()));
            pkg.newParameters().forEach(n -> parameters.add(n.name()));
            line("  " + say("changes", list(parameters),
                    list(pkg.added().stream().map(r -> r.id()).toList()), list(pkg.replaced().stream().map(r -> r.id()).toList()),
                    list(pkg.withdrawn())));
        }
        line("");
        line(say("register", s.rowsRead(), s.rowsEvaluated(), s.rowsRejected(), p.asOf()));
        line(say("changed", s.findingsChanged(), s.casesChanged()));
        List<String> shown = s.requirements().stream()
                .filter(r -> a.judged().contains(r) || a.withdrawn().contains(r) || s.flips().containsKey(r)).toList();
        if (!a.packages().isEmpty()) {
            line(say("judged", list(a.standard().catalogue().all().stream().map(r -> r.id()).filter(a.judged()::contains).toList())));
        }
        for (String r : shown) {
            line("");
            String note = a.added().contains(r) ? " (" + say("added") + ")" : a.withdrawn().contains(r) ? " (" + say("withdrawn") + ")" : "";
            line(r + note);
            Map<String, Long> flips = s.flips().getOrDefault(r, Map.of());
            if (flips.isEmpty()) {
                line("  " + say("noChange"));
            }
            for (Map.Entry<String, Long> f : flips.entrySet()) {
                line("  " + transition(f.getKey()) + ": " + f.getValue());
            }
            SimulationSummary.Rates all = s.rates("all", "", r);
            line("  " + say("rateAll", rate(all.before()), rate(all.after()), all.compliantBefore(), all.compliantAfter(),
                    all.nonCompliantBefore(), all.nonCompliantAfter()));
            if (flips.isEmpty()) {
                continue;
            }
            for (String kind : SimulationSummary.GROUPS) {
                line("  " + say(kind) + ":");
                for (String g : s.groups(kind)) {
                    SimulationSummary.Rates x = s.rates(kind, g, r);
                    if (x.compliantBefore() + x.nonCompliantBefore() + x.compliantAfter() + x.nonCompliantAfter() == 0) {
                        continue;
                    }
                    line("    " + (g.isEmpty() ? "—" : labels.code(lang, g)) + ": " + rate(x.before()) + " → " + rate(x.after()));
                }
            }
        }
        line("");
        line(say("rateNote"));
        line("");
        line(say("provenance"));
        line("  " + say("current") + ": " + say("hashes", p.current().ruleSetHash(), p.current().parameterHash()));
        line("  " + say("amendedText") + ": " + say("hashes", p.amended().ruleSetHash(), p.amended().parameterHash()));
        for (SimulationProvenance.Package pkg : p.amended().amendments()) {
            line("    " + say("applied", pkg.id(), pkg.contentHash(), pkg.appliedFrom()));
        }
        line("  " + say("engine", p.engineVersion()));
        line("");
        line(say("noCases"));
        out.flush();
    }

    private String transition(String t) {
        String[] sides = t.split("->");
        return verdict(sides[0]) + " → " + verdict(sides[1]);
    }

    private String verdict(String v) {
        return v.equals(FindingChange.ABSENT) ? say("absent") : labels.code(lang, v);
    }

    private String rate(Double r) {
        if (r == null) {
            return say("undefined");
        }
        return lang.equals("en") ? String.format(Locale.ROOT, "%.1f%%", r * 100)
                : String.format(Locale.ROOT, "%.1f %%", r * 100).replace('.', ',');
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "—" : String.join(", ", items);
    }

    private String say(String key, Object... args) {
        String phrase = PHRASES.get(lang).get(key);
        return args.length == 0 ? phrase : String.format(Locale.ROOT, phrase, args);
    }

    private void line(String text) throws IOException {
        out.write(text);
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
