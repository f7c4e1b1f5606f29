package kz.socialservices.checker.standard;

/** The recipient's sex. */
public enum Sex {
    F, M
}
