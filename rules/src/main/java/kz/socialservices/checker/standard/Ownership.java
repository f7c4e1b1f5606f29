package kz.socialservices.checker.standard;

/** Who runs the centre, as in the monitoring note's comparisons. */
public enum Ownership {
    STATE, NON_STATE
}
