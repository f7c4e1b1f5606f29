package kz.socialservices.checker.standard;

/** Who applied for services (LSSS 13(1), 13(2)); OTHER is not allowed to apply. */
public enum Applicant {
    SELF, FAMILY_MEMBER, GUARDIAN, VILLAGE_AKIM, PROXY, PROVIDER, DV_ORGANISATION, OTHER
}
