package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Labels;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;

/**
 * The report a centre director reads before an inspection: what is not compliant (most severe
 * first), then what falls due (soonest first), then what data to complete, then counts by
 * requirement, rejected rows and provenance. Only those three kinds of finding are kept in memory.
 */
final class TextReportWriter implements ReportWriter {

    private record Line(String caseId, Finding finding) {
    }

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("title", "Compliance check: special social services for victims of domestic violence"),
                    Map.entry("asOf", "As of"), Map.entry("rows", "%d rows read, %d evaluated, %d rejected"),
                    Map.entry("nc", "NOT COMPLIANT"), Map.entry("pending", "DUE, SOONEST FIRST"),
                    Map.entry("undetermined", "DATA TO COMPLETE"), Map.entry("byRequirement", "BY REQUIREMENT"),
                    Map.entry("rejected", "REJECTED ROWS"), Map.entry("provenance", "PROVENANCE"),
                    Map.entry("none", "none"), Map.entry("inDays", "in %d d"), Map.entry("today", "today"),
                    Map.entry("missing", "missing"), Map.entry("input", "Read as")),
            "ru", Map.ofEntries(
                    Map.entry("title", "Проверка соответствия: специальные социальные услуги жертвам бытового насилия"),
                    Map.entry("asOf", "По состоянию на"), Map.entry("rows", "строк прочитано: %d, оценено: %d, отклонено: %d"),
                    Map.entry("nc", "НЕСООТВЕТСТВИЯ"), Map.entry("pending", "СРОКИ, БЛИЖАЙШИЕ ПЕРВЫМИ"),
                    Map.entry("undetermined", "ДАННЫЕ ДЛЯ ЗАПОЛНЕНИЯ"), Map.entry("byRequirement", "ПО ТРЕБОВАНИЯМ"),
                    Map.entry("rejected", "ОТКЛОНЁННЫЕ СТРОКИ"), Map.entry("provenance", "ПРОИСХОЖДЕНИЕ РЕЗУЛЬТАТА"),
                    Map.entry("none", "нет"), Map.entry("inDays", "через %d дн."), Map.entry("today", "сегодня"),
                    Map.entry("missing", "не заполнено"), Map.entry("input", "Прочитано как")),
            "kk", Map.ofEntries(
                    Map.entry("title", "Сәйкестікті тексеру: тұрмыстық зорлық-зомбылық құрбандарына арнаулы әлеуметтік қызметтер"),
                    Map.entry("asOf", "Күйі бойынша"), Map.entry("rows", "оқылған жолдар: %d, бағаланғаны: %d, қабылданбағаны: %d"),
                    Map.entry("nc", "СӘЙКЕССІЗДІКТЕР"), Map.entry("pending", "МЕРЗІМДЕР, ЕҢ ЖАҚЫНЫ АЛДЫМЕН"),
                    Map.entry("undetermined", "ТОЛТЫРЫЛАТЫН ДЕРЕКТЕР"), Map.entry("byRequirement", "ТАЛАПТАР БОЙЫНША"),
                    Map.entry("rejected", "ҚАБЫЛДАНБАҒАН ЖОЛДАР"), Map.entry("provenance", "НӘТИЖЕНІҢ ШЫҒУ ТЕГІ"),
                    Map.entry("none", "жоқ"), Map.entry("inDays", "%d күннен кейін"), Map.entry("today", "бүгін"),
                    Map.entry("missing", "толтырылмаған"), Map.entry("input", "Оқылды")));

    private final PrintWriter out;
    private final Map<String, String> words;
    private final String language;
    private final Labels labels;
    private final LocalDate asOf;
    private final List<Line> nonCompliant = new ArrayList<>();
    private final List<Line> pending = new ArrayList<>();
    private final List<Line> undetermined = new ArrayList<>();

    TextReportWriter(Writer out, String language, LocalDate asOf, Labels labels) {
        this.out = new PrintWriter(out);
        this.words = WORDS.getOrDefault(language, WORDS.get("en"));
        this.language = language;
        this.labels = labels;
        this.asOf = asOf;
    }

    @Override
    public void result(CaseResult result) {
        for (Finding f : result.findings()) {
            switch (f.verdict()) {
                case NON_COMPLIANT -> nonCompliant.add(new Line(result.caseId(), f));
                case PENDING -> pending.add(new Line(result.caseId(), f));
                case UNDETERMINED -> undetermined.add(new Line(result.caseId(), f));
                default -> { }
            }
        }
    }

    @Override
    public void finish(RunSummary summary, Provenance provenance) {
        out.println(words.get("title"));
        out.println(words.get("asOf") + " " + asOf + ". "
                + String.format(words.get("rows"), summary.rowsRead(), summary.rowsEvaluated(), summary.rowsRejected()));
        if (!summary.input().isEmpty()) {
            out.println(words.get("input") + ": " + new java.util.TreeMap<>(summary.input()));
        }

        heading("nc", nonCompliant.size());
        nonCompliant.sort(Comparator.comparing((Line l) -> l.finding().severity()).thenComparing(Line::caseId));
        Severity shown = null;
        for (Line l : nonCompliant) {
            if (l.finding().severity() != shown) {
                shown = l.finding().severity();
                out.println("  " + labels.code(language, shown.name()).toUpperCase(java.util.Locale.ROOT));
            }
            out.printf("    %-16s %-8s %s%n", l.caseId(), l.finding().requirement(), l.finding().message());
        }

        heading("pending", pending.size());
        pending.sort(Comparator.comparing((Line l) -> l.finding().dueDate(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Line::caseId));
        for (Line l : pending) {
            LocalDate due = l.finding().dueDate();
            String when = due == null ? "—" : due + " (" + inDays(ChronoUnit.DAYS.between(asOf, due)) + ")";
            out.printf("    %-24s %-16s %-8s %s%n", when, l.caseId(), l.finding().requirement(), l.finding().message());
        }

        heading("undetermined", undetermined.size());
        undetermined.sort(Comparator.comparing(Line::caseId));
        for (Line l : undetermined) {
            out.printf("    %-16s %-8s %s: %s%n", l.caseId(), l.finding().requirement(), words.get("missing"),
                    String.join(", ", l.finding().missingFields().stream().map(m -> labels.column(language, m)).toList()));
        }

        heading("byRequirement", -1);
        out.printf("    %-8s", "");
        Map<Verdict, Integer> widths = new java.util.EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            String label = labels.code(language, v.name());
            widths.put(v, Math.max(10, label.length()));
            out.printf(" %" + widths.get(v) + "s", label);
        }
        out.println();
        summary.byRequirement().forEach((id, counts) -> {
            out.printf("    %-8s", id);
            for (Verdict v : Verdict.values()) {
                out.printf(" %" + widths.get(v) + "d", counts.getOrDefault(v, 0L));
            }
            out.println();
        });

        heading("rejected", (int) summary.rowsRejected());
        summary.errors().forEach(e -> out.println("    " + e));

        heading("provenance", -1);
        out.println("    standard:   " + provenance.standard());
        out.println("    engine:     " + provenance.engineVersion());
        out.println("    rule set:   " + provenance.ruleSetHash());
        out.println("    parameters: " + provenance.parameterHash());
        out.println("    editions:   " + String.join(", ", provenance.editionsUsed()));
        if (provenance.calendar() != null) {
            out.println("    calendar:   " + calendar(provenance.calendar()));
        }
        out.flush();
    }

    /** E.g. {@code 2017-2027 (kz-non-working-days.csv 2017-2026; added: 2027.csv 2027)}. */
    static String calendar(WorkingDayCalendar.Coverage c) {
        StringBuilder line = new StringBuilder().append(c.firstYear()).append('-').append(c.lastYear());
        if (!c.missingYears().isEmpty()) {
            line.append(", without ").append(c.missingYears().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        line.append(" (");
        for (int i = 0; i < c.files().size(); i++) {
            WorkingDayCalendar.Source f = c.files().get(i);
            line.append(i == 0 ? "" : "; ").append(f.shipped() ? "" : "added: ").append(f.name()).append(' ')
                    .append(f.years().get(0));
            if (f.years().size() > 1) {
                line.append('-').append(f.years().get(f.years().size() - 1));
            }
        }
        return line.append(')').toString();
    }

    private String inDays(long days) {
        return days == 0 ? words.get("today") : String.format(words.get("inDays"), days);
    }

    private void heading(String key, int count) {
        out.println();
        out.println("== " + words.get(key) + (count >= 0 ? " (" + count + ")" : "") + " ==");
        if (count == 0) {
            out.println("    " + words.get("none"));
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
