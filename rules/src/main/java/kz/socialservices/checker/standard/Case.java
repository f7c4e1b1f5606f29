package kz.socialservices.checker.standard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One recipient's stay episode at one centre, as the centre recorded it: no names, no IIN, no
 * address, no phone. Immutable; a null single value is unknown, an empty list is none recorded.
 * Field names are the CSV columns in camelCase (REQUIREMENTS.md, "Case data" and "Coded fields"),
 * except {@code monitoring}: the entries of column {@code monitoring_dates} ({@link #monitoringDates()}
 * gives their dates).
 */
public record Case(
        String caseId,
        String centreId,
        String region,
        Ownership ownership,
        StayForm stayForm,
        Sex recipientSex,
        Integer recipientBirthYear,
        Set<ViolenceForm> violenceForms,
        Applicant applicant,
        ReferralSource referralSource,
        LocalDate applicationDate,
        Boolean hasIdDocument,
        Boolean hasResidenceRegistration,
        Decision decision,
        RefusalGround refusalGround,
        Boolean refusalInWriting,
        Boolean refusalReasonsGiven,
        LocalDate admissionDate,
        LocalDate conclusionDate,
        Boolean conclusionComplete,
        LocalDate executiveDecisionDate,
        LocalDate contractDate,
        LocalDate primaryAssessmentDate,
        LocalDate needsAssessmentDate,
        Set<ServiceType> needsIdentified,
        LocalDate planDate,
        Boolean planSignedByRecipient,
        List<PlanMeasure> planMeasures,
        List<Child> children,
        List<MonitoringEntry> monitoring,
        LocalDate extensionDecisionDate,
        Set<ExtensionGround> extensionGrounds,
        ExtensionDecider extensionDecidedBy,
        List<LocalDate> rulesViolations,
        List<Absence> absences,
        LocalDate exitDate,
        ExitReason exitReason,
        Boolean confidentialityInformed,
        Boolean severe,
        List<LocalDate> followUpDates) {

    public Case {
        // Enum sets keep the enums' order, so findings and reports list them the same way every run.
        violenceForms = violenceForms == null || violenceForms.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(violenceForms));
        needsIdentified = needsIdentified == null || needsIdentified.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(needsIdentified));
        planMeasures = planMeasures == null ? List.of() : List.copyOf(planMeasures);
        children = children == null ? List.of() : List.copyOf(children);
        monitoring = monitoring == null ? List.of() : List.copyOf(monitoring);
        extensionGrounds = extensionGrounds == null || extensionGrounds.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(EnumSet.copyOf(extensionGrounds));
        rulesViolations = rulesViolations == null ? List.of() : List.copyOf(rulesViolations);
        absences = absences == null ? List.of() : List.copyOf(absences);
        followUpDates = followUpDates == null ? List.of() : List.copyOf(followUpDates);
    }

    // What the rules ask of a case, named as the requirements name it.

    public boolean isOpen() {
        return exitDate == null;
    }

    /** Placed before the local executive body's decision, or with no decision recorded yet (ADM-08). */
    public boolean isAccommodatedAheadOfExecutiveDecision() {
        return executiveDecisionDate == null || admissionDate.isBefore(executiveDecisionDate);
    }

    /** An extension is recorded when any of its date, grounds (at least one code) or decider is. */
    public boolean isExtended() {
        return extensionDecisionDate != null || !extensionGrounds.isEmpty() || extensionDecidedBy != null;
    }

    public boolean hasMeasureOf(ServiceType type) {
        return planMeasures.stream().anyMatch(m -> m.serviceType() == type);
    }

    /** The needed service types that have no measure in the plan, in the order of the 8 types. */
    public List<ServiceType> neededTypesWithoutMeasure() {
        Set<ServiceType> missing = needsIdentified.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(needsIdentified);
        planMeasures.forEach(m -> missing.remove(m.serviceType()));
        return List.copyOf(missing);
    }

    /** 1-based positions of the plan measures that lack a type, a responsible or a due date. */
    public List<Integer> incompleteMeasures() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < planMeasures.size(); i++) {
            if (!planMeasures.get(i).complete()) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** 1-based positions of the plan measures recorded as not stating their expected result (IPR-08). */
    public List<Integer> measuresWithoutOutcome() {
        return measurePositions(m -> Boolean.FALSE.equals(m.outcomeStated()));
    }

    /** 1-based positions of the plan measures that do not record whether they state their expected result. */
    public List<Integer> measuresWithOutcomeUnrecorded() {
        return measurePositions(m -> m.outcomeStated() == null);
    }

    private List<Integer> measurePositions(java.util.function.Predicate<PlanMeasure> which) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < planMeasures.size(); i++) {
            if (which.test(planMeasures.get(i))) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** The monitoring entries on or after the plan date (those MON-01 counts), in date order. */
    public List<MonitoringEntry> monitoringOfThePlan() {
        return planDate == null ? List.of() : monitoring.stream().filter(e -> !e.date().isBefore(planDate))
                .sorted(java.util.Comparator.comparing(MonitoringEntry::date)).toList();
    }

    /** The dates of the plan's monitoring entries that record her view was not taken (MON-03). */
    public List<LocalDate> monitoringEntriesWithoutRecipientView() {
        return monitoringEntriesWhere(e -> Boolean.FALSE.equals(e.recipientView()));
    }

    /** The dates of the plan's monitoring entries that do not record whether her view was taken (MON-03). */
    public List<LocalDate> monitoringEntriesWithRecipientViewUnrecorded() {
        return monitoringEntriesWhere(e -> e.recipientView() == null);
    }

    private List<LocalDate> monitoringEntriesWhere(java.util.function.Predicate<MonitoringEntry> which) {
        return monitoringOfThePlan().stream().filter(which).map(MonitoringEntry::date).toList();
    }

    /** The first follow-up contact after the exit date, or null (EXIT-06). */
    public LocalDate firstFollowUpAfterExit() {
        return exitDate == null ? null : followUpDates.stream().filter(d -> d.isAfter(exitDate)).min(LocalDate::compareTo).orElse(null);
    }

    /** Children whose age (admission year minus birth year) lies within {@code from}..{@code to}. */
    public long childrenAgedBetween(int from, int to) {
        if (admissionDate == null) {
            return 0;
        }
        return children.stream().filter(c -> c.birthYear() != null)
                .map(c -> admissionDate.getYear() - c.birthYear())
                .filter(age -> age >= from && age <= to).count();
    }

    /** The dates of the monitoring journal's entries, in the order recorded. */
    public List<LocalDate> monitoringDates() {
        return monitoring.stream().map(MonitoringEntry::date).toList();
    }

    public boolean hasMonitoringBetween(LocalDate from, LocalDate to) {
        return monitoring.stream().map(MonitoringEntry::date).anyMatch(d -> !d.isBefore(from) && !d.isAfter(to));
    }

    public long violationsOnOrBefore(LocalDate date) {
        return rulesViolations.stream().filter(d -> !d.isAfter(date)).count();
    }

    /** Whether an absence without notice that started before the exit lasted more than the limit. */
    public boolean hasAbsenceWithoutNoticeLongerThan(int limitDays) {
        return exitDate != null && absences.stream()
                .filter(Absence::withoutNotice)
                .filter(a -> a.leftAt().toLocalDate().isBefore(exitDate))
                .anyMatch(a -> a.longerThan(limitDays, exitDate));
    }

    /**
     * The case as it stood at the end of {@code asOf}: every date after it is an event that has
     * not happened yet, so it is cleared (single dates) or dropped (list items: monitoring entries,
     * violations, follow-up contacts); an absence whose return is later has not returned yet, a measure
     * carried out later is not done yet. Planned dates (a measure's due date) are kept.
     */
    public Case asOf(LocalDate asOf) {
        boolean extensionHappened = extensionDecisionDate == null || !extensionDecisionDate.isAfter(asOf);
        return new Case(caseId, centreId, region, ownership, stayForm, recipientSex, recipientBirthYear, violenceForms,
                applicant, referralSource, upTo(applicationDate, asOf), hasIdDocument, hasResidenceRegistration,
                decision, refusalGround, refusalInWriting, refusalReasonsGiven, upTo(admissionDate, asOf),
                upTo(conclusionDate, asOf), conclusionDate != null && conclusionDate.isAfter(asOf) ? null : conclusionComplete,
                upTo(executiveDecisionDate, asOf), upTo(contractDate, asOf), upTo(primaryAssessmentDate, asOf),
                upTo(needsAssessmentDate, asOf),
                needsAssessmentDate != null && needsAssessmentDate.isAfter(asOf) ? Set.of() : needsIdentified,
                upTo(planDate, asOf), planDate != null && planDate.isAfter(asOf) ? null : planSignedByRecipient,
                planDate != null && planDate.isAfter(asOf) ? List.of() : planMeasures.stream().map(m -> m.asOf(asOf)).toList(),
                children, monitoring.stream().filter(e -> !e.date().isAfter(asOf)).toList(),
                extensionHappened ? extensionDecisionDate : null,
                extensionHappened ? extensionGrounds : Set.of(),
                extensionHappened ? extensionDecidedBy : null,
                upTo(rulesViolations, asOf),
                absences.stream().filter(a -> !a.leftAt().toLocalDate().isAfter(asOf))
                        .map(a -> a.returnedAt() != null && a.returnedAt().toLocalDate().isAfter(asOf)
                                ? new Absence(a.leftAt(), a.leftHasTime(), null, false, a.notified()) : a)
                        .toList(),
                upTo(exitDate, asOf), exitDate != null && exitDate.isAfter(asOf) ? null : exitReason,
                confidentialityInformed, severe, upTo(followUpDates, asOf));
    }

    private static LocalDate upTo(LocalDate d, LocalDate asOf) {
        return d == null || d.isAfter(asOf) ? null : d;
    }

    private static List<LocalDate> upTo(List<LocalDate> dates, LocalDate asOf) {
        return dates.stream().filter(d -> !d.isAfter(asOf)).toList();
    }

    /**
     * Equal cases still hash alike, but cheaply: the rule engine hashes a case each time a rule
     * reaches it, and the generated hash would walk every list of the record.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(caseId, centreId, applicationDate, admissionDate, exitDate);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Case c) || hashCode() != c.hashCode()) {
            return false;
        }
        return java.util.Arrays.equals(fields(this), fields(c));
    }

    private static Object[] fields(Case c) {
        return new Object[] {c.caseId, c.centreId, c.region, c.ownership, c.stayForm, c.recipientSex, c.recipientBirthYear,
                c.violenceForms, c.applicant, c.referralSource, c.applicationDate, c.hasIdDocument, c.hasResidenceRegistration,
                c.decision, c.refusalGround, c.refusalInWriting, c.refusalReasonsGiven, c.admissionDate, c.conclusionDate,
                c.conclusionComplete, c.executiveDecisionDate, c.contractDate, c.primaryAssessmentDate, c.needsAssessmentDate,
                c.needsIdentified, c.planDate, c.planSignedByRecipient, c.planMeasures, c.children, c.monitoring,
                c.extensionDecisionDate, c.extensionGrounds, c.extensionDecidedBy, c.rulesViolations, c.absences, c.exitDate,
                c.exitReason, c.confidentialityInformed, c.severe, c.followUpDates};
    }

    @Override
    public String toString() {
        return "Case[" + centreId + "/" + caseId + "]"; // never the record's content, even in a debugger's log
    }
}
