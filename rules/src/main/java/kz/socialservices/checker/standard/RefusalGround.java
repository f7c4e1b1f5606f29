package kz.socialservices.checker.standard;

/**
 * The ground recorded for a refusal; which are lawful is a parameter, not this list.
 * {@code OPEN_TUBERCULOSIS} and {@code ACUTE_INFECTIOUS_DISEASE} name the infectious disease (amendment
 * {@code infectious-named-diseases}); the current text reads them as forms of {@code INFECTIOUS_DISEASE}.
 */
public enum RefusalGround {
    NOT_ELIGIBLE, FALSE_INFORMATION, INFECTIOUS_DISEASE, OPEN_TUBERCULOSIS, ACUTE_INFECTIOUS_DISEASE, MENTAL_DISORDER, HIV, NO_DOCUMENTS, NO_RESIDENCE, NO_PLACES, OTHER
}
