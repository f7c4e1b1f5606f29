package kz.socialservices.checker.standard;

/** Who decided an extension of stay, a closed list (REQUIREMENTS.md, "Coded fields"). */
public enum ExtensionDecider {
    COMMISSION, DIRECTOR, LOCAL_EXECUTIVE_BODY, CASE_CONFERENCE
}
