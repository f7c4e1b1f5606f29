package kz.socialservices.checker.engine.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Message templates per language, keyed by requirement and verdict, filled from a finding's
 * evidence: {@code {name}} is an evidence value; {@code {due}}, {@code {missing}},
 * {@code {edition}} and {@code {requirement}} come from the finding itself. A requirement without
 * its own template for a verdict uses the {@code _default} one.
 */
public final class Messages {

    public static final String DEFAULT_KEY = "_default";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, Map<String, Map<Verdict, String>>> byLanguage;
    private final String fallbackLanguage;

    public Messages(Map<String, Map<String, Map<Verdict, String>>> byLanguage, String fallbackLanguage) {
        this.byLanguage = byLanguage;
        this.fallbackLanguage = fallbackLanguage;
    }

    /** Reads one YAML file per language: {@code REQ-ID: {VERDICT: template}}. */
    public static Map<String, Map<Verdict, String>> read(InputStream yaml, String sourceName) throws IOException {
        JsonNode root = YAMLMapper.builder().build().readTree(yaml);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(sourceName + ": expected a map of requirement ids");
        }
        Map<String, Map<Verdict, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            Map<Verdict, String> templates = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> t : e.getValue().properties()) {
                templates.put(Verdict.valueOf(t.getKey()), t.getValue().asString());
            }
            out.put(e.getKey(), templates);
        }
        return out;
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    public boolean supports(String language) {
        return byLanguage.containsKey(language);
    }

    /** The template for a requirement's verdict in a language, or null when it has none of its own. */
    public String ownTemplate(String language, String requirement, Verdict verdict) {
        Map<Verdict, String> t = byLanguage.getOrDefault(language, Map.of()).get(requirement);
        return t == null ? null : t.get(verdict);
    }

    public String render(Finding f, String language) {
        String lang = supports(language) ? language : fallbackLanguage;
        Map<String, Map<Verdict, String>> templates = byLanguage.get(lang);
        String template = ownTemplate(lang, f.requirement(), f.verdict());
        if (template == null) {
            template = templates.getOrDefault(DEFAULT_KEY, Map.of()).getOrDefault(f.verdict(), "{requirement}: " + f.verdict());
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(f, m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String value(Finding f, String name) {
        return switch (name) {
            case "requirement" -> f.requirement();
            case "edition" -> f.edition() == null ? "—" : f.edition();
            case "due" -> format(f.dueDate());
            case "missing" -> String.join(", ", f.missingFields());
            default -> f.evidence().containsKey(name) ? format(f.evidence().get(name)) : "{" + name + "}";
        };
    }

    private static String format(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "—" : String.join(", ", c.stream().map(Messages::format).toList());
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return v.toString();
    }
}
