package kz.socialservices.checker.standard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.engine.catalogue.RequirementCatalogue;
import kz.socialservices.checker.engine.evaluation.Hashing;
import kz.socialservices.checker.engine.evaluation.Labels;
import kz.socialservices.checker.engine.evaluation.Messages;
import kz.socialservices.checker.engine.evaluation.RuleBase;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.params.Editions;
import kz.socialservices.checker.engine.params.ParameterSet;

/**
 * The standard of special social services for victims of domestic violence (Order 1079 of 2016
 * and its successor under Order 263 of 2023), loaded from the data in {@code standard/} on the
 * class path: catalogue, editions, dated parameters, holiday calendar, rules and messages.
 */
public final class DvStandard {

    public static final String NAME = "KZ special social services for victims of domestic violence (Order 1079 / Order 263)";
    public static final String ROOT = "standard/";
    /** One DRL file per chapter of the requirements. */
    public static final List<String> CHAPTER_FILES = List.of("admission.drl", "procedure.drl", "assessment.drl",
            "plan.drl", "monitoring.drl", "stay.drl", "exit.drl", "confidentiality.drl");
    public static final List<String> LANGUAGES = List.of("en", "ru", "kk");
    public static final String DRL_PACKAGE_PATH = "kz/socialservices/checker/standard/rules";

    private DvStandard() {
    }

    /** The labels of columns and codes in each language, from the message bundles. */
    public static Labels labels() {
        return LabelsHolder.LABELS;
    }

    private static final class LabelsHolder { // loaded once, when first asked for
        static final Labels LABELS = readLabels();

        private static Labels readLabels() {
            try {
                Map<String, Labels.Language> byLanguage = new LinkedHashMap<>();
                for (String lang : LANGUAGES) {
                    byLanguage.put(lang, Labels.read(stream(text("messages/" + lang + ".yaml")), "messages/" + lang + ".yaml"));
                }
                return new Labels(byLanguage);
            } catch (IOException e) {
                throw new UncheckedIOException("the standard's labels could not be read", e);
            }
        }
    }

    public static Standard<Case> load() {
        try {
            String catalogueText = text("requirements.yaml");
            String parametersText = text("parameters.yaml");
            String editionsText = text("editions.yaml");
            String calendarText = text("calendar/kz-non-working-days.csv");
            Map<String, String> drl = new LinkedHashMap<>();
            for (String file : CHAPTER_FILES) {
                drl.put(file, text("drl/" + file));
            }
            Map<String, String> messageTexts = new LinkedHashMap<>();
            Map<String, Map<String, Map<String, String>>> templates = new LinkedHashMap<>();
            for (String lang : LANGUAGES) {
                String t = text("messages/" + lang + ".yaml");
                messageTexts.put("messages/" + lang, t);
                templates.put(lang, Messages.read(stream(t), "messages/" + lang + ".yaml"));
            }
            ParameterSet parameters = ParameterSet.read(stream(parametersText), "parameters.yaml");
            Map<String, String> parameterSources = Map.of(
                    "parameters.yaml", parametersText, "editions.yaml", editionsText, "calendar", calendarText);
            Map<String, String> ruleSources = new LinkedHashMap<>(drl);
            ruleSources.put("requirements.yaml", catalogueText);
            ruleSources.putAll(messageTexts);
            return new Standard<>(NAME,
                    RequirementCatalogue.read(stream(catalogueText), "requirements.yaml"),
                    parameters,
                    Editions.read(stream(editionsText), "editions.yaml"),
                    WorkingDayCalendar.read(new StringReader(calendarText)),
                    RuleBase.build(drl, DRL_PACKAGE_PATH, ruleSources),
                    new Messages(templates, "en", labels()),
                    new CaseFacts(),
                    Hashing.sha256(parameterSources));
        } catch (IOException e) {
            throw new UncheckedIOException("the standard's data could not be read", e);
        }
    }

    static String text(String path) throws IOException {
        try (InputStream in = DvStandard.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IOException("missing resource " + ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
