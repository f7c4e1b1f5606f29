package kz.socialservices.checker.api.evaluation;

import java.util.List;
import kz.socialservices.checker.engine.csv.RowError;

/** The API's own failures, each answered with its status by the problem handler. */
public final class Problems {

    private Problems() {
    }

    /** 413: a body or a batch over the configured limit. */
    public static final class TooLargeException extends RuntimeException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /** 503: an evaluation that ran past the request timeout. */
    public static final class TimeoutException extends RuntimeException {
        public TimeoutException(String message) {
            super(message);
        }
    }

    /** 400: an empty body or an unsupported parameter value. */
    public static final class BadRequestException extends RuntimeException {
        public BadRequestException(String message) {
            super(message);
        }
    }

    /** 422: one case whose fields cannot be read: its row errors, never its values. */
    public static final class InvalidCaseException extends RuntimeException {
        private final List<RowError> errors;

        InvalidCaseException(List<RowError> errors) {
            super("the case has invalid fields");
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    /** 404: a resource (an amendment, a simulation) that does not exist. */
    public static final class NotFoundException extends RuntimeException {
        public NotFoundException(String message) {
            super(message);
        }
    }

    /** 409: a simulation's result asked for before it is done. */
    public static final class NotReadyException extends RuntimeException {
        public NotReadyException(String message) {
            super(message);
        }
    }

    /** The caller's role may not see this (403). */
    public static final class ForbiddenException extends RuntimeException {
        public ForbiddenException(String message) {
            super(message);
        }
    }
}
