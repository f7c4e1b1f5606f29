package kz.socialservices.checker.standard;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.CsvRow;
import kz.socialservices.checker.engine.csv.IdentifyingDataPolicy;
import kz.socialservices.checker.engine.csv.IdentifyingDataPolicy.LabelledPattern;
import kz.socialservices.checker.engine.csv.JsonCases;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The case register's CSV form, exactly as REQUIREMENTS.md ("Case data") gives it. */
public final class CaseCsv {

    /** The columns, in the order the checker writes them. */
    public static final List<String> COLUMNS = List.of(
            "case_id", "centre_id", "region", "ownership", "stay_form", "recipient_sex", "recipient_birth_year",
            "violence_forms", "applicant", "referral_source", "application_date", "has_id_document",
            "has_residence_registration", "decision", "refusal_ground", "refusal_in_writing", "refusal_reasons_given",
            "admission_date", "conclusion_date", "conclusion_complete", "executive_decision_date", "contract_date",
            "primary_assessment_date", "needs_assessment_date", "needs_identified", "plan_date",
            "plan_signed_by_recipient", "plan_measures", "children", "monitoring_dates", "extension_decision_date",
            "extension_grounds", "extension_decided_by", "rules_violations", "absences", "exit_date", "exit_reason",
            "confidentiality_informed", "severe", "follow_up_dates");

    /**
     * Identifying data the checker refuses: columns that name a person, her IIN, phone or address
     * (in English, Russian and Kazakh transliteration), and values shaped like an IIN (12 digits)
     * or a Kazakhstani phone number.
     */
    public static final IdentifyingDataPolicy IDENTIFYING = new IdentifyingDataPolicy(
            List.of("name", "names", "full_name", "fullname", "first_name", "last_name", "surname", "patronymic", "fio",
                    "фио", "имя", "фамилия", "отчество", "aty", "tegi", "iin", "иин", "жсн", "passport", "id_number",
                    "document_number", "phone", "telephone", "tel", "mobile", "телефон", "address", "адрес", "мекенжай",
                    "email", "e_mail", "birth_date", "date_of_birth", "dob"),
            List.of(new LabelledPattern("an IIN (12 digits)", Pattern.compile("(?<!\\d)\\d{12}(?!\\d)"), 12, ""),
                    new LabelledPattern("a phone number", Pattern.compile("(?<![\\d-])(\\+7|8)[ (-]*7\\d{2}[) -]*\\d{3}[ -]*\\d{2}[ -]*\\d{2}(?!\\d)"), 11, " ()-+"),
                    // An IIN of someone born 2000-2009 starts with 0; typed into Excel as a number it loses it.
                    new LabelledPattern("an IIN that lost its leading zero (11 digits)", Pattern.compile("(?<![\\d.,-])\\d{11}(?![\\d.,])"), 11, "")));

    /** Longest cell accepted; longer ones are rejected rather than read. */
    public static final int MAX_CELL_LENGTH = 4000;

    public static final CsvCaseReader.Schema<Case> SCHEMA = new CsvCaseReader.Schema<>(
            new LinkedHashSet<>(COLUMNS), IDENTIFYING, CaseCsv::parse, c -> c.centreId() + "\u0000" + c.caseId(),
            "case_id", MAX_CELL_LENGTH, Map.of(
                    "plan_measures", List.of("service_type", "responsible", "due_date", "outcome_stated", "done_date"),
                    "children", List.of("birth_year"),
                    "monitoring_dates", List.of("date", "recipient_view"),
                    "absences", List.of("left_at", "returned_at", "notified")),
            DvStandard.labels().headerAliases(), valueAliases());

    /** Labels of codes and booleans in every language, and the words Excel writes for a boolean cell. */
    private static Map<String, String> valueAliases() {
        Map<String, String> aliases = new java.util.LinkedHashMap<>(DvStandard.labels().valueAliases());
        for (String word : List.of("true", "истина", "ақиқат", "yes", "да", "иә")) {
            aliases.putIfAbsent(CsvCaseReader.normalise(word), "true");
        }
        for (String word : List.of("false", "ложь", "жалған", "no", "нет", "жоқ")) {
            aliases.putIfAbsent(CsvCaseReader.normalise(word), "false");
        }
        return Map.copyOf(aliases);
    }

    private CaseCsv() {
    }

    public static Case parse(CsvRow r) {
        return new Case(
                r.required("case_id"),
                r.text("centre_id"),
                r.text("region"),
                r.enumValue("ownership", Ownership.class),
                r.enumValue("stay_form", StayForm.class),
                r.enumValue("recipient_sex", Sex.class),
                r.integer("recipient_birth_year"),
                r.enumSet("violence_forms", ViolenceForm.class),
                r.enumValue("applicant", Applicant.class),
                r.enumValue("referral_source", ReferralSource.class),
                r.date("application_date"),
                r.bool("has_id_document"),
                r.bool("has_residence_registration"),
                r.enumValue("decision", Decision.class),
                r.enumValue("refusal_ground", RefusalGround.class),
                r.bool("refusal_in_writing"),
                r.bool("refusal_reasons_given"),
                r.date("admission_date"),
                r.date("conclusion_date"),
                r.bool("conclusion_complete"),
                r.date("executive_decision_date"),
                r.date("contract_date"),
                r.date("primary_assessment_date"),
                r.date("needs_assessment_date"),
                r.enumSet("needs_identified", ServiceType.class),
                r.date("plan_date"),
                r.bool("plan_signed_by_recipient"),
                r.list("plan_measures", 3, 5, m -> new PlanMeasure(m.enumValue(0, ServiceType.class),
                        m.enumValue(1, Responsible.class), m.date(2), m.bool(3), m.date(4))),
                r.list("children", 1, c -> new Child(c.integer(0))),
                r.list("monitoring_dates", 1, 2, e -> {
                    var date = e.date(0);
                    if (date == null) {
                        e.fail("the date is required");
                    }
                    return new MonitoringEntry(date, e.bool(1));
                }),
                r.date("extension_decision_date"),
                r.enumSet("extension_grounds", ExtensionGround.class),
                r.enumValue("extension_decided_by", ExtensionDecider.class),
                r.dates("rules_violations"),
                r.list("absences", 3, a -> {
                    var left = a.dateTime(0);
                    if (left == null) {
                        a.fail("left_at is required");
                    }
                    return new Absence(left, a.hasTime(0), a.dateTime(1), a.hasTime(1), a.bool(2));
                }),
                r.date("exit_date"),
                r.enumValue("exit_reason", ExitReason.class),
                r.bool("confidentiality_informed"),
                r.bool("severe"),
                r.dates("follow_up_dates"));
    }

    /**
     * A case as the row the checker writes: the cells of {@link #COLUMNS} in order, in the plain form
     * ({@link #parse} reads it back as the same case). Unknown is an empty cell; a structured item
     * carries all its parts, an unknown part empty.
     */
    public static List<String> format(Case c) {
        return List.of(text(c.caseId()), text(c.centreId()), text(c.region()), code(c.ownership()), code(c.stayForm()),
                code(c.recipientSex()), text(c.recipientBirthYear()), codes(c.violenceForms()), code(c.applicant()),
                code(c.referralSource()), text(c.applicationDate()), text(c.hasIdDocument()), text(c.hasResidenceRegistration()),
                code(c.decision()), code(c.refusalGround()), text(c.refusalInWriting()), text(c.refusalReasonsGiven()),
                text(c.admissionDate()), text(c.conclusionDate()), text(c.conclusionComplete()), text(c.executiveDecisionDate()),
                text(c.contractDate()), text(c.primaryAssessmentDate()), text(c.needsAssessmentDate()), codes(c.needsIdentified()),
                text(c.planDate()), text(c.planSignedByRecipient()),
                items(c.planMeasures(), m -> parts(code(m.serviceType()), code(m.responsible()), text(m.dueDate()),
                        text(m.outcomeStated()), text(m.doneDate()))),
                items(c.children(), ch -> text(ch.birthYear())),
                items(c.monitoring(), e -> e.recipientView() == null ? text(e.date()) : parts(text(e.date()), text(e.recipientView()))),
                text(c.extensionDecisionDate()), codes(c.extensionGrounds()), code(c.extensionDecidedBy()),
                items(c.rulesViolations(), CaseCsv::text),
                items(c.absences(), a -> parts(moment(a.leftAt(), a.leftHasTime()), moment(a.returnedAt(), a.returnedHasTime()),
                        text(a.notified()))),
                text(c.exitDate()), code(c.exitReason()), text(c.confidentialityInformed()), text(c.severe()),
                items(c.followUpDates(), CaseCsv::text));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String code(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    private static String codes(Set<? extends Enum<?>> values) {
        return items(List.copyOf(values), CaseCsv::code);
    }

    private static <T> String items(List<T> items, java.util.function.Function<T, String> item) {
        return String.join(CsvRow.LIST_SEPARATOR, items.stream().map(item).toList());
    }

    private static String parts(String... parts) {
        return String.join("|", parts);
    }

    /** A date-time as recorded: with its time where one was, else the date alone. */
    private static String moment(java.time.LocalDateTime at, boolean hasTime) {
        return at == null ? "" : hasTime ? at.toString().substring(0, 16) : at.toLocalDate().toString();
    }

    /** What a column holds, for a form or a template to offer the right kind of cell. */
    public enum Kind { TEXT, YEAR, DATE, BOOLEAN, CODE, CODES, LIST }

    /** @param codes the code list of a CODE or CODES column, else null */
    public record ColumnForm(Kind kind, Class<? extends Enum<?>> codes) {
    }

    /** Each column's form, in column order. */
    public static final Map<String, ColumnForm> FORM = form();

    private static Map<String, ColumnForm> form() {
        Map<String, ColumnForm> f = new java.util.LinkedHashMap<>();
        Map<String, Class<? extends Enum<?>>> code = Map.ofEntries(Map.entry("ownership", Ownership.class),
                Map.entry("stay_form", StayForm.class), Map.entry("recipient_sex", Sex.class), Map.entry("applicant", Applicant.class),
                Map.entry("referral_source", ReferralSource.class), Map.entry("decision", Decision.class),
                Map.entry("refusal_ground", RefusalGround.class), Map.entry("extension_decided_by", ExtensionDecider.class),
                Map.entry("exit_reason", ExitReason.class));
        Map<String, Class<? extends Enum<?>>> codes = Map.of("violence_forms", ViolenceForm.class,
                "needs_identified", ServiceType.class, "extension_grounds", ExtensionGround.class);
        for (String column : COLUMNS) {
            ColumnForm form;
            if (code.containsKey(column)) {
                form = new ColumnForm(Kind.CODE, code.get(column));
            } else if (codes.containsKey(column)) {
                form = new ColumnForm(Kind.CODES, codes.get(column));
            } else if (column.equals("recipient_birth_year")) {
                form = new ColumnForm(Kind.YEAR, null);
            } else if (column.endsWith("_date")) {
                form = new ColumnForm(Kind.DATE, null);
            } else if (Set.of("has_id_document", "has_residence_registration", "refusal_in_writing", "refusal_reasons_given",
                    "conclusion_complete", "plan_signed_by_recipient", "confidentiality_informed", "severe").contains(column)) {
                form = new ColumnForm(Kind.BOOLEAN, null);
            } else if (column.equals("plan_measures") || column.equals("children") || column.equals("monitoring_dates")
                    || column.equals("rules_violations") || column.equals("absences") || column.equals("follow_up_dates")) {
                form = new ColumnForm(Kind.LIST, null);
            } else {
                form = new ColumnForm(Kind.TEXT, null);
            }
            f.put(column, form);
        }
        return java.util.Collections.unmodifiableMap(f);
    }

    /** The columns whose cell is a list. */
    public static final Set<String> LIST_COLUMNS = Set.of("violence_forms", "needs_identified", "plan_measures", "children",
            "monitoring_dates", "extension_grounds", "rules_violations", "absences", "follow_up_dates");

    /**
     * A register's rows in the JSON form of cases the API accepts: the columns in camelCase, an empty
     * cell as null, lists as arrays and structured items as objects.
     */
    public static ArrayNode toJson(Path csv) throws IOException {
        ArrayNode cases = JsonNodeFactory.instance.arrayNode();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                ObjectNode c = cases.addObject();
                r.toMap().forEach((column, value) -> {
                    String key = JsonCases.camel(column);
                    List<String> parts = SCHEMA.itemParts().get(column);
                    if (value.isEmpty()) {
                        c.putNull(key);
                    } else if (!LIST_COLUMNS.contains(column)) {
                        c.put(key, value);
                    } else {
                        ArrayNode items = c.putArray(key);
                        for (String item : value.split(CsvRow.LIST_SEPARATOR)) {
                            if (parts == null) {
                                items.add(item);
                            } else {
                                String[] split = item.split(CsvRow.PART_SEPARATOR, -1);
                                ObjectNode o = items.addObject();
                                for (int i = 0; i < parts.size(); i++) {
                                    o.put(JsonCases.camel(parts.get(i)), i >= split.length || split[i].isEmpty() ? null : split[i]);
                                }
                            }
                        }
                    }
                });
            }
        }
        return cases;
    }
}
