package kz.socialservices.checker.engine.csv;

import java.util.List;

/** The whole input was refused before anything was evaluated (identifying data, bad header, encoding). */
public final class InputRefusedException extends RuntimeException {

    private final List<RowError> errors;

    public InputRefusedException(List<RowError> errors) {
        super("input refused: " + errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
