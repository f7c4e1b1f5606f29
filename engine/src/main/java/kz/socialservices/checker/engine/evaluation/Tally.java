package kz.socialservices.checker.engine.evaluation;

import java.time.LocalDate;

/**
 * What one case adds to an audit indicator of its standard that is not a requirement's verdict
 * (e.g. plan measures carried out or not, the reason a stay ended): {@code count} items in
 * {@code category}, dated {@code date} (the audit counts them in that date's year). The engine
 * sums tallies by group and suppresses small cells; what they mean is the standard's business.
 */
public record Tally(String indicator, String category, LocalDate date, long count) {

    public Tally {
        if (indicator == null || category == null || date == null || count < 0) {
            throw new IllegalArgumentException("a tally needs an indicator, a category, a date and a count >= 0");
        }
    }
}
