package kz.socialservices.checker.engine.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine needs to know of a standard's case type, without knowing the standard.
 *
 * @param <C> the standard's immutable case fact
 */
public interface CaseAdapter<C> {

    Class<C> caseType();

    String caseId(C c);

    String centreId(C c);

    /** Grouping keys for reports (e.g. region, ownership); never identifying data. */
    Map<String, String> dimensions(C c);

    /** The keys {@link #dimensions} gives every case, in order: what an audit may group by besides centre and year. */
    List<String> dimensionNames();

    /** The date the case starts; a case starting after the as-of date is not judged yet. */
    LocalDate startDate(C c);

    /** The date held in the named field (a catalogue anchor or deadline origin), or null. */
    LocalDate date(C c, String field);

    /** The case as it stood at the end of {@code asOf}: every event dated after it removed. */
    C asOf(C c, LocalDate asOf);

    /** Whether the case (as of a date, see {@link #asOf}) is still open: its non-compliance is then overdue. */
    boolean isOpen(C view);

    /**
     * The case's contributions (as of a date) to the standard's own audit indicators, beside its
     * verdicts; none unless the standard defines some.
     */
    default List<Tally> tallies(C view) {
        return List.of();
    }

    /** The indicators {@link #tallies} adds to, each with its categories in the order reports list them. */
    default Map<String, List<String>> indicators() {
        return Map.of();
    }

    /** Whether a requirement with this {@code appliesTo} scope concerns the case. */
    Applicability applicability(C c, String scope);

    record Applicability(boolean applies, List<String> missingFields) {

        public static final Applicability APPLIES = new Applicability(true, List.of());
        public static final Applicability DOES_NOT_APPLY = new Applicability(false, List.of());

        public static Applicability unknown(String... missing) {
            return new Applicability(false, List.of(missing));
        }

        public boolean known() {
            return missingFields.isEmpty();
        }
    }
}
