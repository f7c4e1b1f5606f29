package kz.socialservices.checker.engine.params;

import java.time.LocalDate;

/** One text of the standard and the dates it was in force ({@code to} null while it still is). */
public record Edition(String id, LocalDate from, LocalDate to, String legalBasis, String notes) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
