package kz.socialservices.checker.engine.evaluation;

import java.time.LocalDate;

/**
 * A toy case of a toy standard, to drive the engine without any real standard. Public and top-level
 * so the rules compiled at run time can see it.
 *
 * @param decision    ADMITTED or REFUSED, or null when not recorded
 * @param application the date the case starts and the toy deadlines run from
 * @param done        when the toy duty was done
 * @param closed      when the case closed
 */
public record ToyCase(String id, String centre, String region, String decision, LocalDate application,
                      LocalDate done, LocalDate closed) {

    public static ToyCase admitted(String id, String application) {
        return new ToyCase(id, "CTR-1", "Toy region", "ADMITTED", date(application), null, null);
    }

    public ToyCase withDone(String date) {
        return new ToyCase(id, centre, region, decision, application, date(date), closed);
    }

    public ToyCase withClosed(String date) {
        return new ToyCase(id, centre, region, decision, application, done, date(date));
    }

    public ToyCase withDecision(String newDecision) {
        return new ToyCase(id, centre, region, newDecision, application, done, closed);
    }

    public ToyCase withApplication(String date) {
        return new ToyCase(id, centre, region, decision, date(date), done, closed);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
