package kz.socialservices.checker.standard;

/** The specialist responsible for a plan measure, a closed list of roles (REQUIREMENTS.md, "Coded fields"). */
public enum Responsible {
    SOCIAL_WORKER, PSYCHOLOGIST, LAWYER, TEACHER, NURSE, DOCTOR, CASE_MANAGER, EMPLOYMENT_SPECIALIST, OTHER
}
