package kz.socialservices.checker.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.audit.Audit;
import kz.socialservices.checker.engine.audit.AuditReport;
import kz.socialservices.checker.engine.audit.AuditSpec;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.report.BatchCheck;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.CaseFacts;
import kz.socialservices.checker.standard.DvStandard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ministry's audit of {@code fixtures/national/}: for 2021 it gives the 2021 monitoring note's answers
 * (REQUIREMENTS.md, "The national synthetic dataset"), read from the audit's own output, centre by centre.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NationalAuditTest {

    static final Path NATIONAL = NationalRegisterTest.SHIPPED;
    static final String AS_OF = "2025-12-31";

    /** The national file audited for 2021 by the command line, as the ministry runs it; the report's file. */
    static Path audit2021(Path dir, String by, String format) {
        Path out = dir.resolve("audit." + format);
        CheckCommandTest.Run run = CheckCommandTest.run("audit", NATIONAL.toString(), "--as-of", AS_OF, "--by", by, "--years", "2021",
                "--format", format, "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return out;
    }

    /** The answer a figure falls in, by the ASSUMED thresholds of REQUIREMENTS.md; the answers from the top. */
    record Bands(List<String> answers, double... lowerBounds) {
        String of(double v) {
            for (int i = 0; i < lowerBounds.length; i++) {
                if (v >= lowerBounds[i]) {
                    return answers.get(i);
                }
            }
            return answers.get(answers.size() - 1);
        }
    }

    static final Bands TABLE_9 = new Bands(List.of("always", "almost always", "often", "sometimes", "never"), 0.97, 0.90, 0.75, 0.40);
    static final Bands TABLE_10 = new Bands(List.of("95-100%", "75-95%", "50-75%", "under 50%"), 0.95, 0.75, 0.50);
    static final Bands TABLE_11 = new Bands(List.of("always", "almost always", "often", "sometimes", "never"), 0.50, 0.35, 0.15, 0.01);

    @Test
    void auditing_2021_by_centre_gives_the_notes_answers_for_tables_9_10_11_and_the_terminations(@TempDir Path dir) throws IOException {
        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(audit2021(dir, "centre", "json")));
        assertNoCaseKey(NATIONAL, report.toString());
        JsonNode centres = grouping(report, "centre");
        assertThat(centres).hasSize(17);

        Map<String, Integer> table9 = new TreeMap<>();
        Map<String, Integer> table10 = new TreeMap<>();
        Map<String, Map<String, Integer>> table11 = new TreeMap<>();
        int rulesViolation = 0;
        int absence = 0;
        int breach = 0;
        Map<String, String> asm02ByCentre = new TreeMap<>();
        for (JsonNode centre : centres) {
            String id = centre.get("value").asString();
            JsonNode asm02 = requirement(centre, "ASM-02");
            String t9 = TABLE_9.of(published(asm02, "complianceRate", id));
            table9.merge(t9, 1, Integer::sum);
            asm02ByCentre.put(id, t9);

            JsonNode plans = indicator(centre, CaseFacts.PLAN_MEASURES);
            table10.merge(TABLE_10.of(published(category(plans, CaseFacts.DONE), "share", id)), 1, Integer::sum);

            JsonNode exits = indicator(centre, CaseFacts.EXIT_REASON);
            for (String reason : List.of("PERIOD_ENDED", "TRANSFER", "GOALS_ACHIEVED", "RECIPIENT_DECISION")) {
                table11.computeIfAbsent(reason, k -> new TreeMap<>())
                        .merge(TABLE_11.of(published(category(exits, reason), "share", id)), 1, Integer::sum);
            }
            boolean rv = published(category(exits, "RULES_VIOLATION"), "count", id) > 0;
            boolean ua = published(category(exits, "UNAUTHORISED_ABSENCE"), "count", id) > 0;
            rulesViolation += rv ? 1 : 0;
            absence += ua ? 1 : 0;
            breach += rv || ua ? 1 : 0;
        }
        assertThat(table9).as("Table 9, ASM-02 on time").isEqualTo(Map.of("always", 8, "almost always", 7, "often", 2));
        assertThat(table10).as("Table 10, plan completion").isEqualTo(Map.of("95-100%", 4, "75-95%", 12, "50-75%", 1));
        assertThat(table11.get("PERIOD_ENDED")).isEqualTo(answers(0, 7, 3, 1, 6));
        assertThat(table11.get("TRANSFER")).isEqualTo(answers(4, 10, 2, 0, 1));
        assertThat(table11.get("GOALS_ACHIEVED")).isEqualTo(answers(3, 5, 5, 1, 3));
        assertThat(table11.get("RECIPIENT_DECISION")).isEqualTo(answers(12, 4, 1, 0, 0));
        assertThat(List.of(breach, rulesViolation, absence)).as("centres ending services for breach, for violations, for absence")
                .containsExactly(9, 7, 2);
        // and each centre gives the answer it was made for
        for (NationalRegister.Centre c : NationalRegister.CENTRES) {
            String expected = switch (c.table9()) {
                case ALWAYS -> "always";
                case ALMOST_ALWAYS -> "almost always";
                case OFTEN -> "often";
            };
            assertThat(asm02ByCentre.get(c.id())).as(c.id()).isEqualTo(expected);
        }
    }

    @Test
    void no_case_key_of_a_register_appears_in_the_audit_as_text_json_or_csv(@TempDir Path dir) throws IOException {
        Path sample = CheckCommandTest.SAMPLE;
        for (String format : List.of("text", "json", "csv")) {
            Path out = dir.resolve("audit." + format);
            CheckCommandTest.Run run = CheckCommandTest.run("audit", sample.toString(), "--as-of", "2025-03-31", "--by", "centre,year",
                    "--min-cell", "3", "--format", format, "--out", out.toString());
            assertThat(run.exit()).as(run.err()).isZero();
            assertNoCaseKey(sample, Files.readString(out));
            assertNoCaseKey(sample, run.err());
        }
    }

    /** Every word of the output that could be a key (letters, digits, dashes) is looked up among the register's keys. */
    static void assertNoCaseKey(Path register, String output) throws IOException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(register, CaseCsv.SCHEMA)) {
            reader.forEachRemaining(r -> keys.add(r.value().caseId()));
        }
        assertThat(keys).isNotEmpty();
        List<String> leaked = java.util.Arrays.stream(output.split("[^A-Za-z0-9-]+")).filter(keys::contains).distinct().toList();
        assertThat(leaked).as("case keys in the audit").isEmpty();
    }

    /** never / sometimes / often / almost always / always, leaving out the answers no centre gave. */
    private static Map<String, Integer> answers(int never, int sometimes, int often, int almostAlways, int always) {
        Map<String, Integer> out = new TreeMap<>();
        int[] counts = {never, sometimes, often, almostAlways, always};
        String[] names = {"never", "sometimes", "often", "almost always", "always"};
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                out.put(names[i], counts[i]);
            }
        }
        return out;
    }

    static JsonNode grouping(JsonNode report, String name) {
        return named(report.get("groupings"), "grouping", name).get("groups");
    }

    static JsonNode requirement(JsonNode group, String id) {
        return named(group.get("requirements"), "requirement", id);
    }

    static JsonNode indicator(JsonNode group, String name) {
        return named(group.get("indicators"), "indicator", name);
    }

    static JsonNode category(JsonNode indicator, String name) {
        return named(indicator.get("categories"), "category", name);
    }

    /** The element of a list whose {@code key} is {@code name}. */
    static JsonNode named(JsonNode list, String key, String name) {
        for (JsonNode n : list) {
            if (n.get(key).asString().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + key + " " + name);
    }

    /** A figure the audit published; a suppressed one cannot be classified, and fails the test. */
    static double published(JsonNode node, String field, String centre) {
        assertThat(node.get(field).isNull()).as("%s: %s of %s is suppressed, so its answer cannot be read", centre, field, node).isFalse();
        return node.get(field).asDouble();
    }

    @Test
    void compliance_rates_per_region_and_requirement_are_those_recomputed_from_the_case_level_findings_of_the_same_run()
            throws IOException {
        Standard<Case> standard = DvStandard.load();
        Audit audit = Audit.of(new AuditSpec(List.of("region"), LocalDate.parse(AS_OF)), standard);
        Map<String, Map<String, long[]>> byRegion = new TreeMap<>(); // region -> requirement -> {C, NC}
        ReportWriter both = new ReportWriter() {
            @Override
            public void result(CaseResult r) {
                audit.result(r);
                for (Finding f : r.findings()) {
                    long[] n = byRegion.computeIfAbsent(r.dimensions().get("region"), k -> new HashMap<>())
                            .computeIfAbsent(f.requirement(), k -> new long[2]);
                    if (f.verdict() == Verdict.COMPLIANT) {
                        n[0]++;
                    } else if (f.verdict() == Verdict.NON_COMPLIANT) {
                        n[1]++;
                    }
                }
            }

            @Override
            public void finish(RunSummary summary, Provenance provenance) {
                audit.finish(summary, provenance);
            }

            @Override
            public void close() {
            }
        };
        try (CsvCaseReader<Case> reader = CsvCaseReader.open(NATIONAL, CaseCsv.SCHEMA)) {
            new BatchCheck<>(new Evaluator<>(standard), CaseCsv.SCHEMA).run(reader, LocalDate.parse(AS_OF), "en", "test", both, n -> { });
        }
        AuditReport report = audit.report();
        int compared = 0;
        int defined = 0;
        for (AuditReport.Group region : report.grouping("region").groups()) {
            assertThat(region.requirements()).hasSize(standard.catalogue().all().size() + 1);
            for (AuditReport.RequirementFigures f : region.requirements().subList(1, region.requirements().size())) {
                long[] n = byRegion.get(region.value()).getOrDefault(f.requirement(), new long[2]);
                if (n[0] + n[1] > 0) {
                    defined++;
                }
                if (f.complianceRate() != null) {
                    assertThat(f.complianceRate()).as("%s %s", region.value(), f.requirement()).isEqualTo((double) n[0] / (n[0] + n[1]));
                    compared++;
                } else if (!f.suppressed().contains("complianceRate")) {
                    assertThat(n[0] + n[1]).as("%s %s: undefined only without C or NC", region.value(), f.requirement()).isZero();
                }
            }
        }
        assertThat(byRegion).hasSize(15);
        assertThat(compared).as("rates published of %d defined", defined).isGreaterThan(defined * 3 / 4);
    }

    @Test
    void no_suppressed_figure_of_the_regional_table_can_be_recomputed_from_the_figures_beside_it(@TempDir Path dir) throws IOException {
        String csv = Files.readString(audit2021(dir, "region,centre", "csv"));
        assertNoCaseKey(NATIONAL, csv);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        Peeling published = Peeling.of(rows);
        assertThat(published.unknowns()).as("some figures are suppressed").isGreaterThan(100);
        assertThat(published.solve()).as("suppressed figures recomputed from the published ones").isEmpty();

        // the attacker is not blind: one published figure hidden alone is found again
        Peeling oneHidden = Peeling.of(rows);
        String hidden = oneHidden.hideOnePublished();
        assertThat(oneHidden.solve()).containsKey(hidden);
    }

    /**
     * An auditor with a spreadsheet: every sum that holds between the published figures (a row's cases and its
     * verdicts, the overall row and the requirements, a region and its centres, the country and its regions),
     * solved one unknown at a time until nothing more comes out.
     */
    static final class Peeling {
        private static final List<String> COUNTS = List.of("compliant", "non_compliant", "pending", "undetermined", "overdue", "due_soon");
        private final Map<String, Long> known = new LinkedHashMap<>();
        private final Map<String, Boolean> unknown = new LinkedHashMap<>();
        private final List<List<String>> sums = new ArrayList<>(); // [total, part, part, ...]

        static Peeling of(List<CSVRecord> rows) {
            Peeling p = new Peeling();
            Map<String, List<String>> centresOfRegion = new TreeMap<>();
            List<String> requirements = new ArrayList<>();
            for (CSVRecord r : rows) {
                String row = r.get("group") + "/" + r.get("value") + "/" + r.get("requirement");
                for (String column : List.of("cases", "compliant", "non_compliant", "pending", "undetermined", "overdue", "due_soon")) {
                    String cell = row + "/" + column;
                    if (r.get(column).isEmpty()) {
                        p.unknown.put(cell, true);
                    } else {
                        p.known.put(cell, Long.parseLong(r.get(column)));
                    }
                }
                if (r.get("group").equals("region|centre") && r.get("requirement").equals("ALL")) {
                    String[] v = r.get("value").split("\\|");
                    centresOfRegion.computeIfAbsent(v[0], k -> new ArrayList<>()).add(v[1]);
                }
                if (r.get("group").equals("all") && !r.get("requirement").equals("ALL")) {
                    requirements.add(r.get("requirement"));
                }
            }
            List<String> allRequirements = new ArrayList<>(requirements);
            allRequirements.add("ALL");
            for (String req : allRequirements) {
                // across regions and centres even the overall row's distinct cases add up: a case is in one centre
                for (String column : List.of("cases", "compliant", "non_compliant", "pending", "undetermined", "overdue", "due_soon")) {
                    List<String> regions = new ArrayList<>();
                    List<String> centres = new ArrayList<>();
                    centresOfRegion.forEach((region, list) -> {
                        regions.add("region/" + region + "/" + req + "/" + column);
                        List<String> parts = new ArrayList<>();
                        for (String centre : list) {
                            parts.add("region|centre/" + region + "|" + centre + "/" + req + "/" + column);
                            centres.add("centre/" + centre + "/" + req + "/" + column);
                            p.sum("centre/" + centre + "/" + req + "/" + column, List.of("region|centre/" + region + "|" + centre + "/" + req + "/" + column));
                        }
                        p.sum("region/" + region + "/" + req + "/" + column, parts);
                    });
                    p.sum("all/all/" + req + "/" + column, regions);
                    p.sum("all/all/" + req + "/" + column, centres);
                }
            }
            for (CSVRecord r : rows) {
                String row = r.get("group") + "/" + r.get("value") + "/";
                if (!r.get("requirement").equals("ALL")) {
                    String req = row + r.get("requirement") + "/";
                    p.sum(req + "cases", List.of(req + "compliant", req + "non_compliant", req + "pending", req + "undetermined"));
                } else {
                    for (String column : COUNTS) {
                        p.sum(row + "ALL/" + column, requirements.stream().map(q -> row + q + "/" + column).toList());
                    }
                }
            }
            return p;
        }

        private void sum(String total, List<String> parts) {
            List<String> members = new ArrayList<>();
            members.add(total);
            members.addAll(parts);
            sums.add(members);
        }

        int unknowns() {
            return unknown.size();
        }

        String hideOnePublished() {
            String cell = known.keySet().stream().filter(c -> c.startsWith("region|centre/") && c.endsWith("/compliant")
                    && known.get(c) > 0).findFirst().orElseThrow();
            known.remove(cell);
            unknown.put(cell, true);
            return cell;
        }

        /** The withheld figures found again, with their values. */
        Map<String, Long> solve() {
            Map<String, Long> found = new LinkedHashMap<>();
            boolean progress = true;
            while (progress) {
                progress = false;
                for (List<String> s : sums) {
                    List<String> missing = s.stream().filter(c -> !known.containsKey(c)).toList();
                    if (missing.size() != 1) {
                        continue;
                    }
                    String cell = missing.get(0);
                    long others = s.stream().skip(1).filter(known::containsKey).mapToLong(known::get).sum();
                    long value = cell.equals(s.get(0)) ? others : known.get(s.get(0)) - others;
                    known.put(cell, value);
                    if (unknown.containsKey(cell)) {
                        found.put(cell, value);
                    }
                    progress = true;
                }
            }
            return found;
        }
    }
}
