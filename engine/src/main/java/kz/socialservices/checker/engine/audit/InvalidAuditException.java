package kz.socialservices.checker.engine.audit;

/** An audit asked for in a way that cannot be run (an unknown dimension, a threshold too low): a usage error. */
public final class InvalidAuditException extends IllegalArgumentException {

    public InvalidAuditException(String message) {
        super(message);
    }
}
