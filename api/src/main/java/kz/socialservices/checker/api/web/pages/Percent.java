package kz.socialservices.checker.api.web.pages;

import java.util.Locale;

/** A rate (0..1) as the pages show it: a percentage with one decimal; empty for a suppressed or undefined one. */
final class Percent {

    private Percent() {
    }

    static String of(Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }
}
