package kz.socialservices.checker.engine.audit;

/** A span of calendar years, both ends included, written {@code 2021} or {@code 2017-2025}. */
public record Years(int from, int to) {

    public Years {
        if (from > to) {
            throw new InvalidAuditException("the years " + from + "-" + to + " run backwards");
        }
    }

    public static Years parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            int dash = t.indexOf('-');
            return dash < 0 ? new Years(Integer.parseInt(t), Integer.parseInt(t))
                    : new Years(Integer.parseInt(t.substring(0, dash).strip()), Integer.parseInt(t.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new InvalidAuditException("years must be written YYYY or YYYY-YYYY");
        }
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    public int count() {
        return to - from + 1;
    }

    @Override
    public String toString() {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
