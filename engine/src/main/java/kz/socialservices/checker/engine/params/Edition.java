package kz.socialservices.checker.engine.params;

import java.time.LocalDate;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.catalogue.Requirement;

/**
 * One text of the standard and the dates it was in force ({@code to} null while it still is).
 *
 * @param requirementsBasis when set, the basis of every requirement judged under this edition
 *                          (e.g. ASSUMED for a text not yet read, whose requirements are assumed
 *                          to carry over); null when each requirement keeps its own basis
 */
public record Edition(String id, LocalDate from, LocalDate to, String legalBasis, String notes, Basis requirementsBasis) {

    /** The basis a finding of {@code r} judged under this edition rests on. */
    public Basis basisOf(Requirement r) {
        return requirementsBasis != null ? requirementsBasis : r.basis();
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
