package kz.socialservices.checker.standard;

/** Who referred the recipient. */
public enum ReferralSource {
    SELF, POLICE, HEALTH, EDUCATION, AKIMAT, NGO, HOTLINE, OTHER
}
