package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.report.BatchCheck;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.Simulation;
import kz.socialservices.checker.engine.simulation.SimulationCsvWriter;
import kz.socialservices.checker.engine.simulation.SimulationJsonWriter;
import org.junit.jupiter.api.Test;

/**
 * The regression set of the engine: the reports of the boundary fixtures, the sample register and
 * the national file, as recorded before a change, must come out byte for byte the same after it
 * (every finding: verdict, severity, edition, basis, evidence, message, due date, missing fields,
 * anchor date; and the summary). The sample's full report is kept readable
 * ({@code regression/sample.en.csv}, what {@code check --format csv} writes); the rest as SHA-256
 * digests in {@code regression/digests.txt}: of each whole report (the JSON results and summary, and
 * the CSV report), of each requirement's findings down the file, and, in {@code *.cases}, six hex
 * digits per case in input order, so that a failure names the first case and the requirements that differ.
 * Provenance (engine version, rule-set hash) is left out: it may change when the verdicts do not.
 *
 * <p>Recording anew, when a change of verdict or message is intended (and reviewed as such):
 * {@code ./mvnw -B -q -pl rules -am verify -Dtest=ReportRegressionTest -Dsurefire.failIfNoSpecifiedTests=false -Dregression.record=true}
 */
class ReportRegressionTest {

    static final Path RECORDED = Fixtures.ROOT.resolveSibling("rules/src/test/resources/regression");
    static final boolean RECORD = Boolean.getBoolean("regression.record");
    static final LocalDate SAMPLE_AS_OF = SampleRegisterTest.AS_OF;
    static final LocalDate NATIONAL_AS_OF = LocalDate.of(2025, 12, 31);
    /** The simulation the benchmark runs: every shipped package but the one that changes the same parameter as another. */
    static final List<String> SIMULATED = DvStandard.SHIPPED_AMENDMENTS.stream().filter(id -> !id.equals("asm-02-five-working-days")).toList();

    /** One report made canonical: each case's JSON result (in input order), the CSV report, and the summary. */
    record Report(String name, List<String> caseIds, List<String> caseJson, List<List<String>> findingJson, String csv,
                  String summaryJson) {

        /** The digests recorded for the report, by key. */
        Map<String, String> digests() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put(name + ".results+summary", sha256(String.join("\n", caseJson) + "\n" + summaryJson));
            out.put(name + ".csv", sha256(csv));
            out.put(name + ".summary", sha256(summaryJson));
            Map<String, StringBuilder> byRequirement = new TreeMap<>();
            for (List<String> findings : findingJson) {
                for (String f : findings) {
                    byRequirement.computeIfAbsent(requirementOf(f), k -> new StringBuilder()).append(f).append('\n');
                }
            }
            byRequirement.forEach((r, text) -> out.put(name + ".requirement." + r, sha256(text.toString())));
            return out;
        }

        String caseDigests() {
            StringBuilder out = new StringBuilder();
            caseJson.forEach(j -> out.append(sha256(j), 0, 6).append('\n'));
            return out.toString();
        }
    }

    @Test
    void the_sample_register_reports_as_recorded_in_every_language() throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        List<Report> reports = new ArrayList<>();
        for (String language : DvStandard.LANGUAGES) {
            Report r = check("sample." + language, Fixtures.path("sample/centre-register.csv"), SAMPLE_AS_OF, language);
            reports.add(r);
            if (language.equals("en")) {
                compareText("sample.en.csv", r.csv());
            }
            digests.putAll(r.digests());
        }
        compare("sample", digests, reports);
    }

    @Test
    void the_national_file_reports_and_simulates_as_recorded() throws IOException {
        Report r = check("national.en", Fixtures.path("national/national.csv"), NATIONAL_AS_OF, "en");
        Map<String, String> digests = new LinkedHashMap<>(r.digests());
        digests.putAll(simulate("national.simulated.en", Fixtures.path("national/national.csv"), NATIONAL_AS_OF, "en"));
        compare("national", digests, List.of(r));
    }

    @Test
    void the_boundary_fixtures_report_as_recorded_on_each_of_their_dates() throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> json = new ArrayList<>();
        List<List<String>> findings = new ArrayList<>();
        StringBuilder csv = new StringBuilder();
        StringBuilder summaries = new StringBuilder();
        for (Path expected : BoundaryFixturesTest.expectedFiles()) {
            String requirement = expected.getFileName().toString().replace(".expected.csv", "");
            TreeSet<LocalDate> dates = new TreeSet<>();
            BoundaryFixturesTest.expectations(expected, requirement).forEach(e -> dates.add(e.asOf()));
            for (LocalDate asOf : dates) {
                Report r = check(requirement + "@" + asOf, expected.resolveSibling(requirement + ".csv"), asOf, "en");
                r.caseIds().forEach(id -> ids.add(r.name() + " " + id));
                json.addAll(r.caseJson());
                findings.addAll(r.findingJson());
                csv.append(r.csv());
                summaries.append(r.summaryJson()).append('\n');
            }
        }
        Report all = new Report("boundary.en", ids, json, findings, csv.toString(), summaries.toString());
        compare("boundary", all.digests(), List.of(all));
    }

    /** A register checked as {@code check --format json} and {@code --format csv} report it, without the provenance. */
    static Report check(String name, Path file, LocalDate asOf, String language) throws IOException {
        List<String> ids = new ArrayList<>();
        List<String> json = new ArrayList<>();
        List<List<String>> findings = new ArrayList<>();
        ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
        RunSummary summary;
        try (Writer csvOut = new OutputStreamWriter(csvBytes, StandardCharsets.UTF_8);
             CsvFindingsWriter csv = new CsvFindingsWriter(csvOut)) {
            ReportWriter both = new ReportWriter() {
                @Override
                public void result(CaseResult result) throws IOException {
                    ids.add(result.caseId());
                    json.add(JsonReportWriter.MAPPER.writeValueAsString(result));
                    List<String> each = new ArrayList<>();
                    for (Finding f : result.findings()) {
                        each.add(JsonReportWriter.MAPPER.writeValueAsString(f));
                    }
                    findings.add(each);
                    csv.result(result);
                }

                @Override
                public void finish(RunSummary s, Provenance provenance) throws IOException {
                    csv.finish(s, provenance);
                }

                @Override
                public void close() {
                }
            };
            summary = new BatchCheck<>(new Evaluator<>(Fixtures.standard()), CaseCsv.SCHEMA)
                    .run(file, asOf, language, "regression", both, n -> { });
        }
        return new Report(name, ids, json, findings, csvBytes.toString(StandardCharsets.UTF_8),
                JsonReportWriter.MAPPER.writeValueAsString(JsonReportWriter.summaryView(summary)));
    }

    /** Digests of a simulation's CSV of changes and of its JSON (changes and summary), as {@code simulate} writes them. */
    static Map<String, String> simulate(String name, Path file, LocalDate asOf, String language) throws IOException {
        AmendedStandard<Case> amended = Fixtures.amendments().apply(SIMULATED.stream().map(DvStandard::shippedAmendment).toList(),
                LocalDate.of(2017, 1, 20));
        ByteArrayOutputStream csvBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream jsonBytes = new ByteArrayOutputStream();
        Map<String, String> out = new LinkedHashMap<>();
        try (Writer csvOut = new OutputStreamWriter(csvBytes, StandardCharsets.UTF_8);
             SimulationCsvWriter csv = new SimulationCsvWriter(csvOut);
             SimulationJsonWriter json = new SimulationJsonWriter(jsonBytes, false);
             CsvCaseReader<Case> reader = CsvCaseReader.open(file, CaseCsv.SCHEMA)) {
            var summary = new Simulation<>(amended).run(reader, reader.detected(), asOf, language, new kz.socialservices.checker.engine.simulation.SimulationWriter() {
                @Override
                public void changed(kz.socialservices.checker.engine.simulation.CaseDiff diff) throws IOException {
                    csv.changed(diff);
                    json.changed(diff);
                }

                @Override
                public void finish(kz.socialservices.checker.engine.simulation.SimulationSummary s,
                                   kz.socialservices.checker.engine.simulation.SimulationProvenance provenance) throws IOException {
                    csv.finish(s, provenance);
                }

                @Override
                public void close() {
                }
            }, n -> { });
            out.put(name + ".summary", sha256(JsonReportWriter.MAPPER.writeValueAsString(SimulationJsonWriter.summaryView(summary))));
            json.close();
        }
        out.put(name + ".changes.csv", sha256(csvBytes.toString(StandardCharsets.UTF_8)));
        out.put(name + ".changes.json", sha256(jsonBytes.toString(StandardCharsets.UTF_8)));
        return out;
    }

    private static void compareText(String file, String now) throws IOException {
        Path recorded = RECORDED.resolve(file);
        if (RECORD) {
            write(recorded, now);
            return;
        }
        List<String> before = Files.readAllLines(recorded, StandardCharsets.UTF_8);
        List<String> after = now.lines().toList();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String b = i < before.size() ? before.get(i) : "(none)";
            String a = i < after.size() ? after.get(i) : "(none)";
            assertThat(a).as("%s line %d (of %d recorded) differs%n  recorded: %s%n  now:      %s%n%s", file, i + 1, before.size(), b, a,
                    HOW_TO_RECORD).isEqualTo(b);
        }
    }

    /** The first case that differs is named, with the requirements whose findings differ somewhere; then every digest is compared. */
    private static void compare(String group, Map<String, String> digests, List<Report> reports) throws IOException {
        List<String> differing = differingDigests(group, digests);
        for (Report r : reports) {
            compareCases(r, differing);
        }
        assertThat(differing).as("%s: reports whose digest differs from the recorded one (a requirement listed is one whose findings "
                + "differ somewhere in the file)%n%s", group, HOW_TO_RECORD).isEmpty();
    }

    private static void compareCases(Report r, List<String> differing) throws IOException {
        Path recorded = RECORDED.resolve(r.name() + ".cases");
        if (RECORD) {
            write(recorded, r.caseDigests());
            return;
        }
        List<String> before = Files.readAllLines(recorded, StandardCharsets.UTF_8);
        List<String> after = r.caseDigests().lines().toList();
        assertThat(after).as("%s: cases reported%n%s", r.name(), HOW_TO_RECORD).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                String prefix = r.name() + ".requirement.";
                List<String> requirements = differing.stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
                List<String> shown = r.findingJson().get(i).stream()
                        .filter(f -> requirements.isEmpty() || requirements.contains(requirementOf(f))).toList();
                throw new AssertionError(r.name() + ": case " + r.caseIds().get(i) + " (result " + (i + 1) + " of " + before.size()
                        + ") is the first whose report differs from the recorded one; requirements whose findings differ in the file: "
                        + requirements + "; its findings of those now:\n  "
                        + String.join("\n  ", shown) + "\n" + HOW_TO_RECORD);
            }
        }
    }

    /** The keys whose digest differs from the recorded one (or is new or gone). */
    private static List<String> differingDigests(String group, Map<String, String> now) throws IOException {
        Path recorded = RECORDED.resolve(group + ".digests");
        StringBuilder text = new StringBuilder();
        now.forEach((k, v) -> text.append(k).append(' ').append(v).append('\n'));
        if (RECORD) {
            write(recorded, text.toString());
            return List.of();
        }
        Map<String, String> before = new LinkedHashMap<>();
        for (String line : Files.readAllLines(recorded, StandardCharsets.UTF_8)) {
            String[] kv = line.split(" ", 2);
            before.put(kv[0], kv[1]);
        }
        List<String> differing = new ArrayList<>(now.keySet().stream().filter(k -> !now.get(k).equals(before.get(k))).toList());
        before.keySet().stream().filter(k -> !now.containsKey(k)).forEach(differing::add);
        return differing;
    }

    private static final String HOW_TO_RECORD = "If the change of report is intended, record anew (see ReportRegressionTest's comment) "
            + "and review the diff of rules/src/test/resources/regression.";

    private static String requirementOf(String findingJson) {
        int at = findingJson.indexOf("\"requirement\":\"") + "\"requirement\":\"".length();
        return findingJson.substring(at, findingJson.indexOf('"', at));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
