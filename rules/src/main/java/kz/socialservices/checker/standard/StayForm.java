package kz.socialservices.checker.standard;

/** Round-the-clock shelter or day stay. */
public enum StayForm {
    ROUND_THE_CLOCK, DAY
}
