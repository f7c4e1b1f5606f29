package kz.socialservices.checker.engine.simulation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import kz.socialservices.checker.engine.catalogue.Requirement;
import kz.socialservices.checker.engine.catalogue.RequirementCatalogue;
import kz.socialservices.checker.engine.evaluation.Hashing;
import kz.socialservices.checker.engine.evaluation.Messages;
import kz.socialservices.checker.engine.simulation.AmendmentRefusedException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads an amendment package: a YAML file of the form
 * <pre>
 * id: asm-02-ten-days
 * title: {en: "...", ru: "...", kk: "..."}
 * rationale: {en: "...", ru: "...", kk: "..."}       # optional
 * effective: 2027-01-01
 * parameters:                                        # changes of the standard's parameters
 *   assessment.deadline_days: 10                     # or {value: 5, unit: working_days}
 * newParameters:                                     # parameters it introduces
 *   exit.follow_up_days: {description: "...", unit: calendar_days, value: 30}
 * requirements: {add: [catalogue entries], replace: [catalogue entries], withdraw: [ids]}
 * drl: [file.drl]                                    # beside the package; rules of what it adds or replaces
 * messages: {en: {REQ-ID: {VERDICT: template}}, ru: ..., kk: ...}
 * labels: {en: {NEW_CODE: "label"}, ru: ..., kk: ...}
 * </pre>
 * Here the package is checked on its own (form, languages, dates, that every requirement it adds or
 * replaces has a rule); {@link Amendments} checks it against the standard it amends. Every problem
 * is collected and reported with its place, never the first alone.
 */
public final class AmendmentReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> KEYS = Set.of("id", "title", "rationale", "effective", "source", "parameters",
            "newParameters", "requirements", "drl", "messages", "labels");
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("^rule \"([^\"]+)\"", java.util.regex.Pattern.MULTILINE);

    private final List<String> languages;

    /** @param languages the languages every title, message and label must be given in */
    public AmendmentReader(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    /**
     * @param yaml      the package file's text
     * @param name      how errors name the file (e.g. {@code asm-02-seven-days.yaml})
     * @param drlFiles  the text of a DRL file the package names, or null when it does not exist; null
     *                  itself when the package may not carry rules (an upload): then any {@code drl},
     *                  and any requirement added or replaced, is refused ({@code drl_not_allowed})
     * @throws AmendmentRefusedException with every problem found
     */
    public AmendmentPackage read(String yaml, String name, Function<String, String> drlFiles) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw AmendmentRefusedException.of(name + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr()),
                    "invalid", "not a YAML document");
        }
        if (root == null || !root.isObject()) {
            throw AmendmentRefusedException.of(name, "invalid", "expected a YAML map with id, title, effective and what it changes");
        }
        root.properties().forEach(e -> {
            if (!KEYS.contains(e.getKey())) {
                problems.add(new Problem(name + ": " + e.getKey(), "invalid", "unknown key; a package has " + new java.util.TreeSet<>(KEYS)));
            }
        });
        String id = root.path("id").asString("");
        if (!id.matches("[a-z0-9][a-z0-9-]{1,63}")) {
            problems.add(new Problem(name + ": id", "invalid", "an id of lower-case letters, digits and '-' is needed"));
        }
        String where = name;
        Map<String, String> title = texts(root.get("title"), where + ": title", true, problems);
        Map<String, String> rationale = texts(root.get("rationale"), where + ": rationale", false, problems);
        LocalDate effective = null;
        try {
            effective = LocalDate.parse(root.path("effective").asString(""));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(where + ": effective", "invalid", "the date it would come into force is needed (yyyy-MM-dd)"));
        }

        List<AmendmentPackage.ParameterChange> changes = new ArrayList<>();
        JsonNode params = root.get("parameters");
        if (params != null && !params.isNull()) {
            if (!params.isObject()) {
                problems.add(new Problem(where + ": parameters", "invalid", "expected a map of parameter: value"));
            } else {
                for (Map.Entry<String, JsonNode> e : params.properties()) {
                    String place = where + ": parameters." + e.getKey();
                    JsonNode v = e.getValue();
                    if (v.isObject()) {
                        for (String key : iterable(v.propertyNames())) {
                            if (!Set.of("value", "unit", "basis").contains(key)) {
                                problems.add(new Problem(place + "." + key, "invalid", "a change has a value and, where it changes, a unit"));
                            }
                        }
                        if (v.has("basis") && !v.get("basis").asString("").equals("ASSUMED")) {
                            problems.add(new Problem(place + ".basis", "invalid", "an amended value is a proposal: its basis is ASSUMED"));
                        }
                        if (!v.has("value")) {
                            problems.add(new Problem(place, "invalid", "the new value is missing"));
                        }
                        changes.add(new AmendmentPackage.ParameterChange(e.getKey(), v.get("value"), unit(v.get("unit"), place + ".unit", problems)));
                    } else {
                        changes.add(new AmendmentPackage.ParameterChange(e.getKey(), v, null));
                    }
                }
            }
        }

        List<AmendmentPackage.NewParameter> newParameters = new ArrayList<>();
        JsonNode declared = root.get("newParameters");
        if (declared != null && !declared.isNull()) {
            if (!declared.isObject()) {
                problems.add(new Problem(where + ": newParameters", "invalid", "expected a map of parameter: {description, unit, value}"));
            } else {
                for (Map.Entry<String, JsonNode> e : declared.properties()) {
                    String place = where + ": newParameters." + e.getKey();
                    JsonNode v = e.getValue();
                    String description = v.path("description").asString("");
                    if (description.isBlank()) {
                        problems.add(new Problem(place + ".description", "invalid", "a new parameter needs a description"));
                    }
                    LimitUnit u = unit(v.get("unit"), place + ".unit", problems);
                    if (u == null && !v.has("unit")) {
                        problems.add(new Problem(place + ".unit", "wrong_unit", "a new parameter needs a unit"));
                    }
                    if (!v.has("value")) {
                        problems.add(new Problem(place + ".value", "invalid", "a new parameter needs a value"));
                    }
                    newParameters.add(new AmendmentPackage.NewParameter(e.getKey(), description, u, v.get("value")));
                }
            }
        }

        List<Requirement> added = new ArrayList<>();
        List<Requirement> replaced = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        JsonNode requirements = root.get("requirements");
        if (requirements != null && !requirements.isNull()) {
            for (Map.Entry<String, JsonNode> e : requirements.properties()) {
                String place = where + ": requirements." + e.getKey();
                switch (e.getKey()) {
                    case "add" -> added.addAll(entries(e.getValue(), place, problems));
                    case "replace" -> replaced.addAll(entries(e.getValue(), place, problems));
                    case "withdraw" -> {
                        if (!e.getValue().isArray()) {
                            problems.add(new Problem(place, "invalid", "expected a list of requirement ids"));
                        } else {
                            e.getValue().forEach(x -> withdrawn.add(x.asString()));
                        }
                    }
                    default -> problems.add(new Problem(place, "invalid", "requirements are added, replaced or withdrawn"));
                }
            }
        }
        for (Requirement r : concat(added, replaced)) {
            if (r.basis() != kz.socialservices.checker.engine.Basis.ASSUMED) {
                problems.add(new Problem(where + ": requirements " + r.id() + ".basis", "invalid",
                        "a requirement an amendment proposes is not law yet: its basis is ASSUMED"));
            }
        }

        Map<String, String> drl = new LinkedHashMap<>();
        JsonNode drlNode = root.get("drl");
        List<String> withRules = concat(added, replaced).stream().map(Requirement::id).toList();
        if (drlFiles == null) {
            if (drlNode != null && !drlNode.isNull()) {
                problems.add(new Problem(where + ": drl", "drl_not_allowed", "rules (DRL) are code that runs on the server: a package with "
                        + "rules comes only from the shipped set or the directory the administrator configures"));
            }
            if (!withRules.isEmpty()) {
                problems.add(new Problem(where + ": requirements", "drl_not_allowed", "adding or replacing a requirement needs rules (DRL), "
                        + "which come only from the shipped set or the directory the administrator configures; an uploaded package "
                        + "may change parameters and withdraw requirements"));
            }
        } else if (drlNode != null && !drlNode.isNull()) {
            if (!drlNode.isArray()) {
                problems.add(new Problem(where + ": drl", "invalid", "expected a list of DRL file names beside the package"));
            } else {
                for (JsonNode f : drlNode) {
                    String file = f.asString("");
                    String text = file.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.drl") ? drlFiles.apply(file) : null;
                    if (text == null) {
                        problems.add(new Problem(where + ": drl", "invalid", "no DRL file '" + file + "' beside the package"));
                    } else {
                        drl.put(file, text);
                    }
                }
            }
        }
        if (drlFiles != null) {
            checkRuleNames(where, drl, withRules, problems);
        }

        Map<String, Map<String, Map<String, String>>> messages = new LinkedHashMap<>();
        JsonNode messageNode = root.get("messages");
        if (messageNode != null && !messageNode.isNull()) {
            for (Map.Entry<String, JsonNode> e : messageNode.properties()) {
                if (!languages.contains(e.getKey())) {
                    problems.add(new Problem(where + ": messages." + e.getKey(), "invalid", "not a language of the standard " + languages));
                    continue;
                }
                try {
                    messages.put(e.getKey(), Messages.templates(e.getValue(), where + ": messages." + e.getKey()));
                } catch (IllegalArgumentException x) {
                    problems.add(new Problem(where + ": messages." + e.getKey(), "invalid", x.getMessage()));
                }
            }
        }
        java.util.Set<String> reworded = new java.util.TreeSet<>();
        messages.values().forEach(m -> reworded.addAll(m.keySet()));
        for (String lang : languages) {
            for (String req : withRules.isEmpty() ? reworded : concatIds(withRules, reworded)) {
                if (!messages.getOrDefault(lang, Map.of()).containsKey(req)) {
                    problems.add(new Problem(where + ": messages." + lang, "missing_language", "no messages for " + req + " in " + lang));
                }
            }
        }

        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        JsonNode labelNode = root.get("labels");
        if (labelNode != null && !labelNode.isNull()) {
            for (Map.Entry<String, JsonNode> e : labelNode.properties()) {
                Map<String, String> codes = new LinkedHashMap<>();
                e.getValue().properties().forEach(c -> codes.put(c.getKey(), c.getValue().asString()));
                labels.put(e.getKey(), codes);
            }
            java.util.Set<String> codes = new java.util.TreeSet<>();
            labels.values().forEach(m -> codes.addAll(m.keySet()));
            for (String lang : languages) {
                for (String code : codes) {
                    if (!labels.getOrDefault(lang, Map.of()).containsKey(code)) {
                        problems.add(new Problem(where + ": labels." + lang, "missing_language", "no label for " + code + " in " + lang));
                    }
                }
            }
        }

        if (!problems.isEmpty()) {
            throw new AmendmentRefusedException(problems);
        }
        Map<String, String> content = new LinkedHashMap<>();
        content.put("package.yaml", yaml);
        drl.forEach((file, text) -> content.put("drl/" + file, text));
        return new AmendmentPackage(id, title, rationale, effective, root.path("source").asString(""), List.copyOf(changes),
                List.copyOf(newParameters), List.copyOf(added), List.copyOf(replaced), List.copyOf(withdrawn), Map.copyOf(drl),
                messages, labels, Hashing.sha256(content));
    }

    /** Every requirement it adds or replaces has a rule named by its id, and every rule names one of them. */
    private static void checkRuleNames(String where, Map<String, String> drl, List<String> withRules, List<Problem> problems) {
        java.util.Set<String> ruled = new java.util.HashSet<>();
        drl.forEach((file, text) -> {
            var m = RULE.matcher(text);
            while (m.find()) {
                String id = m.group(1).split(" ", 2)[0];
                if (!withRules.contains(id)) {
                    problems.add(new Problem(where + ": " + file, "invalid", "rule \"" + m.group(1)
                            + "\" must start with the id of a requirement the package adds or replaces " + withRules));
                }
                ruled.add(id);
            }
        });
        for (String id : withRules) {
            if (!ruled.contains(id)) {
                problems.add(new Problem(where + ": requirements " + id, "invalid", "no rule for " + id + " in the package's DRL"));
            }
        }
    }

    private Map<String, String> texts(JsonNode node, String place, boolean required, List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            if (required) {
                problems.add(new Problem(place, "missing_language", "needed in " + String.join(", ", languages)));
            }
            return out;
        }
        for (String lang : languages) {
            String text = node.path(lang).asString("");
            if (text.isBlank()) {
                problems.add(new Problem(place + "." + lang, "missing_language", "missing in " + lang));
            }
            out.put(lang, text);
        }
        return out;
    }

    private static LimitUnit unit(JsonNode node, String place, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return LimitUnit.fromName(node.asString(""));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(place, "wrong_unit", "unknown unit '" + node.asString("") + "'; units are "
                    + java.util.Arrays.stream(LimitUnit.values()).map(LimitUnit::fileName).toList()));
            return null;
        }
    }

    private static List<Requirement> entries(JsonNode list, String place, List<Problem> problems) {
        if (!list.isArray()) {
            problems.add(new Problem(place, "invalid", "expected a list of catalogue entries"));
            return List.of();
        }
        List<Requirement> out = new ArrayList<>();
        for (JsonNode n : list) {
            try {
                out.addAll(RequirementCatalogue.entries(YAML.createArrayNode().add(n), place));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(place, "invalid", e.getMessage()));
            }
        }
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static java.util.Set<String> concatIds(List<String> a, java.util.Set<String> b) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static <T> Iterable<T> iterable(java.util.Collection<T> c) {
        return c;
    }
}
