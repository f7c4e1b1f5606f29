package kz.socialservices.checker.standard;

/** The 8 types of special social services. */
public enum ServiceType {
    SOCIAL_DOMESTIC, SOCIAL_MEDICAL, SOCIAL_PSYCHOLOGICAL, SOCIAL_PEDAGOGICAL, SOCIAL_LABOUR, SOCIAL_CULTURAL, SOCIAL_ECONOMIC, SOCIAL_LEGAL
}
