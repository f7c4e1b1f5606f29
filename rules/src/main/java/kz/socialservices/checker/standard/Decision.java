package kz.socialservices.checker.standard;

/** The centre's decision on the application. */
public enum Decision {
    ADMITTED, REFUSED
}
