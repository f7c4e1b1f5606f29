Feature: Admission and refusal
  A crisis centre preparing for an inspection needs to know, for every person it admitted or
  turned away, that the admission rests on a recorded need for protection and that any refusal
  was lawful, because a wrongful refusal leaves a victim of domestic violence without shelter.

  @ADM-01
  Rule: ADM-01 An admitted recipient is a victim of domestic violence, with at least one form of violence recorded
    Basis: LAW, LSSS art. 6(1)(9) and 6(2); DVL art. 4

    Scenario: A recipient with physical and psychological violence recorded is eligible
      Given a case with:
        | decision         | ADMITTED               |
        | application_date | 2021-03-04             |
        | admission_date   | 2021-03-05             |
        | violence_forms   | PHYSICAL;PSYCHOLOGICAL |
      When the case is checked as of 2021-04-01
      Then ADM-01 is COMPLIANT
      And the ADM-01 edition is 1079-2016
      And the ADM-01 basis is LAW

    Scenario: Economic violence alone is a recorded form of violence
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | violence_forms   | ECONOMIC   |
      When the case is checked as of 2021-04-01
      Then ADM-01 is COMPLIANT

    Scenario: With no form of violence recorded eligibility cannot be established from the record
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-04-01
      Then ADM-01 is UNDETERMINED
      And the ADM-01 missing fields are violence_forms

    Scenario: A refused applicant is not judged on the grounds of an admission
      Given a case with:
        | decision         | REFUSED      |
        | application_date | 2021-03-04   |
        | refusal_ground   | NOT_ELIGIBLE |
      When the case is checked as of 2021-04-01
      Then ADM-01 is NOT_APPLICABLE

  @ADM-02
  Rule: ADM-02 The case starts from a dated application by the person or by someone the law allows to apply for her
    Basis: LAW, LSSS art. 13(1) and 13(2); DVL art. 10(7)
    Project reading (rules/READINGS.md): judged on admitted cases, for the application that led to the admission.

    Scenario: A woman referred by the police who applied herself has a valid application
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | applicant        | SELF       |
        | referral_source  | POLICE     |
      When the case is checked as of 2021-04-01
      Then ADM-02 is COMPLIANT
      And the ADM-02 edition is 1079-2016
      And the ADM-02 basis is LAW

    Scenario: A village akim may apply on behalf of a victim
      Given a case with:
        | decision         | ADMITTED     |
        | application_date | 2021-03-04   |
        | admission_date   | 2021-03-05   |
        | applicant        | VILLAGE_AKIM |
      When the case is checked as of 2021-04-01
      Then ADM-02 is COMPLIANT

    Scenario: An application by someone the law does not allow to apply is not valid
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | applicant        | OTHER      |
      When the case is checked as of 2021-04-01
      Then ADM-02 is NON_COMPLIANT

    Scenario: An application with no applicant recorded cannot be judged
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-04-01
      Then ADM-02 is UNDETERMINED
      And the ADM-02 missing fields are applicant

    Scenario: An application with no date recorded cannot be judged
      Given a case with:
        | decision       | ADMITTED   |
        | admission_date | 2021-03-05 |
        | applicant      | SELF       |
      When the case is checked as of 2021-04-01
      Then ADM-02 is UNDETERMINED
      And the ADM-02 missing fields are application_date

    Scenario: The application of a refused applicant is not judged under this requirement
      Given a case with:
        | decision         | REFUSED      |
        | application_date | 2021-03-04   |
        | applicant        | OTHER        |
        | refusal_ground   | NOT_ELIGIBLE |
      When the case is checked as of 2021-04-01
      Then ADM-02 is NOT_APPLICABLE

  @ADM-03
  Rule: ADM-03 Lack of residence or registration is never a ground for refusal
    Basis: LAW, LSSS art. 15(7); DVL art. 15(1)
    Project reading (rules/READINGS.md): an empty refusal ground is UNDETERMINED, not read as lawful.

    Background:
      Given a case with:
        | decision                   | REFUSED    |
        | application_date           | 2021-06-14 |
        | has_residence_registration | false      |

    Scenario: Refusing a victim because she has no residence registration is unlawful
      And the case also has:
        | refusal_ground | NO_RESIDENCE |
      When the case is checked as of 2021-07-01
      Then ADM-03 is NON_COMPLIANT
      And the ADM-03 edition is 1079-2016
      And the ADM-03 basis is LAW

    Scenario: A person without registration refused for an active infectious disease was not refused for lack of residence
      And the case also has:
        | refusal_ground | INFECTIOUS_DISEASE |
      When the case is checked as of 2021-07-01
      Then ADM-03 is COMPLIANT

    Scenario: A refusal with no recorded ground is not read as lawful
      When the case is checked as of 2021-07-01
      Then ADM-03 is UNDETERMINED
      And the ADM-03 missing fields are refusal_ground

    Scenario: An admitted person without registration has no refusal to judge
      And the case also has:
        | decision       | ADMITTED   |
        | admission_date | 2021-06-14 |
      When the case is checked as of 2021-07-01
      Then ADM-03 is NOT_APPLICABLE

  @ADM-04
  Rule: ADM-04 Lack of identity documents is never a ground for refusal
    Basis: SEED, 2021 monitoring note, social-medical services section (women often arrive without documents); LAW, the grounds for refusal are a closed list (LSSS art. 15(4))
    Project reading (rules/READINGS.md): an empty refusal ground is UNDETERMINED, not read as lawful.

    Background:
      Given a case with:
        | decision         | REFUSED    |
        | application_date | 2021-06-14 |
        | has_id_document  | false      |

    Scenario: Refusing a victim because she arrived without documents is unlawful
      And the case also has:
        | refusal_ground | NO_DOCUMENTS |
      When the case is checked as of 2021-07-01
      Then ADM-04 is NON_COMPLIANT
      And the ADM-04 edition is 1079-2016

    Scenario: A person without documents refused for giving false information was not refused for lack of documents
      And the case also has:
        | refusal_ground | FALSE_INFORMATION |
      When the case is checked as of 2021-07-01
      Then ADM-04 is COMPLIANT

    Scenario: A refusal with no recorded ground is not read as lawful
      When the case is checked as of 2021-07-01
      Then ADM-04 is UNDETERMINED
      And the ADM-04 missing fields are refusal_ground

    Scenario: An admitted person without documents has no refusal to judge
      And the case also has:
        | decision       | ADMITTED   |
        | admission_date | 2021-06-14 |
      When the case is checked as of 2021-07-01
      Then ADM-04 is NOT_APPLICABLE

  @ADM-05
  Rule: ADM-05 A refusal rests only on a lawful ground: not meeting the grounds for services, false information, or a medical contraindication (active infectious disease, mental disorder)
    Basis: LAW, LSSS art. 15(4); SEED, 2021 monitoring note, social-medical section (mental illness) and safety section (infectious diseases)
    Project reading (rules/READINGS.md): HIV, NO_DOCUMENTS, NO_RESIDENCE, NO_PLACES and OTHER are all unlawful here, as well as under their own requirements.

    Background:
      Given a case with:
        | decision         | REFUSED    |
        | application_date | 2021-06-14 |

    Scenario Outline: A refusal on the lawful ground <ground> is compliant
      And the case also has:
        | refusal_ground | <ground> |
      When the case is checked as of 2021-07-01
      Then ADM-05 is COMPLIANT
      And the ADM-05 edition is 1079-2016

      Examples:
        | ground             |
        | NOT_ELIGIBLE       |
        | FALSE_INFORMATION  |
        | INFECTIOUS_DISEASE |
        | MENTAL_DISORDER    |

    Scenario Outline: A refusal on the ground <ground> is not among the lawful grounds
      And the case also has:
        | refusal_ground | <ground> |
      When the case is checked as of 2021-07-01
      Then ADM-05 is NON_COMPLIANT

      Examples:
        | ground       |
        | HIV          |
        | NO_DOCUMENTS |
        | NO_RESIDENCE |
        | NO_PLACES    |
        | OTHER        |

    Scenario: A refusal with no recorded ground cannot be judged lawful
      When the case is checked as of 2021-07-01
      Then ADM-05 is UNDETERMINED
      And the ADM-05 missing fields are refusal_ground

    Scenario: An admitted person has no refusal to judge
      And the case also has:
        | decision       | ADMITTED   |
        | admission_date | 2021-06-14 |
      When the case is checked as of 2021-07-01
      Then ADM-05 is NOT_APPLICABLE

  @ADM-06
  Rule: ADM-06 HIV status is never a ground for refusal, even under the infectious-disease contraindication
    Basis: SEED, 2021 monitoring note, safety section (refusals citing HIV contradict the Health Code); LAW, Code on public health
    Project reading (rules/READINGS.md): an empty refusal ground is UNDETERMINED, not read as lawful.

    Background:
      Given a case with:
        | decision         | REFUSED    |
        | application_date | 2021-06-14 |

    Scenario: Refusing a victim because she lives with HIV is unlawful under both refusal requirements
      And the case also has:
        | refusal_ground | HIV |
      When the case is checked as of 2021-07-01
      Then ADM-06 is NON_COMPLIANT
      And ADM-05 is NON_COMPLIANT
      And the ADM-06 edition is 1079-2016

    Scenario: A refusal for an active infectious disease other than HIV is not an HIV refusal
      And the case also has:
        | refusal_ground | INFECTIOUS_DISEASE |
      When the case is checked as of 2021-07-01
      Then ADM-06 is COMPLIANT
      And ADM-05 is COMPLIANT

    Scenario: A refusal with no recorded ground cannot be cleared of an HIV refusal
      When the case is checked as of 2021-07-01
      Then ADM-06 is UNDETERMINED
      And the ADM-06 missing fields are refusal_ground

    Scenario: An admitted person has no refusal to judge
      And the case also has:
        | decision       | ADMITTED   |
        | admission_date | 2021-06-14 |
      When the case is checked as of 2021-07-01
      Then ADM-06 is NOT_APPLICABLE

  @ADM-07
  Rule: ADM-07 A refusal is given in writing, with reasons
    Basis: LAW, LSSS art. 15(3)

    Scenario: A written refusal that gives its reasons is compliant
      Given a case with:
        | decision              | REFUSED         |
        | application_date      | 2021-06-14      |
        | refusal_ground        | MENTAL_DISORDER |
        | refusal_in_writing    | true            |
        | refusal_reasons_given | true            |
      When the case is checked as of 2021-07-01
      Then ADM-07 is COMPLIANT
      And the ADM-07 edition is 1079-2016
      And the ADM-07 basis is LAW

    Scenario: A refusal given only orally is not compliant
      Given a case with:
        | decision              | REFUSED         |
        | application_date      | 2021-06-14      |
        | refusal_ground        | MENTAL_DISORDER |
        | refusal_in_writing    | false           |
        | refusal_reasons_given | true            |
      When the case is checked as of 2021-07-01
      Then ADM-07 is NON_COMPLIANT

    Scenario: A written refusal that gives no reasons is not compliant
      Given a case with:
        | decision              | REFUSED         |
        | application_date      | 2021-06-14      |
        | refusal_ground        | MENTAL_DISORDER |
        | refusal_in_writing    | true            |
        | refusal_reasons_given | false           |
      When the case is checked as of 2021-07-01
      Then ADM-07 is NON_COMPLIANT

    Scenario: A written refusal with nothing recorded about its reasons cannot be judged
      Given a case with:
        | decision           | REFUSED         |
        | application_date   | 2021-06-14      |
        | refusal_ground     | MENTAL_DISORDER |
        | refusal_in_writing | true            |
      When the case is checked as of 2021-07-01
      Then ADM-07 is UNDETERMINED
      And the ADM-07 missing fields are refusal_reasons_given

    Scenario: An admitted person has no refusal to judge
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-06-14 |
        | admission_date   | 2021-06-14 |
      When the case is checked as of 2021-07-01
      Then ADM-07 is NOT_APPLICABLE

  @ADM-08
  Rule: ADM-08 A victim may be accommodated before the local executive body decides on services, and this is never a violation
    Basis: LAW, LSSS art. 15(2)
    Project reading (rules/READINGS.md): compliant when admitted before the decision's date or when no decision is recorded; not applicable when admitted on or after the decision.

    Scenario: Accommodation the day before the executive decision is allowed early accommodation
      Given a case with:
        | decision                | ADMITTED   |
        | application_date        | 2021-03-04 |
        | admission_date          | 2021-03-05 |
        | executive_decision_date | 2021-03-06 |
      When the case is checked as of 2021-04-01
      Then ADM-08 is COMPLIANT
      And the ADM-08 edition is 1079-2016
      And the ADM-08 basis is LAW

    Scenario: Accommodation on the day of the executive decision is not early accommodation
      Given a case with:
        | decision                | ADMITTED   |
        | application_date        | 2021-03-04 |
        | admission_date          | 2021-03-05 |
        | executive_decision_date | 2021-03-05 |
      When the case is checked as of 2021-04-01
      Then ADM-08 is NOT_APPLICABLE

    Scenario: Accommodation with no executive decision recorded yet is allowed early accommodation
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-04-01
      Then ADM-08 is COMPLIANT

    Scenario: A refused applicant was not accommodated
      Given a case with:
        | decision         | REFUSED      |
        | application_date | 2021-03-04   |
        | refusal_ground   | NOT_ELIGIBLE |
      When the case is checked as of 2021-04-01
      Then ADM-08 is NOT_APPLICABLE

  @ADM-09
  Rule: ADM-09 A contract on the provision of services is concluded with each admitted recipient, dated on or after the admission date
    Basis: SEED, 2021 monitoring note, organisation section (deadlines run "from the date of the contract"; some centres sign month-long contracts and renew them)
    No deadline after admission is known (admission.contract_deadline_days is not set), so only the order of the dates is checked,
    and a contract not yet recorded is due on the admission day itself: pending that day, not compliant after it.

    Scenario: A contract signed on the day of admission is compliant
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | contract_date    | 2021-03-05 |
      When the case is checked as of 2021-04-01
      Then ADM-09 is COMPLIANT
      And the ADM-09 edition is 1079-2016
      And the ADM-09 basis is SEED

    Scenario: A contract dated the day before admission is not compliant
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | contract_date    | 2021-03-04 |
      When the case is checked as of 2021-04-01
      Then ADM-09 is NON_COMPLIANT

    Scenario: A contract signed a month after admission is compliant while no deadline is set
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | contract_date    | 2021-04-05 |
      When the case is checked as of 2021-04-30
      Then ADM-09 is COMPLIANT

    Scenario: A contract not yet recorded on the day of admission is pending, due that day
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-03-05
      Then ADM-09 is PENDING
      And the ADM-09 due date is 2021-03-05

    Scenario: A contract still not recorded the day after admission is not compliant
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-03-06
      Then ADM-09 is NON_COMPLIANT

    Scenario: A recipient who left on the day of admission before any contract leaves nothing to judge
      Given a case with:
        | decision         | ADMITTED           |
        | application_date | 2021-03-04         |
        | admission_date   | 2021-03-05         |
        | exit_date        | 2021-03-05         |
        | exit_reason      | RECIPIENT_DECISION |
      When the case is checked as of 2021-04-01
      Then ADM-09 is NOT_APPLICABLE

    Scenario: A contract with no admission date recorded cannot be judged
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | contract_date    | 2021-03-05 |
      When the case is checked as of 2021-04-01
      Then ADM-09 is UNDETERMINED
      And the ADM-09 missing fields are admission_date

    Scenario: A refused applicant has no contract to conclude
      Given a case with:
        | decision         | REFUSED      |
        | application_date | 2021-03-04   |
        | refusal_ground   | NOT_ELIGIBLE |
      When the case is checked as of 2021-04-01
      Then ADM-09 is NOT_APPLICABLE
