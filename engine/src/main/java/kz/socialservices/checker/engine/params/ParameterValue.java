package kz.socialservices.checker.engine.params;

import java.time.LocalDate;
import kz.socialservices.checker.engine.Basis;

/**
 * One dated value of a parameter. {@code value} is null when the standard sets no value that we
 * know of (the check then uses only what does not depend on it).
 */
public record ParameterValue(LocalDate from, Object value, Basis basis, String source) {
}
