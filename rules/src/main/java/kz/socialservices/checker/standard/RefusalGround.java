package kz.socialservices.checker.standard;

/** The ground recorded for a refusal; which are lawful is a parameter, not this list. */
public enum RefusalGround {
    NOT_ELIGIBLE, FALSE_INFORMATION, INFECTIOUS_DISEASE, MENTAL_DISORDER, HIV, NO_DOCUMENTS, NO_RESIDENCE, NO_PLACES, OTHER
}
