package kz.socialservices.checker.standard;

/** Grounds of an extension of stay, a closed list (REQUIREMENTS.md, "Coded fields"). */
public enum ExtensionGround {
    DOCUMENTS_RESTORATION, DIVORCE_PENDING, HOUSING_PENDING, HEALTH_TREATMENT, EMPLOYMENT_PENDING, SAFETY_RISK,
    CHILD_CUSTODY, OTHER
}
