package kz.socialservices.checker.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.params.Parameter;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import org.junit.jupiter.api.Test;

/**
 * The project's conventions, enforced: every requirement has a rule, boundary fixtures reaching
 * each of its verdicts, and a Cucumber scenario; every rule names a requirement and lives in its
 * chapter's file; rules hold no numbers; parameters are all declared and all used.
 */
class ConventionTest {

    private static final Pattern RULE = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);
    private static final Map<String, String> CHAPTER_FILE = Map.of("ADM", "admission.drl", "PROC", "procedure.drl",
            "ASM", "assessment.drl", "IPR", "plan.drl", "MON", "monitoring.drl", "STAY", "stay.drl",
            "EXIT", "exit.drl", "CONF", "confidentiality.drl");

    private final List<Requirement> catalogue = List.copyOf(Fixtures.standard().catalogue().all());

    @Test
    void every_requirement_has_a_rule_and_every_rule_names_a_requirement_in_its_chapter_file() throws IOException {
        Map<String, List<String>> rulesByFile = rulesByFile();
        Set<String> ids = catalogue.stream().map(Requirement::id).collect(Collectors.toSet());
        rulesByFile.forEach((file, names) -> names.forEach(name -> {
            String id = name.split(" ", 2)[0];
            assertThat(ids).as("rule \"%s\" in %s must start with a catalogue requirement id", name, file).contains(id);
            assertThat(CHAPTER_FILE.get(id.split("-")[0])).as("rule \"%s\" belongs in its chapter's file", name).isEqualTo(file);
        }));
        for (Requirement r : catalogue) {
            assertThat(rulesByFile.getOrDefault(CHAPTER_FILE.get(r.chapter()), List.of()))
                    .as("%s needs at least one rule in %s", r.id(), CHAPTER_FILE.get(r.chapter()))
                    .anyMatch(name -> name.startsWith(r.id() + " "));
        }
        assertThat(Fixtures.standard().rules().ruleNames()).containsExactlyInAnyOrderElementsOf(
                rulesByFile.values().stream().flatMap(List::stream).toList());
    }

    @Test
    void every_requirement_cites_its_basis_above_its_rules() throws IOException {
        for (Requirement r : catalogue) {
            String drl = drl(CHAPTER_FILE.get(r.chapter()));
            assertThat(Pattern.compile("// " + r.id() + ":[\\s\\S]*?Basis: " + r.basis()).matcher(drl).find())
                    .as("%s: a comment quoting the requirement and citing 'Basis: %s'", r.id(), r.basis()).isTrue();
        }
    }

    @Test
    void rules_hold_no_numbers_every_value_comes_from_parameters() throws IOException {
        for (String file : DvStandard.CHAPTER_FILES) {
            List<String> code = Stream.of(drl(file).split("\n"))
                    .map(line -> line.replaceAll("//.*", "").replaceAll("\"[^\"]*\"", "\"\""))
                    .toList();
            for (int i = 0; i < code.size(); i++) {
                assertThat(code.get(i)).as("%s line %d: a number belongs in parameters.yaml", file, i + 1)
                        .doesNotContainPattern("(?<![\\w.])[1-9][0-9]*(?![\\w])");
            }
        }
    }

    @Test
    void rules_never_change_a_case() throws IOException {
        for (String file : DvStandard.CHAPTER_FILES) {
            assertThat(drl(file)).as(file).doesNotContain("modify(", "modify (", "update(", "insert(", "delete(", "retract(");
        }
    }

    @Test
    void every_requirement_has_boundary_fixtures_reaching_each_of_its_verdicts() throws IOException {
        for (Requirement r : catalogue) {
            Path cases = Fixtures.path("boundary/" + r.id() + ".csv");
            Path expected = Fixtures.path("boundary/" + r.id() + ".expected.csv");
            assertThat(cases).as("boundary cases for %s", r.id()).exists();
            assertThat(expected).as("expected verdicts for %s", r.id()).exists();
            Set<Verdict> reached = EnumSet.noneOf(Verdict.class);
            BoundaryFixturesTest.expectations(expected, r.id()).forEach(e -> reached.add(e.verdict()));
            assertThat(reached).as("%s: verdicts its boundary fixtures reach", r.id()).containsAll(r.verdicts());
        }
    }

    @Test
    void every_requirement_has_a_cucumber_rule_in_the_centre_features() throws IOException {
        Path centre = Fixtures.ROOT.getParent().resolve("features/centre");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(centre)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        for (Requirement r : catalogue) {
            assertThat(Pattern.compile("@" + r.id() + "\\s*\\n\\s*Rule: " + r.id() + " ").matcher(all).find())
                    .as("features/centre: a Rule for %s tagged @%s", r.id(), r.id()).isTrue();
            assertThat(Pattern.compile("Rule: " + r.id() + " [^\\n]*\\n(?:(?!\\s*Rule:)[\\s\\S])*?Scenario").matcher(all).find())
                    .as("features/centre: at least one scenario under the Rule for %s", r.id()).isTrue();
        }
    }

    @Test
    void every_parameter_is_declared_for_the_requirements_that_use_it_and_every_parameter_is_used() throws IOException {
        Set<String> declared = Fixtures.standard().parameters().all().stream().map(Parameter::name).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        for (Requirement r : catalogue) {
            used.addAll(r.parameters());
            assertThat(declared).as("%s's parameters", r.id()).containsAll(r.parameters());
            if (r.deadline() != null) {
                assertThat(r.parameters()).as("%s lists its deadline's parameter", r.id()).contains(r.deadline().parameter());
            }
        }
        assertThat(used).as("parameters no requirement uses").containsExactlyInAnyOrderElementsOf(declared);
        Pattern named = Pattern.compile("\"([a-z]+\\.[a-z_]+)\"");
        for (Requirement r : catalogue) {
            Matcher m = named.matcher(drl(CHAPTER_FILE.get(r.chapter())));
            while (m.find()) {
                assertThat(declared).as("parameter %s named in %s", m.group(1), CHAPTER_FILE.get(r.chapter())).contains(m.group(1));
            }
        }
    }

    // Amendment packages (standard/amendments/): the requirements they add or replace live there, and
    // keep the same conventions.

    @Test
    void every_requirement_a_package_adds_or_replaces_has_a_rule_citing_its_basis_in_the_package_drl() {
        for (AmendmentPackage p : DvStandard.shippedAmendments()) {
            String drl = String.join("\n", p.drl().values());
            for (Requirement r : packageRequirements(p)) {
                assertThat(RULE.matcher(drl).results().map(m -> m.group(1)).anyMatch(n -> n.startsWith(r.id() + " ")))
                        .as("%s: a rule for %s in its DRL", p.id(), r.id()).isTrue();
                assertThat(Pattern.compile("// " + r.id() + ":[\\s\\S]*?Basis: " + r.basis()).matcher(drl).find())
                        .as("%s: a comment quoting %s and citing 'Basis: %s'", p.id(), r.id(), r.basis()).isTrue();
            }
        }
    }

    @Test
    void package_rules_hold_no_numbers_and_never_change_a_case_and_name_only_parameters_they_declare() {
        Pattern named = Pattern.compile("\"([a-z]+\\.[a-z_]+)\"");
        for (AmendmentPackage p : DvStandard.shippedAmendments()) {
            Set<String> declared = new TreeSet<>();
            Fixtures.standard().parameters().all().forEach(x -> declared.add(x.name()));
            p.newParameters().forEach(n -> declared.add(n.name()));
            Set<String> used = new TreeSet<>();
            packageRequirements(p).forEach(r -> used.addAll(r.parameters()));
            assertThat(used).as("%s: every parameter its new ones are used by its requirements", p.id())
                    .containsAll(p.newParameters().stream().map(n -> n.name()).toList());
            p.drl().forEach((file, text) -> {
                assertThat(text).as(file).doesNotContain("modify(", "modify (", "update(", "insert(", "delete(", "retract(");
                List<String> code = Stream.of(text.split("\n"))
                        .map(line -> line.replaceAll("//.*", "").replaceAll("\"[^\"]*\"", "\"\"")).toList();
                for (int i = 0; i < code.size(); i++) {
                    assertThat(code.get(i)).as("%s line %d: a number belongs in the package's parameters", file, i + 1)
                            .doesNotContainPattern("(?<![\\w.])[1-9][0-9]*(?![\\w])");
                }
                Matcher m = named.matcher(text);
                while (m.find()) {
                    assertThat(declared).as("parameter %s named in %s", m.group(1), file).contains(m.group(1));
                }
            });
        }
    }

    @Test
    void every_package_has_boundary_fixtures_reaching_each_verdict_of_what_it_adds_or_replaces() throws IOException {
        for (AmendmentPackage p : DvStandard.shippedAmendments()) {
            Path expected = Fixtures.path("amendments/" + p.id() + "/expected.csv");
            assertThat(expected).as("fixtures of %s", p.id()).exists();
            List<AmendmentFixturesTest.Expectation> all = AmendmentFixturesTest.expectations(expected);
            assertThat(all.stream().anyMatch(e -> !e.before().equals(e.after()))).as("%s: a fixture whose verdict flips", p.id()).isTrue();
            assertThat(all.stream().anyMatch(e -> e.inForceFrom() == null)).as("%s: a fixture at its own effective date", p.id()).isTrue();
            for (Requirement r : packageRequirements(p)) {
                Set<Verdict> reached = EnumSet.noneOf(Verdict.class);
                all.stream().filter(e -> e.requirement().equals(r.id())).forEach(e -> reached.add(Verdict.valueOf(e.after())));
                assertThat(reached).as("%s: verdicts its fixtures reach for %s", p.id(), r.id()).containsAll(r.verdicts());
            }
        }
    }

    @Test
    void every_package_has_a_drafter_scenario_naming_what_it_adds_or_replaces() throws IOException {
        Path drafter = Fixtures.ROOT.getParent().resolve("features/drafter");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(drafter)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".feature")).sorted().toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        for (AmendmentPackage p : DvStandard.shippedAmendments()) {
            Matcher rule = Pattern.compile("@" + Pattern.quote(p.id()) + "\\s*\\n\\s*Rule: ([^\\n]*)\\n((?:(?!\\n\\s*@[a-z0-9-]+\\s*\\n\\s*Rule:)[\\s\\S])*)")
                    .matcher(all);
            assertThat(rule.find()).as("features/drafter: a Rule tagged @%s", p.id()).isTrue();
            assertThat(rule.group(2)).as("features/drafter: a scenario under the Rule for %s", p.id()).contains("Scenario");
            for (Requirement r : packageRequirements(p)) {
                assertThat(rule.group(2)).as("features/drafter: %s's scenarios name %s", p.id(), r.id()).contains(r.id());
            }
        }
    }

    private static List<Requirement> packageRequirements(AmendmentPackage p) {
        List<Requirement> out = new ArrayList<>(p.added());
        out.addAll(p.replaced());
        return out;
    }

    @Test
    void the_catalogue_lists_exactly_the_requirements_of_the_brief() throws IOException {
        Path brief = Fixtures.ROOT.getParent().resolveSibling("shared/standard/REQUIREMENTS.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(brief), "shared/ is beside the project");
        Set<String> ids = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| ((?:ADM|PROC|ASM|IPR|MON|STAY|EXIT|CONF)-\\d{2}) \\|", Pattern.MULTILINE)
                .matcher(Files.readString(brief));
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(catalogue.stream().map(Requirement::id).toList()).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void the_shipped_holiday_calendar_is_the_published_one() throws IOException {
        Path published = Fixtures.ROOT.getParent().resolveSibling("shared/standard/kz-non-working-days.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(published), "shared/ is beside the project");
        assertThat(DvStandard.text("calendar/kz-non-working-days.csv")).isEqualTo(Files.readString(published));
    }

    private static Map<String, List<String>> rulesByFile() throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String file : DvStandard.CHAPTER_FILES) {
            List<String> names = new ArrayList<>();
            Matcher m = RULE.matcher(drl(file));
            while (m.find()) {
                names.add(m.group(1));
            }
            out.put(file, names);
        }
        return out;
    }

    private static String drl(String file) throws IOException {
        return DvStandard.text("drl/" + file);
    }
}
