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
 * Message templates per language, keyed by requirement and by verdict, or by verdict and reason
 * ({@code NON_COMPLIANT.late}) where one verdict has several causes. A template is filled from the
 * finding's evidence: {@code {name}} is an evidence value; {@code {due}}, {@code {missing}},
 * {@code {edition}}, {@code {basis}} and {@code {requirement}} come from the finding itself. The
 * lookup goes from the most to the least specific: requirement's verdict.reason, requirement's
 * verdict, {@code _default} verdict.reason, {@code _default} verdict.
 */
public final class Messages {

    public static final String DEFAULT_KEY = "_default";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, Map<String, Map<String, String>>> byLanguage;
    private final String fallbackLanguage;

    public Messages(Map<String, Map<String, Map<String, String>>> byLanguage, String fallbackLanguage) {
        this.byLanguage = byLanguage;
        this.fallbackLanguage = fallbackLanguage;
    }

    /** Reads one YAML file per language: {@code REQ-ID: {VERDICT or VERDICT.reason: template}}. */
    public static Map<String, Map<String, String>> read(InputStream yaml, String sourceName) throws IOException {
        JsonNode root = YAMLMapper.builder().build().readTree(yaml);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(sourceName + ": expected a map of requirement ids");
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            Map<String, String> templates = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> t : e.getValue().properties()) {
                Verdict.valueOf(t.getKey().split("\\.", 2)[0]); // fails on a misspelt verdict
                templates.put(t.getKey(), t.getValue().asString());
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

    /** The template a requirement has of its own for a verdict (and reason), or null. */
    public String ownTemplate(String language, String requirement, Verdict verdict, String reason) {
        Map<String, String> t = byLanguage.getOrDefault(language, Map.of()).get(requirement);
        if (t == null) {
            return null;
        }
        String specific = reason == null ? null : t.get(verdict.name() + "." + reason);
        return specific != null ? specific : t.get(verdict.name());
    }

    public String render(Finding f, String language) {
        String lang = supports(language) ? language : fallbackLanguage;
        Object reasonValue = f.evidence().get("reason");
        String reason = reasonValue == null ? null : reasonValue.toString();
        String template = ownTemplate(lang, f.requirement(), f.verdict(), reason);
        if (template == null) {
            template = ownTemplate(lang, DEFAULT_KEY, f.verdict(), reason);
        }
        if (template == null) {
            template = "{requirement}: " + f.verdict();
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
            case "basis" -> String.valueOf(f.basis());
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
