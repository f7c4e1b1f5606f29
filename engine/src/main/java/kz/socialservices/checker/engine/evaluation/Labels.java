package kz.socialservices.checker.engine.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a person reads instead of a code: per language, a label for each column of the register
 * (with a line of help) and for each code value (verdicts, severities, refusal grounds, ...). They
 * live in the message bundles under {@value #KEY}, next to the requirements' texts. Reports use
 * them, and registers may use them: any label names its column, or its code, in any language.
 */
public final class Labels {

    public static final String KEY = "_labels";
    public static final Labels NONE = new Labels(Map.of());

    /** One language's labels. */
    public record Language(Map<String, String> columns, Map<String, String> help, Map<String, String> codes) {
    }

    private final Map<String, Language> byLanguage;

    public Labels(Map<String, Language> byLanguage) {
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** Reads the {@value #KEY} section of one language's message bundle; empty when it has none. */
    public static Language read(InputStream yaml, String sourceName) throws IOException {
        JsonNode root = YAMLMapper.builder().build().readTree(yaml);
        JsonNode labels = root == null ? null : root.get(KEY);
        if (labels == null) {
            return new Language(Map.of(), Map.of(), Map.of());
        }
        return new Language(strings(labels, "columns", sourceName), strings(labels, "help", sourceName),
                strings(labels, "codes", sourceName));
    }

    private static Map<String, String> strings(JsonNode labels, String section, String sourceName) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = labels.get(section);
        if (node == null) {
            return out;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(sourceName + ": " + KEY + "." + section + " must be a map");
        }
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    /** These labels with labels of more codes, per language (an amendment's new codes). */
    public Labels withCodes(Map<String, Map<String, String>> codesByLanguage) {
        if (codesByLanguage.isEmpty()) {
            return this;
        }
        Map<String, Language> out = new LinkedHashMap<>(byLanguage);
        codesByLanguage.forEach((lang, codes) -> {
            Language l = language(lang);
            Map<String, String> merged = new LinkedHashMap<>(l.codes());
            merged.putAll(codes);
            out.put(lang, new Language(l.columns(), l.help(), merged));
        });
        return new Labels(out);
    }

    public Map<String, Language> byLanguage() {
        return byLanguage;
    }

    private Language language(String lang) {
        return byLanguage.getOrDefault(lang, new Language(Map.of(), Map.of(), Map.of()));
    }

    /** The column's label, or its code name when it has none. */
    public String column(String lang, String column) {
        return language(lang).columns().getOrDefault(column, column);
    }

    /** The column's line of help, or "". */
    public String help(String lang, String column) {
        return language(lang).help().getOrDefault(column, "");
    }

    /** The code's label, or the code itself when it has none. */
    public String code(String lang, String code) {
        return language(lang).codes().getOrDefault(code, code);
    }

    public boolean hasCode(String lang, String code) {
        return language(lang).codes().containsKey(code);
    }

    /** Every language's column labels, in normal form, each with the column it names. */
    public Map<String, String> headerAliases() {
        return aliases(Language::columns);
    }

    /** Every language's code labels, in normal form, each with the code it stands for. */
    public Map<String, String> valueAliases() {
        return aliases(Language::codes);
    }

    private Map<String, String> aliases(java.util.function.Function<Language, Map<String, String>> section) {
        Map<String, String> out = new LinkedHashMap<>();
        byLanguage.values().forEach(l -> section.apply(l).forEach((code, label) -> {
            String previous = out.putIfAbsent(CsvCaseReader.normalise(label), code);
            if (previous != null && !previous.equals(code)) {
                throw new IllegalArgumentException("the label '" + label + "' stands for both " + previous + " and " + code);
            }
        }));
        return out;
    }

    /** Labels of a list of codes, joined for a sentence. */
    public String codes(String lang, Collection<?> codes) {
        return String.join(", ", codes.stream().map(c -> code(lang, String.valueOf(c))).toList());
    }
}
