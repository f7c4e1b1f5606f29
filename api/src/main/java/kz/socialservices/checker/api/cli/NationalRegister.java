package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import kz.socialservices.checker.engine.audit.Years;
import kz.socialservices.checker.engine.calendar.WorkingDayCalendar;
import kz.socialservices.checker.standard.Absence;
import kz.socialservices.checker.standard.Applicant;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.Child;
import kz.socialservices.checker.standard.Decision;
import kz.socialservices.checker.standard.DvStandard;
import kz.socialservices.checker.standard.ExitReason;
import kz.socialservices.checker.standard.ExtensionDecider;
import kz.socialservices.checker.standard.ExtensionGround;
import kz.socialservices.checker.standard.MonitoringEntry;
import kz.socialservices.checker.standard.Ownership;
import kz.socialservices.checker.standard.PlanMeasure;
import kz.socialservices.checker.standard.ReferralSource;
import kz.socialservices.checker.standard.RefusalGround;
import kz.socialservices.checker.standard.Responsible;
import kz.socialservices.checker.standard.ServiceType;
import kz.socialservices.checker.standard.Sex;
import kz.socialservices.checker.standard.StayForm;
import kz.socialservices.checker.standard.ViolenceForm;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The national synthetic dataset: the cases of the 17 crisis centres of the 2021 monitoring note
 * (methodology list: their region and ownership), over several years, made so that the note's 2021
 * answers come out of an audit of it. No real person is behind any record; centres are codes
 * ({@code KC-05} is no. 5 of the note's list), never names.
 *
 * <p>What drives what (documented for readers in {@code fixtures/national/README.md}):
 * <ul>
 * <li>{@link Centre#table9}: the share of late in-depth assessments (ASM-02) among the centre's cases
 *     with a contract in the year; exact in 2021 (the late cases are drawn, weekend and holiday arrivals
 *     first), drifting in the other years;</li>
 * <li>{@link Centre#planCompletion}: the share of plan measures carried out (with a {@code done_date})
 *     among the measures of plans dated in the year (Table 10), exact in 2021;</li>
 * <li>{@link Centre#exits}: the share of the year's exits with each reason (Table 11 and the
 *     terminations line), exact in every year by construction: cases are made from their exit;</li>
 * <li>everything else (documents, registration, extensions to 9 months, school-age children, late
 *     conclusions, monitoring gaps...) by probabilities, a little better each year.</li>
 * </ul>
 * In 2021 every count an audit by centre publishes for these figures is 0 or at least 5, so the
 * default small-cell threshold leaves them readable. Deterministic for a seed, centre by centre.
 */
final class NationalRegister {

    static final Years DEFAULT_YEARS = new Years(2017, 2025);
    static final long DEFAULT_SEED = 2021;
    /** Exits per year nationwide; the calibration of 2021 holds from about 1,000. */
    static final int DEFAULT_CASES_PER_YEAR = 1000;
    /** The note's year: its answers are reproduced exactly in this year's cases. */
    static final int CALIBRATED_YEAR = 2021;
    /** 2021's counts are 0 or at least this, so that an audit by centre shows them under the default threshold. */
    static final int SHOWN = 5;

    /** Table 9 of the note: how often the in-depth assessment is done within 3 days of the contract. */
    enum Table9 {
        /** >= 97%: none late in 2021. */
        ALWAYS(0.0, 0.015),
        /** 90-97%. */
        ALMOST_ALWAYS(0.065, 0.065),
        /** 75-90%. */
        OFTEN(0.17, 0.17);

        final double late2021;
        final double lateOtherYears;

        Table9(double late2021, double lateOtherYears) {
            this.late2021 = late2021;
            this.lateOtherYears = lateOtherYears;
        }
    }

    /**
     * One centre of the note's list.
     *
     * @param weight         its share of the national cases
     * @param planCompletion Table 10: the share of its 2021 plan measures carried out
     * @param exits          Table 11 and the terminations: per cent of its exits by reason ({@code null} key: no
     *                       reason recorded)
     */
    record Centre(int number, String region, Ownership ownership, double weight, Table9 table9, double planCompletion,
                  Map<ExitReason, Integer> exits) {
        String id() {
            return String.format("KC-%02d", number);
        }
    }

    private static Map<ExitReason, Integer> exits(Object... reasonAndPercent) {
        Map<ExitReason, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < reasonAndPercent.length; i += 2) {
            out.put((ExitReason) reasonAndPercent[i], (Integer) reasonAndPercent[i + 1]);
        }
        if (out.values().stream().mapToInt(Integer::intValue).sum() != 100) {
            throw new IllegalStateException("exit shares must add up to 100%");
        }
        return out;
    }

    private static final ExitReason PE = ExitReason.PERIOD_ENDED;
    private static final ExitReason TR = ExitReason.TRANSFER;
    private static final ExitReason GA = ExitReason.GOALS_ACHIEVED;
    private static final ExitReason RD = ExitReason.RECIPIENT_DECISION;
    private static final ExitReason RV = ExitReason.RULES_VIOLATION;
    private static final ExitReason UA = ExitReason.UNAUTHORISED_ABSENCE;
    private static final ExitReason NO_REASON = null;
    private static final Ownership STATE = Ownership.STATE;
    private static final Ownership NON_STATE = Ownership.NON_STATE;

    /**
     * The 17 centres, numbered as in the note's methodology list, with their region and ownership as listed
     * there (5 state: nos. 5, 7, 9, 10, 16). Table 11's bands per reason (never < 1%, sometimes 1-15%, often
     * 15-35%, almost always 35-50%, always >= 50%) are met with shares away from the bands' edges; where the
     * four reasons of the table cannot fill a centre's exits, the rest ends for breach (the 9 centres of the
     * terminations line) or without a recorded reason (nos. 14 and 17).
     */
    static final List<Centre> CENTRES = List.of(
            new Centre(1, "Almaty city", NON_STATE, 0.075, Table9.ALWAYS, 0.975, exits(PE, 64, TR, 12, GA, 12, RV, 12)),
            new Centre(2, "Astana city", NON_STATE, 0.070, Table9.ALWAYS, 0.88, exits(PE, 76, TR, 12, GA, 12)),
            new Centre(3, "Akmola region", NON_STATE, 0.065, Table9.ALMOST_ALWAYS, 0.90, exits(PE, 88, GA, 12)),
            new Centre(4, "Aktobe region", NON_STATE, 0.065, Table9.ALMOST_ALWAYS, 0.82, exits(PE, 78, TR, 10, UA, 12)),
            new Centre(5, "Aktobe region", STATE, 0.055, Table9.ALWAYS, 0.975, exits(GA, 76, PE, 12, TR, 12)),
            new Centre(6, "Almaty region", NON_STATE, 0.070, Table9.ALMOST_ALWAYS, 0.88, exits(PE, 88, GA, 12)),
            new Centre(7, "Atyrau region", STATE, 0.045, Table9.ALWAYS, 0.80, exits(TR, 88, PE, 12)),
            new Centre(8, "East Kazakhstan region", NON_STATE, 0.050, Table9.ALWAYS, 0.91, exits(PE, 88, UA, 12)),
            new Centre(9, "West Kazakhstan region", STATE, 0.065, Table9.ALMOST_ALWAYS, 0.85, exits(PE, 45, GA, 45, TR, 10)),
            new Centre(10, "Zhambyl region", STATE, 0.060, Table9.ALWAYS, 0.975, exits(GA, 78, PE, 12, TR, 10)),
            new Centre(11, "Karaganda region", NON_STATE, 0.065, Table9.ALMOST_ALWAYS, 0.81, exits(PE, 31, GA, 31, TR, 12, RD, 12, RV, 14)),
            new Centre(12, "Karaganda region", NON_STATE, 0.045, Table9.OFTEN, 0.87, exits(PE, 31, GA, 30, TR, 12, RD, 12, RV, 15)),
            new Centre(13, "Kostanay region", NON_STATE, 0.050, Table9.ALWAYS, 0.62, exits(PE, 31, TR, 31, GA, 12, RD, 12, RV, 14)),
            new Centre(14, "Kyzylorda region", NON_STATE, 0.065, Table9.ALMOST_ALWAYS, 0.89, exits(PE, 12, GA, 31, TR, 31, RV, 12, NO_REASON, 14)),
            new Centre(15, "Mangystau region", NON_STATE, 0.065, Table9.ALMOST_ALWAYS, 0.84, exits(PE, 12, GA, 31, RD, 31, TR, 12, RV, 14)),
            new Centre(16, "Pavlodar region", STATE, 0.050, Table9.ALWAYS, 0.975, exits(PE, 12, GA, 88)),
            new Centre(17, "North Kazakhstan region", NON_STATE, 0.040, Table9.OFTEN, 0.83,
                    exits(PE, 12, GA, 31, TR, 12, RD, 12, RV, 15, NO_REASON, 18)));

    private static final double REFUSALS = 0.06;
    private static final ExtensionGround[] GROUNDS = {ExtensionGround.DIVORCE_PENDING, ExtensionGround.HOUSING_PENDING,
            ExtensionGround.HOUSING_PENDING, ExtensionGround.HEALTH_TREATMENT, ExtensionGround.EMPLOYMENT_PENDING,
            ExtensionGround.SAFETY_RISK, ExtensionGround.CHILD_CUSTODY};
    private static final ExtensionDecider[] DECIDERS = {ExtensionDecider.COMMISSION, ExtensionDecider.COMMISSION,
            ExtensionDecider.DIRECTOR, ExtensionDecider.CASE_CONFERENCE, ExtensionDecider.LOCAL_EXECUTIVE_BODY};

    private final long seed;
    private final Years years;
    private final int casesPerYear;
    private final LocalDate start;
    private final LocalDate horizon;
    private final WorkingDayCalendar calendar = DvStandard.shippedCalendar();

    /** @param casesPerYear exits per year nationwide (each centre its weight of them) */
    NationalRegister(long seed, Years years, int casesPerYear) {
        if (casesPerYear < 1) {
            throw new IllegalArgumentException("at least one case per year");
        }
        this.seed = seed;
        this.years = years;
        this.casesPerYear = casesPerYear;
        this.start = LocalDate.of(years.from(), 1, 1);
        this.horizon = LocalDate.of(years.to(), 12, 31);
    }

    /** The register as of the end of its last year (nothing dated later): centre by centre, in order of application. */
    long write(Writer out) throws IOException {
        long rows = 0;
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CaseCsv.COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (Centre centre : CENTRES) {
                for (Case c : centre(centre)) {
                    csv.printRecord(CaseCsv.format(c));
                    rows++;
                }
            }
        }
        return rows;
    }

    /** One centre's cases; its own random stream, so a centre's cases do not depend on the others'. */
    List<Case> centre(Centre centre) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + centre.number());
        List<Draft> drafts = new ArrayList<>();
        int perYear = Math.max(1, (int) Math.round(casesPerYear * centre.weight()));
        for (int year = years.from(); year <= years.to() + 1; year++) {
            // the year after the last gives the cases still open at the horizon
            for (ExitReason reason : shuffled(exitDeck(centre, year, perYear), random)) {
                Draft d = admitted(centre, year, reason, random);
                if (d != null && !d.admission.isAfter(horizon)) {
                    drafts.add(d);
                }
            }
            if (year <= years.to()) {
                for (int i = 0; i < Math.round(perYear * REFUSALS); i++) {
                    drafts.add(refused(centre, year, random));
                }
            }
        }
        assessments(centre, drafts, random);
        drafts.forEach(d -> plan(d, random));
        planCompletion(centre, drafts, random);
        drafts.forEach(d -> monitoringAndRest(d, random));
        List<Case> cases = new ArrayList<>(drafts.size());
        drafts.sort(Comparator.comparing((Draft d) -> d.application).thenComparing(d -> d.order));
        Map<Integer, Integer> sequence = new TreeMap<>();
        for (Draft d : drafts) {
            int n = sequence.merge(d.application.getYear(), 1, Integer::sum);
            d.caseId = String.format("KC%02d-%d-%04d", centre.number(), d.application.getYear(), n);
            cases.add(d.toCase(centre).asOf(horizon)); // events after the horizon have not happened yet
        }
        return cases;
    }

    // --- exits: Table 11 and the terminations ------------------------------------------------

    /** The year's exits by reason, as exact counts of the centre's shares (largest remainders). */
    List<ExitReason> exitDeck(Centre centre, int year, int exits) {
        Map<ExitReason, Double> shares = new LinkedHashMap<>();
        centre.exits().forEach((r, p) -> shares.put(r, p / 100.0));
        if (year != CALIBRATED_YEAR && shares.containsKey(NO_REASON)) {
            // record-keeping improves after 2021 (and was worse before): the missing reasons become goals achieved
            double none = shares.get(NO_REASON);
            double drifted = Math.max(0, Math.min(none * 1.5, none * (1 - 0.3 * (year - CALIBRATED_YEAR))));
            shares.put(NO_REASON, drifted);
            shares.merge(GA, none - drifted, Double::sum);
        }
        List<ExitReason> deck = new ArrayList<>(exits);
        Map<ExitReason, Double> remainders = new LinkedHashMap<>();
        shares.forEach((r, share) -> {
            double exact = exits * share;
            for (int i = 0; i < (int) Math.floor(exact); i++) {
                deck.add(r);
            }
            remainders.put(r, exact - Math.floor(exact));
        });
        List<Map.Entry<ExitReason, Double>> byRemainder = new ArrayList<>(remainders.entrySet());
        byRemainder.sort(Map.Entry.<ExitReason, Double>comparingByValue().reversed());
        for (int i = 0; deck.size() < exits; i++) {
            deck.add(byRemainder.get(i % byRemainder.size()).getKey());
        }
        return deck;
    }

    /**
     * A case that ends in {@code year} for {@code reason}: the exit date is drawn in the year, the stay's
     * length from the reason (a period that ran out ends on its limit, 6 months or 9 when extended), and
     * the admission before it, moved to the weekend or holiday just before in a third of the cases (the
     * note: women arrive on weekends and holidays). Null when the stay cannot start within the years.
     */
    private Draft admitted(Centre centre, int year, ExitReason reason, SplittableRandom random) {
        for (int attempt = 0; attempt < 50; attempt++) {
            LocalDate exit = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
            boolean extended = reason == PE ? chance(random, 0.25) : reason == GA && chance(random, 0.10);
            LocalDate admission = admissionFor(reason, extended, exit, random);
            if (chance(random, 0.35)) {
                LocalDate dayOff = admission;
                for (int back = 0; back < 3 && workingDay(dayOff); back++) {
                    dayOff = dayOff.minusDays(1);
                }
                if (!workingDay(dayOff)) {
                    admission = dayOff;
                }
            }
            if (reason == PE) {
                exit = periodEnd(admission, extended, random);
            }
            if (admission.isBefore(start) || exit.getYear() != year) {
                continue;
            }
            Draft d = new Draft();
            d.order = random.nextLong();
            d.decision = Decision.ADMITTED;
            d.admission = admission;
            d.exit = exit;
            d.reason = reason;
            d.extended = extended;
            d.application = admission.minusDays(chance(random, 0.85) ? 0 : 1 + random.nextInt(2));
            return d;
        }
        return null;
    }

    private LocalDate admissionFor(ExitReason reason, boolean extended, LocalDate exit, SplittableRandom random) {
        if (reason == PE) {
            return exit.minusMonths(extended ? 9 : 6);
        }
        int days = switch (reason == null ? ExitReason.DEATH : reason) {
            case RECIPIENT_DECISION -> 3 + random.nextInt(72);
            case TRANSFER -> 5 + random.nextInt(145);
            case RULES_VIOLATION -> 20 + random.nextInt(140);
            case UNAUTHORISED_ABSENCE -> 12 + random.nextInt(140);
            case GOALS_ACHIEVED -> extended ? 185 + random.nextInt(85) : 30 + random.nextInt(148);
            default -> 20 + random.nextInt(158); // no reason recorded
        };
        if (!extended && chance(random, 0.02)) {
            days = 184 + random.nextInt(20); // kept past the 6 months without an extension (STAY-01)
        }
        return exit.minusDays(days);
    }

    /** Where the period ran out: on the limit itself mostly; now and then a few days after, or before it. */
    private static LocalDate periodEnd(LocalDate admission, boolean extended, SplittableRandom random) {
        LocalDate limit = admission.plusMonths(extended ? 9 : 6);
        double p = random.nextDouble();
        return p < 0.03 ? limit.plusDays(1 + random.nextInt(5)) : p < 0.05 ? limit.minusDays(5 + random.nextInt(15)) : limit;
    }

    private Draft refused(Centre centre, int year, SplittableRandom random) {
        Draft d = new Draft();
        d.order = random.nextLong();
        d.decision = Decision.REFUSED;
        d.application = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        // unlawful grounds (no documents, no residence, HIV, no places, other) grow rarer over the years
        double unlawful = lapse(0.25, year);
        RefusalGround[] lawful = {RefusalGround.NOT_ELIGIBLE, RefusalGround.NOT_ELIGIBLE, RefusalGround.MENTAL_DISORDER,
                RefusalGround.INFECTIOUS_DISEASE, RefusalGround.FALSE_INFORMATION};
        RefusalGround[] other = {RefusalGround.NO_PLACES, RefusalGround.NO_PLACES, RefusalGround.NO_DOCUMENTS,
                RefusalGround.NO_RESIDENCE, RefusalGround.HIV, RefusalGround.OTHER};
        d.refusalGround = chance(random, 0.02) ? null : chance(random, unlawful) ? pick(random, other) : pick(random, lawful);
        d.refusalInWriting = chance(random, 0.9) ? Boolean.TRUE : chance(random, 0.5) ? Boolean.FALSE : null;
        d.refusalReasonsGiven = chance(random, 0.9) ? Boolean.TRUE : chance(random, 0.5) ? Boolean.FALSE : null;
        person(d, random);
        return d;
    }

    // --- assessments: Table 9 ------------------------------------------------------------------

    /**
     * The procedure up to the in-depth assessment; then, per year of the contract, exactly the year's
     * share of late assessments (ASM-02), drawn among the cases that stayed long enough, weekend and
     * holiday arrivals three times as likely.
     */
    private void assessments(Centre centre, List<Draft> drafts, SplittableRandom random) {
        Map<Integer, List<Draft>> byContractYear = new TreeMap<>();
        for (Draft d : drafts) {
            if (d.decision != Decision.ADMITTED) {
                continue;
            }
            person(d, random);
            procedure(d, random);
            if (d.contract != null) {
                byContractYear.computeIfAbsent(d.contract.getYear(), y -> new ArrayList<>()).add(d);
            }
        }
        byContractYear.forEach((year, cases) -> {
            double share = year == CALIBRATED_YEAR ? centre.table9().late2021 : centre.table9().lateOtherYears * drift(year);
            List<Draft> candidates = cases.stream().filter(d -> d.exit == null || !d.exit.isBefore(d.contract.plusDays(9))).toList();
            int late = (int) Math.round(cases.size() * share);
            if (year == CALIBRATED_YEAR && share > 0) {
                late = Math.max(SHOWN, late);
            }
            List<Draft> chosen = weightedPick(candidates, Math.min(late, candidates.size()),
                    d -> workingDay(d.contract) ? 1.0 : 3.0, random);
            for (Draft d : cases) {
                if (chosen.contains(d)) {
                    d.needsAssessment = d.contract.plusDays(4 + random.nextInt(5));
                } else {
                    // on time: a weekend arrival is seen after the days off, within the 3 days
                    int days = workingDay(d.contract) ? random.nextInt(3) : 2 + random.nextInt(2);
                    LocalDate on = d.contract.plusDays(days);
                    d.needsAssessment = d.exit != null && d.exit.isBefore(on) ? d.exit : on;
                }
            }
        });
    }

    /** Efraimidis-Spirakis: {@code k} of {@code items} without replacement, each as likely as its weight. */
    private static <T> List<T> weightedPick(List<T> items, int k, java.util.function.ToDoubleFunction<T> weight, SplittableRandom random) {
        List<Map.Entry<Double, T>> keyed = new ArrayList<>();
        for (T item : items) {
            keyed.add(Map.entry(Math.pow(random.nextDouble(), 1 / weight.applyAsDouble(item)), item));
        }
        keyed.sort(Map.Entry.<Double, T>comparingByKey().reversed());
        return keyed.stream().limit(k).map(Map.Entry::getValue).toList();
    }

    /** Who she is, as far as the register says (no name, no number: the year of birth, sex, children). */
    private void person(Draft d, SplittableRandom random) {
        int year = d.application.getYear();
        d.stayForm = chance(random, 0.88) ? StayForm.ROUND_THE_CLOCK : StayForm.DAY;
        d.sex = chance(random, 0.97) ? Sex.F : Sex.M;
        d.birthYear = year - 18 - random.nextInt(50);
        d.violence = EnumSet.noneOf(ViolenceForm.class);
        if (!chance(random, lapse(0.02, year))) {
            d.violence.add(chance(random, 0.75) ? ViolenceForm.PHYSICAL : pick(random, ViolenceForm.values()));
            if (chance(random, 0.6)) {
                d.violence.add(ViolenceForm.PSYCHOLOGICAL);
            }
            if (chance(random, 0.15)) {
                d.violence.add(ViolenceForm.ECONOMIC);
            }
        }
        double a = random.nextDouble();
        d.applicant = a < lapse(0.01, year) ? null : a < 0.02 ? Applicant.OTHER : a < 0.85 ? Applicant.SELF
                : a < 0.92 ? Applicant.DV_ORGANISATION : a < 0.96 ? Applicant.FAMILY_MEMBER : Applicant.PROVIDER;
        d.referral = pick(random, new ReferralSource[] {ReferralSource.POLICE, ReferralSource.POLICE, ReferralSource.SELF,
                ReferralSource.HOTLINE, ReferralSource.NGO, ReferralSource.HEALTH, ReferralSource.AKIMAT});
        // the note: many arrive without identity documents or registration
        d.idDocument = chance(random, 0.78);
        d.registration = chance(random, 0.65);
        if (d.decision == Decision.ADMITTED && chance(random, 0.5)) {
            int children = 1 + random.nextInt(3);
            for (int i = 0; i < children; i++) {
                d.children.add(new Child(d.admission.getYear() - random.nextInt(18)));
            }
        }
    }

    /** The social worker's conclusion, the executive body's decision, the contract and the primary assessment. */
    private void procedure(Draft d, SplittableRandom random) {
        int year = d.admission.getYear();
        d.conclusion = plusWorkingDays(d.application, chance(random, lapse(0.10, year)) ? 11 + random.nextInt(6) : 1 + random.nextInt(10));
        d.conclusionComplete = chance(random, lapse(0.10, year)) ? Boolean.FALSE : Boolean.TRUE;
        d.executiveDecision = plusWorkingDays(d.conclusion, chance(random, lapse(0.15, year)) ? 4 + random.nextInt(5) : 1 + random.nextInt(3));
        boolean noContract = year != CALIBRATED_YEAR && chance(random, lapse(0.01, year));
        d.contract = noContract ? null : chance(random, 0.9) || d.exit.equals(d.admission) ? d.admission : d.admission.plusDays(1);
        d.primaryAssessment = d.admission;
    }

    // --- the plan: Table 10 ----------------------------------------------------------------

    private void plan(Draft d, SplittableRandom random) {
        if (d.decision != Decision.ADMITTED) {
            return;
        }
        int year = d.admission.getYear();
        LocalDate assessed = d.needsAssessment != null ? d.needsAssessment : d.admission.plusDays(2);
        if (d.needsAssessment == null && d.contract == null) {
            d.needsAssessment = assessed;
        }
        if (chance(random, lapse(0.02, year))) {
            d.primaryAssessment = d.needsAssessment.plusDays(1); // recorded after the in-depth one (ASM-01)
        }
        for (ServiceType t : ServiceType.values()) {
            double needed = t == ServiceType.SOCIAL_PSYCHOLOGICAL ? 0.85 : t == ServiceType.SOCIAL_DOMESTIC ? 0.75 : 0.22;
            if (chance(random, needed)) {
                d.needs.add(t);
            }
        }
        if (!d.idDocument) {
            d.needs.add(ServiceType.SOCIAL_LEGAL);
        }
        if (chance(random, lapse(0.01, year))) {
            d.needs.clear(); // no needs recorded (ASM-03)
        }
        LocalDate planned = assessed.plusDays(random.nextInt(5));
        if (d.exit.isBefore(planned) || chance(random, lapse(0.02, year))) {
            return; // she left before a plan, or none was drawn up (IPR-01)
        }
        d.plan = planned;
        d.planSigned = chance(random, lapse(0.03, year)) ? (chance(random, 0.5) ? Boolean.FALSE : null) : Boolean.TRUE;
        Set<ServiceType> measured = EnumSet.noneOf(ServiceType.class);
        for (ServiceType t : d.needs) {
            if (!chance(random, lapse(0.04, year))) {
                measured.add(t); // a needed type without a measure (IPR-03) otherwise
            }
        }
        if (!d.idDocument && chance(random, 0.95)) {
            measured.add(ServiceType.SOCIAL_LEGAL); // restoring her documents (IPR-05)
        }
        boolean schoolChild = d.children.stream().anyMatch(c -> d.admission.getYear() - c.birthYear() >= 6
                && d.admission.getYear() - c.birthYear() <= 17);
        if (schoolChild && chance(random, 0.8)) {
            measured.add(ServiceType.SOCIAL_PEDAGOGICAL); // school placement (IPR-06, the note's Table 4)
        }
        for (ServiceType t : measured) {
            MeasureDraft m = new MeasureDraft();
            m.type = t;
            m.responsible = chance(random, lapse(0.03, year)) ? null : responsibleFor(t, random);
            m.due = chance(random, 0.01) ? null : planned.plusDays(7 + random.nextInt(54));
            double o = random.nextDouble();
            m.outcomeStated = o < 0.88 ? Boolean.TRUE : o < 0.96 ? Boolean.FALSE : null;
            d.measures.add(m);
        }
    }

    private static Responsible responsibleFor(ServiceType t, SplittableRandom random) {
        return switch (t) {
            case SOCIAL_LEGAL -> Responsible.LAWYER;
            case SOCIAL_PSYCHOLOGICAL -> Responsible.PSYCHOLOGIST;
            case SOCIAL_PEDAGOGICAL -> Responsible.TEACHER;
            case SOCIAL_MEDICAL -> chance(random, 0.7) ? Responsible.NURSE : Responsible.DOCTOR;
            case SOCIAL_LABOUR -> Responsible.EMPLOYMENT_SPECIALIST;
            default -> chance(random, 0.8) ? Responsible.SOCIAL_WORKER : Responsible.CASE_MANAGER;
        };
    }

    /**
     * Per year of the plan, exactly the year's share of measures left undone (at least {@value #SHOWN} in
     * 2021 when any, each in a case of its own first); the others are done between the plan and the exit.
     */
    private void planCompletion(Centre centre, List<Draft> drafts, SplittableRandom random) {
        Map<Integer, List<Draft>> byPlanYear = new TreeMap<>();
        drafts.stream().filter(d -> d.plan != null && !d.measures.isEmpty())
                .forEach(d -> byPlanYear.computeIfAbsent(d.plan.getYear(), y -> new ArrayList<>()).add(d));
        byPlanYear.forEach((year, plans) -> {
            double completion = year == CALIBRATED_YEAR ? centre.planCompletion()
                    : Math.min(0.99, centre.planCompletion() + 0.012 * (year - CALIBRATED_YEAR));
            int measures = plans.stream().mapToInt(d -> d.measures.size()).sum();
            int undone = (int) Math.round(measures * (1 - completion));
            if (year == CALIBRATED_YEAR && undone > 0) {
                undone = Math.max(SHOWN, undone);
            }
            List<Draft> order = shuffled(plans, random);
            for (int round = 0; undone > 0 && round < 8; round++) { // one per case first, then a second...
                for (Draft d : order) {
                    if (undone == 0) {
                        break;
                    }
                    if (round < d.measures.size()) {
                        d.measures.get(round).undone = true;
                        undone--;
                    }
                }
            }
            for (Draft d : plans) {
                LocalDate last = d.exit.isAfter(horizon) ? horizon.plusYears(1) : d.exit;
                for (MeasureDraft m : d.measures) {
                    if (!m.undone) {
                        LocalDate aim = (m.due != null ? m.due : d.plan.plusDays(20)).plusDays(random.nextInt(16) - 6);
                        m.done = aim.isBefore(d.plan) ? d.plan : aim.isAfter(last) ? last : aim;
                    }
                }
            }
        });
    }

    // --- monitoring, the stay, the exit --------------------------------------------------------

    private void monitoringAndRest(Draft d, SplittableRandom random) {
        if (d.decision != Decision.ADMITTED) {
            return;
        }
        int year = d.admission.getYear();
        if (d.plan != null) {
            // quarterly from the plan (MON-01), now and then a gap too long; a last entry before the exit (MON-02)
            LocalDate entry = d.plan;
            while (true) {
                int days = chance(random, lapse(0.05, year)) ? 95 + random.nextInt(25) : 60 + random.nextInt(28);
                entry = entry.plusDays(days);
                if (!entry.isBefore(d.exit)) {
                    break;
                }
                d.monitoring.add(new MonitoringEntry(entry, recipientView(random)));
            }
            if (chance(random, 1 - lapse(0.15, year))) {
                LocalDate last = d.exit.minusDays(random.nextInt(4));
                if (d.monitoring.isEmpty() || last.isAfter(d.monitoring.get(d.monitoring.size() - 1).date())) {
                    d.monitoring.add(new MonitoringEntry(last.isBefore(d.plan) ? d.plan : last, recipientView(random)));
                }
            }
        }
        if (d.extended) {
            // decided before the 6 months run out, mostly (STAY-03); grounds and who decided as codes
            LocalDate limit = d.admission.plusMonths(6);
            d.extensionDecision = chance(random, lapse(0.08, year)) ? limit.plusDays(1 + random.nextInt(10)) : limit.minusDays(3 + random.nextInt(18));
            d.extensionGrounds = EnumSet.noneOf(ExtensionGround.class);
            d.extensionGrounds.add(!d.idDocument ? ExtensionGround.DOCUMENTS_RESTORATION : pick(random, GROUNDS));
            if (chance(random, 0.2)) {
                d.extensionGrounds.add(ExtensionGround.CHILD_CUSTODY);
            }
            d.extensionDecider = chance(random, lapse(0.03, year)) ? null : pick(random, DECIDERS);
        }
        if (d.reason == RV) {
            // systematic violations: at least two before the exit, mostly (EXIT-04)
            int violations = chance(random, 0.85) ? 2 + random.nextInt(2) : 1;
            for (int i = violations; i >= 1; i--) {
                LocalDate v = d.exit.minusDays(3L + 9L * i + random.nextInt(5));
                d.violations.add(v.isBefore(d.admission) ? d.admission : v);
            }
        } else if (chance(random, 0.04)) {
            d.violations.add(d.admission.plusDays(5 + random.nextInt(20)));
        }
        if (d.reason == UA) {
            // gone more than three days without telling the administration (EXIT-03); now and then not long enough
            LocalDate left = d.exit.minusDays(chance(random, 0.9) ? 5 + random.nextInt(6) : 2);
            d.absences.add(new Absence(left.atTime(10 + random.nextInt(10), 0), true, null, false, Boolean.FALSE));
        } else if (chance(random, 0.05)) {
            LocalDateTime left = d.admission.plusDays(10 + random.nextInt(30)).atTime(9, 0);
            d.absences.add(new Absence(left, true, left.plusHours(6 + random.nextInt(30)), true, Boolean.TRUE));
        }
        double informed = random.nextDouble();
        d.confidentiality = informed < lapse(0.02, year) ? null : informed < lapse(0.04, year) ? Boolean.FALSE : Boolean.TRUE;
        d.severe = chance(random, 0.15);
        if (d.severe && chance(random, 0.7)) {
            LocalDate first = d.exit.plusDays(3 + random.nextInt(chance(random, 0.8) ? 27 : 60));
            d.followUps.add(first);
            if (chance(random, 0.4)) {
                d.followUps.add(first.plusDays(20 + random.nextInt(40)));
            }
        }
    }

    private static Boolean recipientView(SplittableRandom random) {
        double p = random.nextDouble();
        return p < 0.4 ? Boolean.TRUE : p < 0.5 ? Boolean.FALSE : null;
    }

    // --- helpers ---------------------------------------------------------------------------

    /** How much worse than in 2021 the centres were earlier, and better later. */
    private static double drift(int year) {
        return Math.max(0.2, 1 + 0.12 * (CALIBRATED_YEAR - year));
    }

    /** The probability of a lapse of record or practice in a year, from its 2021 value. */
    private static double lapse(double in2021, int year) {
        return Math.min(1, in2021 * drift(year));
    }

    /** A working day by the shipped calendar; past its years, Monday to Friday. */
    private boolean workingDay(LocalDate day) {
        if (calendar.covers(day.getYear())) {
            return calendar.isWorkingDay(day);
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private LocalDate plusWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        for (int i = 0; i < n; ) {
            d = d.plusDays(1);
            if (workingDay(d)) {
                i++;
            }
        }
        return d;
    }

    private static boolean chance(SplittableRandom random, double p) {
        return random.nextDouble() < p;
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            java.util.Collections.swap(out, i, random.nextInt(i + 1));
        }
        return out;
    }

    /** A case while it is being made. */
    private static final class Draft {
        long order;
        String caseId;
        Decision decision;
        StayForm stayForm;
        Sex sex;
        Integer birthYear;
        Set<ViolenceForm> violence = EnumSet.noneOf(ViolenceForm.class);
        Applicant applicant;
        ReferralSource referral;
        LocalDate application;
        boolean idDocument = true;
        boolean registration = true;
        RefusalGround refusalGround;
        Boolean refusalInWriting;
        Boolean refusalReasonsGiven;
        LocalDate admission;
        LocalDate conclusion;
        Boolean conclusionComplete;
        LocalDate executiveDecision;
        LocalDate contract;
        LocalDate primaryAssessment;
        LocalDate needsAssessment;
        Set<ServiceType> needs = EnumSet.noneOf(ServiceType.class);
        LocalDate plan;
        Boolean planSigned;
        List<MeasureDraft> measures = new ArrayList<>();
        List<Child> children = new ArrayList<>();
        List<MonitoringEntry> monitoring = new ArrayList<>();
        boolean extended;
        LocalDate extensionDecision;
        Set<ExtensionGround> extensionGrounds = Set.of();
        ExtensionDecider extensionDecider;
        List<LocalDate> violations = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        LocalDate exit;
        ExitReason reason;
        Boolean confidentiality;
        boolean severe;
        List<LocalDate> followUps = new ArrayList<>();

        Case toCase(Centre centre) {
            boolean admitted = decision == Decision.ADMITTED;
            return new Case(caseId, centre.id(), centre.region(), centre.ownership(), stayForm, sex, birthYear, violence,
                    applicant, referral, application, idDocument, registration, decision, refusalGround, refusalInWriting,
                    refusalReasonsGiven, admission, conclusion, conclusionComplete, executiveDecision, contract,
                    primaryAssessment, needsAssessment, needs, plan, planSigned,
                    measures.stream().map(m -> new PlanMeasure(m.type, m.responsible, m.due, m.outcomeStated, m.done)).toList(),
                    children, monitoring, extensionDecision, extensionGrounds, extensionDecider, violations, absences,
                    admitted ? exit : null, admitted ? reason : null, confidentiality, admitted ? severe : null, followUps);
        }
    }

    private static final class MeasureDraft {
        ServiceType type;
        Responsible responsible;
        LocalDate due;
        Boolean outcomeStated;
        LocalDate done;
        boolean undone;
    }
}
