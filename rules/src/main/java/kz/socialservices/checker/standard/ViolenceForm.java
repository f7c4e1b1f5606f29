package kz.socialservices.checker.standard;

/** Forms of domestic violence (DVL art. 1). */
public enum ViolenceForm {
    PHYSICAL, PSYCHOLOGICAL, SEXUAL, ECONOMIC
}
