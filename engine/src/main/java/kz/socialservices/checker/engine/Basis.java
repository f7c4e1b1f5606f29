package kz.socialservices.checker.engine;

/** How sure we are that the law says what a requirement or a parameter value encodes. */
public enum Basis {
    /** Read in a parent law; the article is cited. */
    LAW,
    /** The monitoring note says the standard requires it. */
    SEED,
    /** An interpretation needed to make a check precise; never presented as the law's words. */
    ASSUMED
}
