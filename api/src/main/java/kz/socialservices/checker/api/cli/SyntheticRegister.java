package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import kz.socialservices.checker.standard.CaseCsv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A synthetic national register: cases of 17 centres in 17 regions (5 state, 12 non-state, as in
 * the 2021 monitoring note), with the note's realities (late assessments, missing documents,
 * extensions, terminations) at plausible rates, and plan completion per centre as in its Table 10.
 * Coded fields carry codes only; measures have all five parts (outcome stated, done date), about
 * half the monitoring entries record the recipient's view, about 15% of admitted cases are severe
 * and most closed severe ones have follow-up contacts. Deterministic for a seed; no real person behind it.
 */
final class SyntheticRegister {

    static final List<String> REGIONS = List.of("Abai region", "Akmola region", "Aktobe region", "Almaty region",
            "Atyrau region", "East Kazakhstan region", "Zhambyl region", "Zhetysu region", "West Kazakhstan region",
            "Karaganda region", "Kostanay region", "Kyzylorda region", "Mangystau region", "Pavlodar region",
            "North Kazakhstan region", "Turkistan region", "Ulytau region");
    private static final String[] TYPES = {"SOCIAL_DOMESTIC", "SOCIAL_MEDICAL", "SOCIAL_PSYCHOLOGICAL", "SOCIAL_PEDAGOGICAL",
            "SOCIAL_LABOUR", "SOCIAL_CULTURAL", "SOCIAL_ECONOMIC", "SOCIAL_LEGAL"};
    /** Codes only (REQUIREMENTS.md, "Coded fields"): a free-text field is where a name gets typed. */
    private static final String[] ROLES = {"SOCIAL_WORKER", "PSYCHOLOGIST", "LAWYER", "NURSE", "TEACHER", "CASE_MANAGER"};
    private static final String[] REASONS = {"PERIOD_ENDED", "RECIPIENT_DECISION", "GOALS_ACHIEVED", "GOALS_ACHIEVED",
            "RECIPIENT_DECISION", "TRANSFER", "RULES_VIOLATION", "UNAUTHORISED_ABSENCE"};
    private static final String[] FORMS = {"PHYSICAL", "PSYCHOLOGICAL", "SEXUAL", "ECONOMIC"};
    private static final String[] EXTENSION_GROUNDS = {"DIVORCE_PENDING", "HOUSING_PENDING", "HOUSING_PENDING",
            "HEALTH_TREATMENT", "EMPLOYMENT_PENDING", "SAFETY_RISK", "CHILD_CUSTODY", "DIVORCE_PENDING;CHILD_CUSTODY"};
    private static final String[] DECIDERS = {"COMMISSION", "COMMISSION", "DIRECTOR", "CASE_CONFERENCE", "LOCAL_EXECUTIVE_BODY"};
    private static final String[] GROUNDS = {"NOT_ELIGIBLE", "FALSE_INFORMATION", "INFECTIOUS_DISEASE", "MENTAL_DISORDER",
            "NO_PLACES", "NO_DOCUMENTS", "NO_RESIDENCE", "HIV", "OTHER"};

    /**
     * Per centre, the share of plan measures carried out (with a {@code done_date}), as in Table 10 of
     * the note: 4 centres at 95-100%, 12 at 75-95%, 1 at 50-75% (ASSUMED: the note gives bands).
     */
    private static final double[] COMPLETION = {0.985, 0.86, 0.90, 0.82, 0.985, 0.88, 0.80, 0.91, 0.85, 0.985, 0.81,
            0.87, 0.62, 0.89, 0.84, 0.985, 0.83};

    private final SplittableRandom random;
    private final LocalDate from;
    private final LocalDate to;

    SyntheticRegister(long seed, LocalDate from, LocalDate to) {
        this.random = new SplittableRandom(seed);
        this.from = from;
        this.to = to;
    }

    void write(Writer out, long cases) throws IOException {
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CaseCsv.COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (long i = 1; i <= cases; i++) {
                csv.printRecord(row(i).values());
            }
        }
    }

    Map<String, String> row(long n) {
        Map<String, String> r = new LinkedHashMap<>();
        CaseCsv.COLUMNS.forEach(c -> r.put(c, ""));
        int centre = random.nextInt(REGIONS.size());
        r.put("case_id", "SYN-" + n);
        r.put("centre_id", String.format("KC-%02d", centre + 1));
        r.put("region", REGIONS.get(centre));
        r.put("ownership", centre < 5 ? "STATE" : "NON_STATE");
        r.put("stay_form", chance(0.85) ? "ROUND_THE_CLOCK" : "DAY");
        r.put("recipient_sex", chance(0.97) ? "F" : "M");
        LocalDate applied = from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
        r.put("recipient_birth_year", String.valueOf(applied.getYear() - 18 - random.nextInt(50)));
        r.put("violence_forms", chance(0.98) ? pick(FORMS) + (chance(0.6) ? ";PSYCHOLOGICAL" : "") : "");
        r.put("applicant", chance(0.9) ? "SELF" : chance(0.8) ? "DV_ORGANISATION" : "OTHER");
        r.put("referral_source", chance(0.4) ? "POLICE" : chance(0.5) ? "SELF" : "HOTLINE");
        r.put("application_date", applied.toString());
        boolean documents = chance(0.8);
        r.put("has_id_document", String.valueOf(documents));
        r.put("has_residence_registration", String.valueOf(chance(0.7)));
        if (chance(0.06)) {
            r.put("decision", "REFUSED");
            r.put("refusal_ground", pick(GROUNDS));
            r.put("refusal_in_writing", String.valueOf(chance(0.8)));
            r.put("refusal_reasons_given", String.valueOf(chance(0.85)));
            return r;
        }
        r.put("decision", "ADMITTED");
        LocalDate admitted = applied.plusDays(random.nextInt(2));
        r.put("admission_date", admitted.toString());
        LocalDate conclusion = admitted.plusDays(random.nextInt(chance(0.9) ? 10 : 25));
        r.put("conclusion_date", conclusion.toString());
        r.put("conclusion_complete", String.valueOf(chance(0.9)));
        r.put("executive_decision_date", conclusion.plusDays(random.nextInt(chance(0.9) ? 4 : 10)).toString());
        LocalDate contract = admitted.plusDays(chance(0.9) ? 0 : 1);
        r.put("contract_date", contract.toString());
        r.put("primary_assessment_date", admitted.toString());
        // Weekend arrivals are assessed later: the note's reason for a longer deadline.
        boolean weekend = contract.getDayOfWeek() == DayOfWeek.FRIDAY || contract.getDayOfWeek() == DayOfWeek.SATURDAY;
        LocalDate assessed = contract.plusDays(random.nextInt(weekend ? 6 : 4));
        r.put("needs_assessment_date", assessed.toString());
        List<String> needs = new ArrayList<>();
        for (String t : TYPES) {
            if (chance(0.45)) {
                needs.add(t);
            }
        }
        if (!documents && !needs.contains("SOCIAL_LEGAL")) {
            needs.add("SOCIAL_LEGAL");
        }
        r.put("needs_identified", String.join(";", needs));
        LocalDate plan = assessed.plusDays(random.nextInt(5));
        r.put("plan_date", plan.toString());
        r.put("plan_signed_by_recipient", chance(0.95) ? "true" : chance(0.5) ? "false" : "");
        if (chance(0.5)) {
            r.put("children", String.valueOf(admitted.getYear() - random.nextInt(18)));
        }
        boolean extended = chance(0.15);
        int months = extended ? 6 + random.nextInt(4) : 1 + random.nextInt(chance(0.95) ? 6 : 8);
        LocalDate exit = admitted.plusMonths(months).minusDays(random.nextInt(20));
        boolean exitRecorded = !exit.isAfter(to) || chance(0.5);
        // Measures are carried out up to the exit, or up to the end of the register while she stays.
        LocalDate end = exitRecorded ? exit : to;
        List<String> measures = new ArrayList<>();
        for (String t : needs) {
            if (chance(0.95)) {
                LocalDate due = plan.plusDays(7 + random.nextInt(60));
                String outcome = chance(0.88) ? "true" : chance(0.7) ? "false" : "";
                LocalDate done = due.plusDays(random.nextInt(10) - 6);
                done = done.isAfter(end) ? end : done.isBefore(plan) ? plan : done;
                boolean carriedOut = chance(COMPLETION[centre]) && !done.isBefore(plan);
                measures.add(t + "|" + (chance(0.97) ? pick(ROLES) : "") + "|" + due + "|" + outcome + "|" + (carriedOut ? done : ""));
            }
        }
        r.put("plan_measures", String.join(";", measures));
        List<String> entries = new ArrayList<>();
        for (LocalDate d = plan.plusMonths(chance(0.9) ? 3 : 4).minusDays(3); d.isBefore(exit); d = d.plusMonths(3).minusDays(2)) {
            entries.add(d + recipientView());
        }
        if (chance(0.85)) {
            entries.add(exit.minusDays(random.nextInt(3)) + recipientView());
        }
        r.put("monitoring_dates", String.join(";", entries));
        if (extended) {
            r.put("extension_decision_date", admitted.plusMonths(6).minusDays(chance(0.9) ? 5 : -5).toString());
            r.put("extension_grounds", documents ? pick(EXTENSION_GROUNDS) : "DOCUMENTS_RESTORATION");
            r.put("extension_decided_by", pick(DECIDERS));
        }
        String reason = chance(0.97) ? pick(REASONS) : "";
        if (reason.equals("RULES_VIOLATION")) {
            r.put("rules_violations", admitted.plusDays(10) + (chance(0.8) ? ";" + admitted.plusDays(20) : ""));
        }
        if (reason.equals("UNAUTHORISED_ABSENCE")) {
            LocalDate left = exit.minusDays(chance(0.85) ? 5 : 2);
            r.put("absences", left + "T10:00||false");
        }
        if (exitRecorded) {
            r.put("exit_date", exit.toString());
            r.put("exit_reason", reason);
        }
        r.put("confidentiality_informed", chance(0.96) ? "true" : chance(0.5) ? "false" : "");
        boolean severe = chance(0.15);
        r.put("severe", severe ? "true" : chance(0.95) ? "false" : "");
        if (severe && exitRecorded && chance(0.7)) {
            // Most within the month after the exit, some later (what EXIT-06 of the follow-up amendment looks at).
            LocalDate first = exit.plusDays(3 + random.nextInt(chance(0.8) ? 27 : 60));
            r.put("follow_up_dates", first + (chance(0.4) ? ";" + first.plusDays(20 + random.nextInt(40)) : ""));
        }
        return r;
    }

    /** A monitoring entry's optional part: the recipient's own view is recorded in about half the entries. */
    private String recipientView() {
        double p = random.nextDouble();
        return p < 0.4 ? "|true" : p < 0.5 ? "|false" : "";
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
