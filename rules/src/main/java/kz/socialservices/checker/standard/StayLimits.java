package kz.socialservices.checker.standard;

import java.time.LocalDate;
import kz.socialservices.checker.engine.evaluation.Obligation;

/** The allowed end of a stay: the base period, or the extended one when an extension is recorded. */
public final class StayLimits {

    public static final String BASE = "stay.max_months";
    public static final String EXTENDED = "stay.max_extended_months";

    private StayLimits() {
    }

    public static LocalDate allowedUntil(Case c, Obligation o) {
        return o.lastDayWithin(c.admissionDate(), c.isExtended() ? EXTENDED : BASE);
    }
}
