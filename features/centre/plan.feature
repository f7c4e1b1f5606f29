Feature: Individual work plan
  A crisis centre preparing for an inspection needs to show that each admitted woman has an
  individual work plan drawn from her assessment, covering every need found, with named
  measures, and agreed by her, because the plan is how the centre proves what help it gave.

  @IPR-01
  Rule: IPR-01 Every admitted recipient has an individual work plan
    Basis: LAW, LSSS art. 16(3)(7); SEED, 2021 monitoring note
    No plan deadline is known (ipr.deadline_days is not set), so an open case without a plan is pending with no due date.
    Project reading (rules/READINGS.md): a case closed without a plan is NOT_APPLICABLE when it closed on or before the ASM-02 deadline, NON_COMPLIANT after it.

    Background:
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | contract_date    | 2021-03-05 |

    Scenario: A recipient with a dated plan has a plan
      And the case also has:
        | needs_assessment_date | 2021-03-07 |
        | plan_date             | 2021-03-10 |
      When the case is checked as of 2021-04-01
      Then IPR-01 is COMPLIANT
      And the IPR-01 edition is 1079-2016

    Scenario: An open case without a plan is pending while no plan deadline is set
      And the case also has:
        | needs_assessment_date | 2021-03-07 |
      When the case is checked as of 2021-04-01
      Then IPR-01 is PENDING

    Scenario: A case closed the day after the assessment deadline without a plan is not compliant
      And the case also has:
        | needs_assessment_date | 2021-03-07         |
        | exit_date             | 2021-03-09         |
        | exit_reason           | RECIPIENT_DECISION |
      When the case is checked as of 2021-04-01
      Then IPR-01 is NON_COMPLIANT

    Scenario: A case closed on the last day of the assessment deadline without a plan leaves nothing to judge
      And the case also has:
        | exit_date   | 2021-03-08         |
        | exit_reason | RECIPIENT_DECISION |
      When the case is checked as of 2021-04-01
      Then IPR-01 is NOT_APPLICABLE

  @IPR-02
  Rule: IPR-02 The plan is drawn up from the assessment: dated on or after it
    Basis: SEED, 2021 monitoring note ("results of the needs assessment are used to draw up the plan"); any deadline after the assessment is an assumed reading (ipr.deadline_days, no value known, not set)

    Background:
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | contract_date    | 2021-03-05 |

    Scenario: A plan dated the same day as the assessment is drawn from it
      And the case also has:
        | needs_assessment_date | 2021-03-07 |
        | plan_date             | 2021-03-07 |
      When the case is checked as of 2021-04-01
      Then IPR-02 is COMPLIANT
      And the IPR-02 edition is 1079-2016

    Scenario: A plan dated the day before the assessment cannot be drawn from it
      And the case also has:
        | needs_assessment_date | 2021-03-07 |
        | plan_date             | 2021-03-06 |
      When the case is checked as of 2021-04-01
      Then IPR-02 is NON_COMPLIANT

    Scenario: A plan drawn up six weeks after the assessment is compliant while no plan deadline is set
      And the case also has:
        | needs_assessment_date | 2021-03-07 |
        | plan_date             | 2021-04-18 |
      When the case is checked as of 2021-05-01
      Then IPR-02 is COMPLIANT

    Scenario: A plan with no assessment date recorded cannot be placed after the assessment
      And the case also has:
        | plan_date | 2021-03-10 |
      When the case is checked as of 2021-04-01
      Then IPR-02 is UNDETERMINED
      And the IPR-02 missing fields are needs_assessment_date

    Scenario: Without a plan there is no plan date to judge
      And the case also has:
        | needs_assessment_date | 2021-03-07 |
      When the case is checked as of 2021-04-01
      Then IPR-02 is NOT_APPLICABLE

  @IPR-03
  Rule: IPR-03 Every service type the assessment found needed has at least one measure in the plan
    Basis: SEED, 2021 monitoring note; the one-measure-per-needed-type test is an assumed reading
    Project reading (rules/READINGS.md): with no needs recorded there is nothing to cover (COMPLIANT); ASM-03 reports the empty assessment.

    Background:
      Given a case with:
        | decision              | ADMITTED   |
        | application_date      | 2021-03-04 |
        | admission_date        | 2021-03-05 |
        | contract_date         | 2021-03-05 |
        | needs_assessment_date | 2021-03-07 |

    Scenario: A plan with a measure for each needed service type covers the needs
      And the case also has:
        | needs_identified | SOCIAL_PSYCHOLOGICAL;SOCIAL_LEGAL                                               |
        | plan_date        | 2021-03-10                                                                      |
        | plan_measures    | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31;SOCIAL_LEGAL\|LAWYER\|2021-04-15 |
      When the case is checked as of 2021-04-01
      Then IPR-03 is COMPLIANT
      And the IPR-03 edition is 1079-2016

    Scenario: A plan with no measure for a needed social-legal service leaves a need uncovered
      And the case also has:
        | needs_identified | SOCIAL_PSYCHOLOGICAL;SOCIAL_LEGAL              |
        | plan_date        | 2021-03-10                                     |
        | plan_measures    | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-01
      Then IPR-03 is NON_COMPLIANT

    Scenario: An assessment with no needs recorded leaves the plan nothing to cover
      And the case also has:
        | plan_date     | 2021-03-10                                     |
        | plan_measures | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-01
      Then IPR-03 is COMPLIANT

    Scenario: Without a plan there are no measures to judge
      And the case also has:
        | needs_identified | SOCIAL_PSYCHOLOGICAL;SOCIAL_LEGAL |
      When the case is checked as of 2021-04-01
      Then IPR-03 is NOT_APPLICABLE

  @IPR-04
  Rule: IPR-04 Each measure of the plan names its service type, a responsible specialist and a due date
    Basis: assumed reading (the form of the plan); no text of the Standard read

    Background:
      Given a case with:
        | decision              | ADMITTED   |
        | application_date      | 2021-03-04 |
        | admission_date        | 2021-03-05 |
        | contract_date         | 2021-03-05 |
        | needs_assessment_date | 2021-03-07 |

    Scenario: A plan whose every measure has a type, a responsible specialist and a due date is compliant
      And the case also has:
        | plan_date     | 2021-03-10                                                         |
        | plan_measures | SOCIAL_MEDICAL\|NURSE\|2021-03-20;SOCIAL_LEGAL\|LAWYER\|2021-04-15 |
      When the case is checked as of 2021-04-01
      Then IPR-04 is COMPLIANT
      And the IPR-04 edition is 1079-2016
      And the IPR-04 basis is ASSUMED

    Scenario: A measure with no responsible specialist is not compliant
      And the case also has:
        | plan_date     | 2021-03-10                                                   |
        | plan_measures | SOCIAL_MEDICAL\|NURSE\|2021-03-20;SOCIAL_LEGAL\|\|2021-04-15 |
      When the case is checked as of 2021-04-01
      Then IPR-04 is NON_COMPLIANT

    Scenario: A measure with no due date is not compliant
      And the case also has:
        | plan_date     | 2021-03-10                                               |
        | plan_measures | SOCIAL_MEDICAL\|NURSE\|2021-03-20;SOCIAL_LEGAL\|LAWYER\| |
      When the case is checked as of 2021-04-01
      Then IPR-04 is NON_COMPLIANT

    Scenario: A measure with no service type is not compliant
      And the case also has:
        | plan_date     | 2021-03-10                 |
        | plan_measures | \|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-01
      Then IPR-04 is NON_COMPLIANT

    Scenario: A plan with no measures at all is not compliant
      And the case also has:
        | plan_date | 2021-03-10 |
      When the case is checked as of 2021-04-01
      Then IPR-04 is NON_COMPLIANT

    Scenario: Without a plan there are no measures to judge
      When the case is checked as of 2021-04-01
      Then IPR-04 is NOT_APPLICABLE

  @IPR-05
  Rule: IPR-05 A recipient without identity documents has a social-legal measure to restore them
    Basis: SEED, 2021 monitoring note, social-legal section (documenting takes up to 18 months)

    Background:
      Given a case with:
        | decision              | ADMITTED   |
        | application_date      | 2021-03-04 |
        | admission_date        | 2021-03-05 |
        | contract_date         | 2021-03-05 |
        | needs_assessment_date | 2021-03-07 |

    Scenario: A recipient without documents whose plan has a social-legal measure is compliant
      And the case also has:
        | has_id_document | false                                                                           |
        | plan_date       | 2021-03-10                                                                      |
        | plan_measures   | SOCIAL_LEGAL\|LAWYER\|2021-04-15;SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-01
      Then IPR-05 is COMPLIANT
      And the IPR-05 edition is 1079-2016
      And the IPR-05 basis is SEED

    Scenario: A recipient without documents whose plan has no social-legal measure is not compliant
      And the case also has:
        | has_id_document | false                                          |
        | plan_date       | 2021-03-10                                     |
        | plan_measures   | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-01
      Then IPR-05 is NON_COMPLIANT

    Scenario: A recipient who has her documents needs no measure to restore them
      And the case also has:
        | has_id_document | true                                           |
        | plan_date       | 2021-03-10                                     |
        | plan_measures   | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-01
      Then IPR-05 is NOT_APPLICABLE

    Scenario: A plan for a recipient whose documents were not recorded cannot be judged
      And the case also has:
        | plan_date     | 2021-03-10                                     |
        | plan_measures | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-01
      Then IPR-05 is UNDETERMINED
      And the IPR-05 missing fields are has_id_document

    Scenario: Without a plan there are no measures to judge
      And the case also has:
        | has_id_document | false |
      When the case is checked as of 2021-04-01
      Then IPR-05 is NOT_APPLICABLE

  @IPR-06
  Rule: IPR-06 Each accompanying child of school age has a social-pedagogical measure for school placement
    Basis: SEED, 2021 monitoring note, Table 4
    School age is 6 to 17 years: the admission year minus the child's birth year (admission in 2021: children born 2004 to 2015).
    Project reading (rules/READINGS.md): children recorded without an admission date are UNDETERMINED.

    Scenario: A nine-year-old child with a social-pedagogical measure in the plan is compliant
      Given a case with:
        | decision       | ADMITTED                                |
        | admission_date | 2021-03-05                              |
        | children       | 2012                                    |
        | plan_date      | 2021-03-10                              |
        | plan_measures  | SOCIAL_PEDAGOGICAL\|TEACHER\|2021-04-01 |
      When the case is checked as of 2021-04-15
      Then IPR-06 is COMPLIANT
      And the IPR-06 edition is 1079-2016
      And the IPR-06 basis is SEED

    Scenario: A child born 2015, six by the year count, with no social-pedagogical measure is not compliant
      Given a case with:
        | decision       | ADMITTED                                       |
        | admission_date | 2021-03-05                                     |
        | children       | 2015                                           |
        | plan_date      | 2021-03-10                                     |
        | plan_measures  | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-15
      Then IPR-06 is NON_COMPLIANT

    Scenario: A child born 2016, five by the year count, is not of school age
      Given a case with:
        | decision       | ADMITTED                                       |
        | admission_date | 2021-03-05                                     |
        | children       | 2016                                           |
        | plan_date      | 2021-03-10                                     |
        | plan_measures  | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-15
      Then IPR-06 is NOT_APPLICABLE

    Scenario: A child born 2004, seventeen by the year count, with no social-pedagogical measure is not compliant
      Given a case with:
        | decision       | ADMITTED                                       |
        | admission_date | 2021-03-05                                     |
        | children       | 2004                                           |
        | plan_date      | 2021-03-10                                     |
        | plan_measures  | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-15
      Then IPR-06 is NON_COMPLIANT

    Scenario: A child born 2003, eighteen by the year count, is not of school age
      Given a case with:
        | decision       | ADMITTED                                       |
        | admission_date | 2021-03-05                                     |
        | children       | 2003                                           |
        | plan_date      | 2021-03-10                                     |
        | plan_measures  | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-15
      Then IPR-06 is NOT_APPLICABLE

    Scenario: Children recorded without an admission date cannot be placed in school age
      Given a case with:
        | decision         | ADMITTED                                       |
        | application_date | 2021-03-04                                     |
        | children         | 2012                                           |
        | plan_date        | 2021-03-10                                     |
        | plan_measures    | SOCIAL_PSYCHOLOGICAL\|PSYCHOLOGIST\|2021-03-31 |
      When the case is checked as of 2021-04-15
      Then IPR-06 is UNDETERMINED
      And the IPR-06 missing fields are admission_date

  @IPR-07
  Rule: IPR-07 The recipient takes part in and agrees to her plan, with her signature recorded
    Basis: LAW, LSSS art. 12(1)(3)

    Background:
      Given a case with:
        | decision              | ADMITTED   |
        | application_date      | 2021-03-04 |
        | admission_date        | 2021-03-05 |
        | contract_date         | 2021-03-05 |
        | needs_assessment_date | 2021-03-07 |

    Scenario: A plan signed by the recipient is compliant
      And the case also has:
        | plan_date                | 2021-03-10 |
        | plan_signed_by_recipient | true       |
      When the case is checked as of 2021-04-01
      Then IPR-07 is COMPLIANT
      And the IPR-07 edition is 1079-2016
      And the IPR-07 basis is LAW

    Scenario: A plan not signed by the recipient is not compliant
      And the case also has:
        | plan_date                | 2021-03-10 |
        | plan_signed_by_recipient | false      |
      When the case is checked as of 2021-04-01
      Then IPR-07 is NON_COMPLIANT

    Scenario: A plan with nothing recorded about the recipient's signature cannot be judged
      And the case also has:
        | plan_date | 2021-03-10 |
      When the case is checked as of 2021-04-01
      Then IPR-07 is UNDETERMINED
      And the IPR-07 missing fields are plan_signed_by_recipient

    Scenario: Without a plan there is no signature to judge
      When the case is checked as of 2021-04-01
      Then IPR-07 is NOT_APPLICABLE
