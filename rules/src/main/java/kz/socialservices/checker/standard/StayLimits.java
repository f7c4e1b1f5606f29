package kz.socialservices.checker.standard;

import java.time.LocalDate;
import kz.socialservices.checker.engine.evaluation.Obligation;

/** The allowed end of a stay: the base period, or the extended one when an extension is recorded. */
public final class StayLimits {

    public static final String BASE = "stay.max_months";
    public static final String EXTENDED = "stay.max_extended_months";
    /** Amendment {@code complex-stays-12-months}: a longer ceiling for extensions on complex grounds. */
    public static final String COMPLEX = "stay.max_complex_months";
    public static final String COMPLEX_GROUNDS = "stay.complex_grounds";

    private StayLimits() {
    }

    public static LocalDate allowedUntil(Case c, Obligation o) {
        return o.lastDayWithin(c.admissionDate(), c.isExtended() ? EXTENDED : BASE);
    }

    // Amendment complex-stays-12-months: the extended ceiling is stay.max_complex_months when the
    // extension's grounds include one of stay.complex_grounds, stay.max_extended_months otherwise.

    /** Whether an extension rests on a complex ground. */
    public static boolean complex(Case c, Obligation o) {
        return c.extensionGrounds().stream().anyMatch(g -> o.listed(COMPLEX_GROUNDS, g));
    }

    /** The parameter that sets the extended ceiling of this case. */
    public static String extendedCeiling(Case c, Obligation o) {
        return complex(c, o) ? COMPLEX : EXTENDED;
    }

    public static LocalDate extendedUntil(Case c, Obligation o) {
        return o.lastDayWithin(c.admissionDate(), extendedCeiling(c, o));
    }

    /** {@link #allowedUntil} with the ceiling for complex grounds. */
    public static LocalDate allowedUntilWithComplexGrounds(Case c, Obligation o) {
        return c.isExtended() ? extendedUntil(c, o) : o.lastDayWithin(c.admissionDate(), BASE);
    }
}
