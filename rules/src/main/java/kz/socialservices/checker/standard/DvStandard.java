package kz.socialservices.checker.standard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kz.socialservices.checker.engine.calendar.CalendarFileException;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.engine.catalogue.RequirementCatalogue;
import kz.socialservices.checker.engine.evaluation.Hashing;
import kz.socialservices.checker.engine.evaluation.Labels;
import kz.socialservices.checker.engine.evaluation.Messages;
import kz.socialservices.checker.engine.evaluation.RuleBase;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.params.Editions;
import kz.socialservices.checker.engine.params.ParameterSet;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import kz.socialservices.checker.engine.simulation.AmendmentReader;
import kz.socialservices.checker.engine.simulation.AmendmentRefusedException;

/**
 * The standard of special social services for victims of domestic violence (Order 1079 of 2016
 * and its successor under Order 263 of 2023), loaded from the data in {@code standard/} on the
 * class path: catalogue, editions, dated parameters, holiday calendar, rules and messages; and any
 * calendar years an operator added in a directory.
 */
public final class DvStandard {

    public static final String NAME = "KZ special social services for victims of domestic violence (Order 1079 / Order 263)";
    public static final String ROOT = "standard/";
    /** One DRL file per chapter of the requirements. */
    public static final List<String> CHAPTER_FILES = List.of("admission.drl", "procedure.drl", "assessment.drl",
            "plan.drl", "monitoring.drl", "stay.drl", "exit.drl", "confidentiality.drl");
    public static final List<String> LANGUAGES = List.of("en", "ru", "kk");
    public static final String DRL_PACKAGE_PATH = "kz/socialservices/checker/standard/rules";
    /** The calendar built in, under {@code standard/calendar/}: Kazakhstan's non-working days as published. */
    public static final String CALENDAR_FILE = "kz-non-working-days.csv";

    /** The amendment packages shipped beside the standard, under {@code standard/amendments/} (REQUIREMENTS.md). */
    public static final List<String> SHIPPED_AMENDMENTS = List.of("asm-02-seven-days", "asm-02-five-working-days",
            "ipr-expected-outcomes", "mon-recipient-view", "follow-up-severe", "infectious-named-diseases", "complex-stays-12-months");
    public static final String AMENDMENTS = "amendments/";

    private DvStandard() {
    }

    /** Reads amendment packages of this standard (titles, messages and labels in its languages). */
    public static AmendmentReader amendmentReader() {
        return new AmendmentReader(LANGUAGES);
    }

    /** A shipped package, by id; its DRL files lie beside it. */
    public static AmendmentPackage shippedAmendment(String id) {
        if (!SHIPPED_AMENDMENTS.contains(id)) {
            throw new IllegalArgumentException("no shipped amendment '" + id + "'; shipped are " + SHIPPED_AMENDMENTS);
        }
        try {
            return amendmentReader().read(text(AMENDMENTS + id + ".yaml"), id + ".yaml", file -> {
                try {
                    return text(AMENDMENTS + file);
                } catch (IOException e) {
                    return null;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped amendment " + id + " could not be read", e);
        }
    }

    /** Every shipped package, in the order of REQUIREMENTS.md. */
    public static List<AmendmentPackage> shippedAmendments() {
        return SHIPPED_AMENDMENTS.stream().map(DvStandard::shippedAmendment).toList();
    }

    /**
     * A package from a file, its DRL files beside it (a drafter's own, or the administrator's directory).
     *
     * @throws AmendmentRefusedException naming the place of every problem
     */
    public static AmendmentPackage amendmentFile(Path yaml) throws IOException {
        Path dir = yaml.toAbsolutePath().normalize().getParent();
        return amendmentReader().read(Files.readString(yaml, StandardCharsets.UTF_8), yaml.getFileName().toString(), file -> {
            try {
                Path drl = dir.resolve(file).normalize();
                return drl.getParent().equals(dir) && Files.isRegularFile(drl) ? Files.readString(drl, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Every {@code *.yaml} package of a directory, by id, in name order (an administrator's set). */
    public static Map<String, AmendmentPackage> amendmentsDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the amendments directory " + dir + " does not exist or is not a directory");
        }
        Map<String, AmendmentPackage> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                AmendmentPackage p = amendmentFile(f);
                out.put(p.id(), p);
            }
        }
        return out;
    }

    /** A package a user sent (an upload): it may change parameters and withdraw requirements, never carry rules. */
    public static AmendmentPackage uploadedAmendment(String yaml, String name) {
        return amendmentReader().read(yaml, name, null);
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

    /** The shipped holiday calendar alone, for tools that count working days without judging cases (the generator). */
    public static WorkingDayCalendar shippedCalendar() {
        try {
            return WorkingDayCalendar.builder().add(CALENDAR_FILE, true, text("calendar/" + CALENDAR_FILE)).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped calendar could not be read", e);
        }
    }

    public static Standard<Case> load() {
        return load(null);
    }

    /**
     * The standard with the calendar years an operator added: every {@code *.csv} in {@code calendarDir}
     * (in name order), in the columns of the shipped calendar and checked like it. Their content counts
     * in the parameter hash, so provenance changes with the calendar.
     *
     * @param calendarDir a directory of calendar files, or null for the shipped calendar alone
     * @throws kz.socialservices.checker.engine.calendar.CalendarFileException naming the file and line of a
     *         malformed file, or of a date another file lists with a different kind
     * @throws IllegalArgumentException when the directory cannot be read
     */
    public static Standard<Case> load(Path calendarDir) {
        return fromSources(sources(calendarDir));
    }

    /**
     * Every text the standard is built from (catalogue, parameters, editions, calendars, rules, messages), by
     * name: what a stored run's rule set is archived as, so it can be judged again under it after an upgrade.
     *
     * @param calendarDir a directory of calendar files, or null for the shipped calendar alone
     */
    public static Map<String, String> sources(Path calendarDir) {
        try {
            Map<String, String> sources = new LinkedHashMap<>();
            sources.put("requirements.yaml", text("requirements.yaml"));
            sources.put("parameters.yaml", text("parameters.yaml"));
            sources.put("editions.yaml", text("editions.yaml"));
            sources.put("calendar/" + CALENDAR_FILE, text("calendar/" + CALENDAR_FILE));
            for (String file : CHAPTER_FILES) {
                sources.put("drl/" + file, text("drl/" + file));
            }
            for (String lang : LANGUAGES) {
                sources.put("messages/" + lang + ".yaml", text("messages/" + lang + ".yaml"));
            }
            addedCalendars(calendarDir).forEach((name, text) -> sources.put(CALENDAR_DIR + name, text));
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("the standard's data could not be read", e);
        }
    }

    /** The standard built from its texts ({@link #sources}): the same rule-set and parameter hashes for the same texts. */
    public static Standard<Case> fromSources(Map<String, String> sources) {
        try {
            String catalogueText = source(sources, "requirements.yaml");
            String parametersText = source(sources, "parameters.yaml");
            String editionsText = source(sources, "editions.yaml");
            String calendarText = source(sources, "calendar/" + CALENDAR_FILE);
            Map<String, String> drl = new LinkedHashMap<>();
            for (String file : CHAPTER_FILES) {
                drl.put(file, source(sources, "drl/" + file));
            }
            Map<String, String> messageTexts = new LinkedHashMap<>();
            Map<String, Map<String, Map<String, String>>> templates = new LinkedHashMap<>();
            Map<String, Labels.Language> labels = new LinkedHashMap<>();
            for (String lang : LANGUAGES) {
                String t = source(sources, "messages/" + lang + ".yaml");
                messageTexts.put("messages/" + lang, t);
                templates.put(lang, Messages.read(stream(t), "messages/" + lang + ".yaml"));
                labels.put(lang, Labels.read(stream(t), "messages/" + lang + ".yaml"));
            }
            ParameterSet parameters = ParameterSet.read(stream(parametersText), "parameters.yaml");
            Map<String, String> parameterSources = new LinkedHashMap<>(Map.of(
                    "parameters.yaml", parametersText, "editions.yaml", editionsText, "calendar", calendarText));
            WorkingDayCalendar.Builder calendar = WorkingDayCalendar.builder().add(CALENDAR_FILE, true, calendarText);
            sources.forEach((name, text) -> {
                if (name.startsWith(CALENDAR_DIR)) {
                    String file = name.substring(CALENDAR_DIR.length());
                    calendar.add(file, false, text);
                    parameterSources.put("calendar-dir/" + file, text);
                }
            });
            Map<String, String> ruleSources = new LinkedHashMap<>(drl);
            ruleSources.put("requirements.yaml", catalogueText);
            ruleSources.putAll(messageTexts);
            return new Standard<>(NAME,
                    RequirementCatalogue.read(stream(catalogueText), "requirements.yaml"),
                    parameters,
                    Editions.read(stream(editionsText), "editions.yaml"),
                    calendar.build(),
                    RuleBase.build(drl, DRL_PACKAGE_PATH, ruleSources),
                    new Messages(templates, "en", new Labels(labels)),
                    new CaseFacts(),
                    Hashing.sha256(parameterSources));
        } catch (IOException e) {
            throw new UncheckedIOException("the standard's data could not be read", e);
        }
    }

    private static final String CALENDAR_DIR = "calendar-dir/";

    private static String source(Map<String, String> sources, String name) throws IOException {
        String text = sources.get(name);
        if (text == null) {
            throw new IOException("the standard's sources lack " + name);
        }
        return text;
    }

    /** The calendar files of a directory, by file name in name order; none for a null directory. */
    static Map<String, String> addedCalendars(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (dir == null) {
            return out;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("the calendar directory " + dir + " does not exist or is not a directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".csv") || !Files.isRegularFile(file)) {
                    continue;
                }
                try {
                    out.put(name, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
                } catch (CharacterCodingException e) {
                    throw new CalendarFileException(name, 0, "not UTF-8 text");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the calendar directory " + dir + " cannot be read: " + e.getMessage(), e);
        }
        return out;
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
