package kz.socialservices.checker.engine.simulation;

import java.util.List;

/** An amendment package that cannot be applied: every problem found, each naming its place. */
public final class AmendmentRefusedException extends IllegalArgumentException {

    /**
     * One problem of a package.
     *
     * @param place where it is: the package and the key, or the DRL file with its line and column
     * @param code  {@code unknown_parameter}, {@code wrong_type}, {@code wrong_unit}, {@code unknown_requirement},
     *              {@code unknown_code}, {@code drl_error}, {@code missing_language}, {@code drl_not_allowed},
     *              {@code conflict} or {@code invalid}
     */
    public record Problem(String place, String code, String message) {
        @Override
        public String toString() {
            return place + ": " + message;
        }
    }

    private final List<Problem> problems;

    public AmendmentRefusedException(List<Problem> problems) {
        super("the amendment package was refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static AmendmentRefusedException of(String place, String code, String message) {
        return new AmendmentRefusedException(List.of(new Problem(place, code, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The package carries rules (DRL) where rules may not come from (an upload). */
    public boolean carriesRules() {
        return problems.stream().anyMatch(p -> p.code().equals("drl_not_allowed"));
    }
}
