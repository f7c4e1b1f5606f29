Feature: Needs assessment by the centre
  A crisis centre preparing for an inspection needs to show that every admitted woman's needs
  were assessed first briefly and then in depth within days of her contract, and that the
  assessment names the services she needs, because the plan and all later help are built on it.

  @ASM-01
  Rule: ASM-01 A primary assessment (the violence situation and the decision on inclusion) precedes the in-depth assessment
    Basis: SEED, 2021 monitoring note, organisation section (primary vs in-depth assessment)
    Project reading (rules/READINGS.md): a primary assessment dated after the in-depth assessment is NON_COMPLIANT, like none.

    Scenario: A primary assessment on the day of admission, before the in-depth assessment, is compliant
      Given a case with:
        | decision                | ADMITTED   |
        | admission_date          | 2021-03-05 |
        | contract_date           | 2021-03-05 |
        | primary_assessment_date | 2021-03-05 |
        | needs_assessment_date   | 2021-03-07 |
      When the case is checked as of 2021-04-01
      Then ASM-01 is COMPLIANT
      And the ASM-01 edition is 1079-2016
      And the ASM-01 basis is SEED

    Scenario: A primary assessment on the same day as the in-depth assessment still precedes it
      Given a case with:
        | decision                | ADMITTED   |
        | admission_date          | 2021-03-05 |
        | contract_date           | 2021-03-05 |
        | primary_assessment_date | 2021-03-07 |
        | needs_assessment_date   | 2021-03-07 |
      When the case is checked as of 2021-04-01
      Then ASM-01 is COMPLIANT

    Scenario: A primary assessment dated the day after the in-depth assessment does not precede it
      Given a case with:
        | decision                | ADMITTED   |
        | admission_date          | 2021-03-05 |
        | contract_date           | 2021-03-05 |
        | primary_assessment_date | 2021-03-08 |
        | needs_assessment_date   | 2021-03-07 |
      When the case is checked as of 2021-04-01
      Then ASM-01 is NON_COMPLIANT

    Scenario: An in-depth assessment with no primary assessment recorded is not compliant
      Given a case with:
        | decision              | ADMITTED   |
        | admission_date        | 2021-03-05 |
        | contract_date         | 2021-03-05 |
        | needs_assessment_date | 2021-03-07 |
      When the case is checked as of 2021-04-01
      Then ASM-01 is NON_COMPLIANT

    Scenario: While no in-depth assessment exists there is nothing for the primary assessment to precede
      Given a case with:
        | decision                | ADMITTED   |
        | admission_date          | 2021-03-05 |
        | contract_date           | 2021-03-05 |
        | primary_assessment_date | 2021-03-05 |
      When the case is checked as of 2021-03-06
      Then ASM-01 is NOT_APPLICABLE

  @ASM-02
  Rule: ASM-02 The in-depth interdisciplinary needs assessment is done within 3 calendar days of the contract
    Basis: SEED, 2021 monitoring note, organisation section and Table 9
    Calendar days: a contract on Friday 2021-03-05 gives a deadline of Monday 2021-03-08, although that day is a public holiday (International Women's Day).

    Scenario: An assessment on the third calendar day after the contract is on time, even on a public holiday
      Given a case with:
        | decision              | ADMITTED   |
        | admission_date        | 2021-03-05 |
        | contract_date         | 2021-03-05 |
        | needs_assessment_date | 2021-03-08 |
      When the case is checked as of 2021-04-01
      Then ASM-02 is COMPLIANT
      And the ASM-02 due date is 2021-03-08
      And the ASM-02 edition is 1079-2016
      And the ASM-02 basis is SEED

    Scenario: An assessment on the fourth calendar day after the contract is one day late
      Given a case with:
        | decision              | ADMITTED   |
        | admission_date        | 2021-03-05 |
        | contract_date         | 2021-03-05 |
        | needs_assessment_date | 2021-03-09 |
      When the case is checked as of 2021-04-01
      Then ASM-02 is NON_COMPLIANT
      And the ASM-02 due date is 2021-03-08
      And the ASM-02 evidence shows daysLate 1

    Scenario: A missing assessment is pending on the last day of the deadline
      Given a case with:
        | decision       | ADMITTED   |
        | admission_date | 2021-03-05 |
        | contract_date  | 2021-03-05 |
      When the case is checked as of 2021-03-08
      Then ASM-02 is PENDING
      And the ASM-02 due date is 2021-03-08

    Scenario: A recipient who left the day after the deadline without an assessment was not assessed in time
      Given a case with:
        | decision       | ADMITTED           |
        | admission_date | 2021-03-05         |
        | contract_date  | 2021-03-05         |
        | exit_date      | 2021-03-09         |
        | exit_reason    | RECIPIENT_DECISION |
      When the case is checked as of 2021-04-01
      Then ASM-02 is NON_COMPLIANT
      And the ASM-02 due date is 2021-03-08

    Scenario: A recipient who left on the last day of the deadline before any assessment leaves nothing to judge
      Given a case with:
        | decision       | ADMITTED           |
        | admission_date | 2021-03-05         |
        | contract_date  | 2021-03-05         |
        | exit_date      | 2021-03-08         |
        | exit_reason    | RECIPIENT_DECISION |
      When the case is checked as of 2021-04-01
      Then ASM-02 is NOT_APPLICABLE

    Scenario: Without a contract date the deadline cannot be counted
      Given a case with:
        | decision              | ADMITTED   |
        | admission_date        | 2021-03-05 |
        | needs_assessment_date | 2021-03-08 |
      When the case is checked as of 2021-04-01
      Then ASM-02 is UNDETERMINED
      And the ASM-02 missing fields are contract_date

  @ASM-03
  Rule: ASM-03 The assessment records which of the 8 service types the recipient needs
    Basis: SEED, 2021 monitoring note, self-assessment section (8 service types, each with 5 lines of work); LAW, LSSS art. 14(4)

    Scenario: An assessment recording the needed service types is compliant
      Given a case with:
        | decision              | ADMITTED                                         |
        | admission_date        | 2021-03-05                                       |
        | contract_date         | 2021-03-05                                       |
        | needs_assessment_date | 2021-03-07                                       |
        | needs_identified      | SOCIAL_PSYCHOLOGICAL;SOCIAL_LEGAL;SOCIAL_MEDICAL |
      When the case is checked as of 2021-04-01
      Then ASM-03 is COMPLIANT
      And the ASM-03 edition is 1079-2016

    Scenario: An assessment recording no needed service type is not compliant
      Given a case with:
        | decision              | ADMITTED   |
        | admission_date        | 2021-03-05 |
        | contract_date         | 2021-03-05 |
        | needs_assessment_date | 2021-03-07 |
      When the case is checked as of 2021-04-01
      Then ASM-03 is NON_COMPLIANT

    Scenario: Without an assessment there are no recorded needs to judge
      Given a case with:
        | decision       | ADMITTED   |
        | admission_date | 2021-03-05 |
        | contract_date  | 2021-03-05 |
      When the case is checked as of 2021-03-06
      Then ASM-03 is NOT_APPLICABLE
