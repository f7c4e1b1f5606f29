Feature: Simulating the amendments the 2021 monitoring note proposes
  A policy drafter wants to know what an amendment of the standard would do before it is adopted:
  whose verdicts change, and why. Each shipped package is applied to a case as the drafter would
  apply it to a register, "as if in force from" a past date or from its own effective date
  (1 January 2027). Every value an amendment sets is a proposal (basis ASSUMED), not law.

  @asm-02-seven-days
  Rule: asm-02-seven-days The in-depth needs assessment within 7 calendar days of the contract instead of 3 (ASM-02, and IPR-01 which reads the same deadline)

    Scenario: With the seven-day assessment deadline, a woman admitted on Saturday whose assessment was on Wednesday is assessed on time
      Given the amendment "asm-02-seven-days" as if in force from 2021-01-01
      And a case with:
        | decision              | ADMITTED   |
        | application_date      | 2021-03-06 |
        | admission_date        | 2021-03-06 |
        | contract_date         | 2021-03-06 |
        | needs_assessment_date | 2021-03-10 |
        | violence_forms        | PHYSICAL   |
      When the case is simulated as of 2021-06-01
      Then ASM-02 goes from NON_COMPLIANT to COMPLIANT
      And the current ASM-02 message says "1 day(s) after the deadline of 2021-03-09"
      And the amended ASM-02 message says "within 7 calendar days"
      And the amended ASM-02 basis is ASSUMED

    Scenario: An assessment on the eighth day is late under either text
      Given the amendment "asm-02-seven-days" as if in force from 2021-01-01
      And a case with:
        | decision              | ADMITTED   |
        | application_date      | 2021-03-06 |
        | admission_date        | 2021-03-06 |
        | contract_date         | 2021-03-06 |
        | needs_assessment_date | 2021-03-14 |
        | violence_forms        | PHYSICAL   |
      When the case is simulated as of 2021-06-01
      Then ASM-02 stays NON_COMPLIANT

    Scenario: A woman who left on the sixth day without a plan needed none once the assessment may take seven days
      Given the amendment "asm-02-seven-days" as if in force from 2021-01-01
      And a case with:
        | decision         | ADMITTED           |
        | application_date | 2021-03-06         |
        | admission_date   | 2021-03-06         |
        | contract_date    | 2021-03-06         |
        | exit_date        | 2021-03-12         |
        | exit_reason      | RECIPIENT_DECISION |
        | violence_forms   | PHYSICAL           |
      When the case is simulated as of 2021-06-01
      Then IPR-01 goes from NON_COMPLIANT to NOT_APPLICABLE
      And ASM-02 goes from NON_COMPLIANT to NOT_APPLICABLE

    Scenario: From its own effective date, a contract signed the day before keeps the three days
      Given the amendment "asm-02-seven-days"
      And a case with:
        | decision              | ADMITTED   |
        | application_date      | 2026-12-31 |
        | admission_date        | 2026-12-31 |
        | contract_date         | 2026-12-31 |
        | needs_assessment_date | 2027-01-04 |
        | violence_forms        | PHYSICAL   |
      When the case is simulated as of 2027-06-01
      Then ASM-02 stays NON_COMPLIANT

  @asm-02-five-working-days
  Rule: asm-02-five-working-days The same deadline as 5 working days (ASM-02): weekends and holidays do not count

    Scenario: With five working days, a woman admitted on the Saturday before 8 March is assessed on time the next Monday week
      Given the amendment "asm-02-five-working-days" as if in force from 2021-01-01
      And a case with:
        | decision              | ADMITTED   |
        | application_date      | 2021-03-06 |
        | admission_date        | 2021-03-06 |
        | contract_date         | 2021-03-06 |
        | needs_assessment_date | 2021-03-15 |
        | violence_forms        | PHYSICAL   |
      When the case is simulated as of 2021-06-01
      Then ASM-02 goes from NON_COMPLIANT to COMPLIANT
      And the amended ASM-02 message says "within 5 working days"

    Scenario: An assessment the working day after is late, counted in working days
      Given the amendment "asm-02-five-working-days" as if in force from 2021-01-01
      And a case with:
        | decision              | ADMITTED   |
        | application_date      | 2021-03-06 |
        | admission_date        | 2021-03-06 |
        | contract_date         | 2021-03-06 |
        | needs_assessment_date | 2021-03-16 |
        | violence_forms        | PHYSICAL   |
      When the case is simulated as of 2021-06-01
      Then ASM-02 stays NON_COMPLIANT

    Scenario: From 2027 the working days cannot be counted until the 2027 calendar is added
      Given the amendment "asm-02-five-working-days"
      And a case with:
        | decision              | ADMITTED   |
        | application_date      | 2027-01-04 |
        | admission_date        | 2027-01-04 |
        | contract_date         | 2027-01-04 |
        | needs_assessment_date | 2027-01-06 |
        | violence_forms        | PHYSICAL   |
      When the case is simulated as of 2027-06-01
      Then ASM-02 goes from COMPLIANT to UNDETERMINED
      And the amended ASM-02 missing fields are calendar:2027

  @ipr-expected-outcomes
  Rule: ipr-expected-outcomes Every plan measure states its expected result (adds IPR-08)

    Scenario: A plan whose second measure states no expected result falls short of the new requirement
      Given the amendment "ipr-expected-outcomes" as if in force from 2021-01-01
      And a case with:
        | decision         | ADMITTED                                                                  |
        | application_date | 2021-03-05                                                                |
        | admission_date   | 2021-03-05                                                                |
        | plan_date        | 2021-03-10                                                                |
        | plan_measures    | SOCIAL_LEGAL\|LAWYER\|2021-05-20\|true\|;SOCIAL_MEDICAL\|NURSE\|2021-04-01\|false\| |
        | violence_forms   | PHYSICAL                                                                  |
      When the case is simulated as of 2021-06-01
      Then IPR-08 goes from ABSENT to NON_COMPLIANT
      And the amended IPR-08 message says "no. 2 of 2"

    Scenario: A register kept before the optional part existed still simulates, naming the part to complete
      Given the amendment "ipr-expected-outcomes" as if in force from 2021-01-01
      And a case with:
        | decision         | ADMITTED                        |
        | application_date | 2021-03-05                      |
        | admission_date   | 2021-03-05                      |
        | plan_date        | 2021-03-10                      |
        | plan_measures    | SOCIAL_LEGAL\|LAWYER\|2021-05-20 |
        | violence_forms   | PHYSICAL                        |
      When the case is simulated as of 2021-06-01
      Then IPR-08 goes from ABSENT to UNDETERMINED
      And the amended IPR-08 missing fields are plan_measures.outcome_stated

  @mon-recipient-view
  Rule: mon-recipient-view Every monitoring entry records the recipient's own view (adds MON-03)

    Scenario: A journal entry without her own view falls short of the new requirement
      Given the amendment "mon-recipient-view" as if in force from 2021-01-01
      And a case with:
        | decision         | ADMITTED                            |
        | application_date | 2021-03-05                          |
        | admission_date   | 2021-03-05                          |
        | plan_date        | 2021-03-10                          |
        | monitoring_dates | 2021-04-10\|true;2021-06-10\|false   |
        | violence_forms   | PHYSICAL                            |
      When the case is simulated as of 2021-07-01
      Then MON-03 goes from ABSENT to NON_COMPLIANT
      And the amended MON-03 message says "2021-06-10"

    Scenario: Entries that record her view meet it
      Given the amendment "mon-recipient-view" as if in force from 2021-01-01
      And a case with:
        | decision         | ADMITTED                          |
        | application_date | 2021-03-05                        |
        | admission_date   | 2021-03-05                        |
        | plan_date        | 2021-03-10                        |
        | monitoring_dates | 2021-04-10\|true;2021-06-10\|true  |
        | violence_forms   | PHYSICAL                          |
      When the case is simulated as of 2021-07-01
      Then MON-03 goes from ABSENT to COMPLIANT

  @follow-up-severe
  Rule: follow-up-severe A closed severe case has a follow-up contact within 30 days after the exit (adds EXIT-06)

    Scenario: A woman whose severe case closed is contacted on the thirtieth day: in time
      Given the amendment "follow-up-severe" as if in force from 2021-01-01
      And a case with:
        | decision         | ADMITTED       |
        | application_date | 2021-03-05     |
        | admission_date   | 2021-03-05     |
        | exit_date        | 2021-05-01     |
        | exit_reason      | GOALS_ACHIEVED |
        | severe           | true           |
        | follow_up_dates  | 2021-05-31     |
        | violence_forms   | PHYSICAL       |
      When the case is simulated as of 2021-07-01
      Then EXIT-06 goes from ABSENT to COMPLIANT

    Scenario: Without a contact, the duty is pending through the thirtieth day and missed the day after
      Given the amendment "follow-up-severe" as if in force from 2021-01-01
      And a case with:
        | decision         | ADMITTED       |
        | application_date | 2021-03-05     |
        | admission_date   | 2021-03-05     |
        | exit_date        | 2021-05-01     |
        | exit_reason      | GOALS_ACHIEVED |
        | severe           | true           |
        | violence_forms   | PHYSICAL       |
      When the case is simulated as of 2021-05-31
      Then EXIT-06 goes from ABSENT to PENDING
      When the case is simulated as of 2021-06-01
      Then EXIT-06 goes from ABSENT to NON_COMPLIANT

  @infectious-named-diseases
  Rule: infectious-named-diseases The infectious contraindication names open tuberculosis and an acute infectious disease (ADM-05); HIV stays never a ground (ADM-06)

    Scenario: A refusal citing only "an infectious disease" becomes unlawful once the diseases are named
      Given the amendment "infectious-named-diseases" as if in force from 2021-01-01
      And a case with:
        | decision              | REFUSED            |
        | application_date      | 2021-03-05         |
        | applicant             | SELF               |
        | refusal_ground        | INFECTIOUS_DISEASE |
        | refusal_in_writing    | true               |
        | refusal_reasons_given | true               |
      When the case is simulated as of 2021-06-01
      Then ADM-05 goes from COMPLIANT to NON_COMPLIANT

    Scenario: A refusal for open tuberculosis stays lawful, and one for HIV stays unlawful
      Given the amendment "infectious-named-diseases" as if in force from 2021-01-01
      And a case with:
        | decision              | REFUSED           |
        | application_date      | 2021-03-05        |
        | applicant             | SELF              |
        | refusal_ground        | OPEN_TUBERCULOSIS |
        | refusal_in_writing    | true              |
        | refusal_reasons_given | true              |
      When the case is simulated as of 2021-06-01
      Then ADM-05 stays COMPLIANT
      Given a case with:
        | decision              | REFUSED    |
        | application_date      | 2021-03-05 |
        | applicant             | SELF       |
        | refusal_ground        | HIV        |
        | refusal_in_writing    | true       |
        | refusal_reasons_given | true       |
      When the case is simulated as of 2021-06-01
      Then ADM-06 stays NON_COMPLIANT

  @complex-stays-12-months
  Rule: complex-stays-12-months Up to 12 months where documents are restored or a divorce is pending (replaces STAY-02, and EXIT-02 with it)

    Scenario: A woman extended to restore her documents may stay 12 months
      Given the amendment "complex-stays-12-months" as if in force from 2021-01-01
      And a case with:
        | decision                | ADMITTED              |
        | application_date        | 2021-02-10            |
        | admission_date          | 2021-02-10            |
        | extension_decision_date | 2021-07-01            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | COMMISSION            |
        | exit_date               | 2022-02-10            |
        | exit_reason             | GOALS_ACHIEVED        |
        | violence_forms          | PHYSICAL              |
      When the case is simulated as of 2022-06-01
      Then STAY-02 goes from NON_COMPLIANT to COMPLIANT
      And the amended STAY-02 message says "within 12 months"

    Scenario: An extension for housing keeps the nine months
      Given the amendment "complex-stays-12-months" as if in force from 2021-01-01
      And a case with:
        | decision                | ADMITTED        |
        | application_date        | 2021-02-10      |
        | admission_date          | 2021-02-10      |
        | extension_decision_date | 2021-07-01      |
        | extension_grounds       | HOUSING_PENDING |
        | extension_decided_by    | COMMISSION      |
        | exit_date               | 2021-11-11      |
        | exit_reason             | GOALS_ACHIEVED  |
        | violence_forms          | PHYSICAL        |
      When the case is simulated as of 2022-06-01
      Then STAY-02 stays NON_COMPLIANT

    Scenario: "Period ended" at nine months no longer fits a stay extended to restore documents
      Given the amendment "complex-stays-12-months" as if in force from 2021-01-01
      And a case with:
        | decision                | ADMITTED              |
        | application_date        | 2021-02-10            |
        | admission_date          | 2021-02-10            |
        | extension_decision_date | 2021-07-01            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | COMMISSION            |
        | exit_date               | 2021-11-10            |
        | exit_reason             | PERIOD_ENDED          |
        | violence_forms          | PHYSICAL              |
      When the case is simulated as of 2022-06-01
      Then EXIT-02 goes from COMPLIANT to NON_COMPLIANT
