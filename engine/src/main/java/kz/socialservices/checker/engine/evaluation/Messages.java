package kz.socialservices.checker.engine.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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
 * verdict, {@code _default} verdict.reason, {@code _default} verdict. A finding whose evidence
 * also carries a {@code detail} (e.g. {@code workingDaysNotCounted}) is first looked up as
 * {@code verdict.reason.detail}, the requirement's own then {@code _default}'s.
 */
public final class Messages {

    public static final String DEFAULT_KEY = "_default";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, Map<String, Map<String, String>>> byLanguage;
    private final String fallbackLanguage;
    private final Labels labels;
    /** Templates split into parts once: language, requirement, verdict, reason ("" for none). */
    private final Map<String, Map<String, Map<Verdict, Map<String, List<String>>>>> compiled = new HashMap<>();

    public Messages(Map<String, Map<String, Map<String, String>>> byLanguage, String fallbackLanguage) {
        this(byLanguage, fallbackLanguage, Labels.NONE);
    }

    /** @param labels what codes and column names read as in each language, in place of the codes */
    public Messages(Map<String, Map<String, Map<String, String>>> byLanguage, String fallbackLanguage, Labels labels) {
        this.byLanguage = byLanguage;
        this.fallbackLanguage = fallbackLanguage;
        this.labels = labels;
        byLanguage.forEach((lang, requirements) -> requirements.forEach((req, templates) -> templates.forEach((key, t) -> {
            String[] verdictAndReason = key.split("\\.", 2);
            compiled.computeIfAbsent(lang, k -> new HashMap<>()).computeIfAbsent(req, k -> new EnumMap<>(Verdict.class))
                    .computeIfAbsent(Verdict.valueOf(verdictAndReason[0]), k -> new HashMap<>())
                    .put(verdictAndReason.length > 1 ? verdictAndReason[1] : "", parts(t));
        })));
    }

    /** Reads one YAML file per language: {@code REQ-ID: {VERDICT or VERDICT.reason: template}}. */
    public static Map<String, Map<String, String>> read(InputStream yaml, String sourceName) throws IOException {
        return templates(YAMLMapper.builder().build().readTree(yaml), sourceName);
    }

    /** One language's templates from a YAML map (a bundle, or an amendment package's messages), {@value Labels#KEY} left out. */
    public static Map<String, Map<String, String>> templates(JsonNode root, String sourceName) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(sourceName + ": expected a map of requirement ids");
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (e.getKey().equals(Labels.KEY)) {
                continue; // read by Labels
            }
            if (!e.getValue().isObject()) {
                throw new IllegalArgumentException(sourceName + ": " + e.getKey() + ": expected a map of VERDICT: template");
            }
            Map<String, String> templates = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> t : e.getValue().properties()) {
                String verdict = t.getKey().split("\\.", 2)[0];
                try {
                    Verdict.valueOf(verdict); // fails on a misspelt verdict
                } catch (IllegalArgumentException x) {
                    throw new IllegalArgumentException(sourceName + ": " + e.getKey() + "." + t.getKey() + ": '" + verdict
                            + "' is not a verdict");
                }
                templates.put(t.getKey(), t.getValue().asString());
            }
            out.put(e.getKey(), templates);
        }
        return out;
    }

    /**
     * These messages with others merged in (an amendment's): a requirement listed in {@code replacing}
     * for a language takes its templates from there whole; {@code codeLabels} adds labels of new codes.
     */
    public Messages with(Map<String, Map<String, Map<String, String>>> replacing, Map<String, Map<String, String>> codeLabels) {
        Map<String, Map<String, Map<String, String>>> merged = new LinkedHashMap<>();
        byLanguage.forEach((lang, requirements) -> merged.put(lang, new LinkedHashMap<>(requirements)));
        replacing.forEach((lang, requirements) -> merged.computeIfAbsent(lang, k -> new LinkedHashMap<>()).putAll(requirements));
        return new Messages(merged, fallbackLanguage, labels.withCodes(codeLabels));
    }

    public Labels labels() {
        return labels;
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    public boolean supports(String language) {
        return language != null && byLanguage.containsKey(language);
    }

    /** The template a requirement has of its own for a verdict (and reason), or null. */
    public String ownTemplate(String language, String requirement, Verdict verdict, String reason) {
        List<String> parts = own(language, requirement, verdict, reason);
        return parts == null ? null : String.join("", parts);
    }

    private List<String> own(String language, String requirement, Verdict verdict, String reason) {
        Map<String, List<String>> byReason = compiled.getOrDefault(language, Map.of())
                .getOrDefault(requirement, Map.of()).get(verdict);
        if (byReason == null) {
            return null;
        }
        List<String> specific = reason == null ? null : byReason.get(reason);
        return specific != null ? specific : byReason.get("");
    }

    /** The template of exactly this verdict and reason, or null. */
    private List<String> exactly(String language, String requirement, Verdict verdict, String reason) {
        return compiled.getOrDefault(language, Map.of()).getOrDefault(requirement, Map.of())
                .getOrDefault(verdict, Map.of()).get(reason);
    }

    public String render(Finding f, String language) {
        String lang = supports(language) ? language : fallbackLanguage;
        Object reasonValue = f.evidence().get("reason");
        String reason = reasonValue == null ? null : reasonValue.toString();
        Object detail = f.evidence().get("detail");
        List<String> parts = null;
        if (reason != null && detail != null) {
            String refined = reason + "." + detail;
            parts = exactly(lang, f.requirement(), f.verdict(), refined);
            if (parts == null) {
                parts = exactly(lang, DEFAULT_KEY, f.verdict(), refined);
            }
        }
        if (parts == null) {
            parts = own(lang, f.requirement(), f.verdict(), reason);
        }
        if (parts == null) {
            parts = own(lang, DEFAULT_KEY, f.verdict(), reason);
        }
        if (parts == null) {
            return f.requirement() + ": " + f.verdict();
        }
        StringBuilder out = new StringBuilder(96);
        for (String part : parts) {
            out.append(part.startsWith("{") ? value(f, part.substring(1, part.length() - 1), lang) : part);
        }
        return out.toString();
    }

    /** A template split into literal text and {@code {placeholder}} parts. */
    private static List<String> parts(String template) {
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            parts.add(template.substring(at, m.start()));
            parts.add(m.group());
            at = m.end();
        }
        parts.add(template.substring(at));
        return List.copyOf(parts);
    }

    private String value(Finding f, String name, String lang) {
        return switch (name) {
            case "requirement" -> f.requirement();
            case "edition" -> f.edition() == null ? "—" : f.edition();
            case "basis" -> String.valueOf(f.basis());
            case "due" -> format(f.dueDate(), lang);
            case "missing" -> f.missingFields().isEmpty() ? "—"
                    : String.join(", ", f.missingFields().stream().map(m -> labels.column(lang, m)).toList());
            default -> f.evidence().containsKey(name) ? format(f.evidence().get(name), lang) : "{" + name + "}";
        };
    }

    /** An evidence value as a person reads it: a code or a column name by its label, a list joined. */
    private String format(Object v, String lang) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "—" : String.join(", ", c.stream().map(x -> format(x, lang)).toList());
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        String text = v instanceof Enum<?> e ? e.name() : v.toString();
        if (v instanceof Enum<?> || v instanceof String || v instanceof Boolean) {
            if (labels.hasCode(lang, text)) {
                return labels.code(lang, text);
            }
            return labels.column(lang, text);
        }
        return text;
    }
}
