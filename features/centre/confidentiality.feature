Feature: Confidentiality
  A crisis centre preparing for an inspection needs to show that every admitted woman was told
  that her personal and family information is kept confidential, because a victim who fears
  disclosure may not seek or accept protection.

  @CONF-01
  Rule: CONF-01 The case records that the recipient was informed of the confidentiality of her personal and family information
    Basis: LAW, LSSS art. 12(1)(7) and 17(2)(5); DVL art. 25

    Scenario: A recipient recorded as informed of confidentiality is compliant
      Given a case with:
        | decision                 | ADMITTED   |
        | application_date         | 2021-03-04 |
        | admission_date           | 2021-03-05 |
        | confidentiality_informed | true       |
      When the case is checked as of 2021-04-01
      Then CONF-01 is COMPLIANT
      And the CONF-01 edition is 1079-2016
      And the CONF-01 basis is LAW

    Scenario: A recipient recorded as not informed of confidentiality is not compliant
      Given a case with:
        | decision                 | ADMITTED   |
        | application_date         | 2021-03-04 |
        | admission_date           | 2021-03-05 |
        | confidentiality_informed | false      |
      When the case is checked as of 2021-04-01
      Then CONF-01 is NON_COMPLIANT

    Scenario: A case with nothing recorded about confidentiality cannot be judged
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-04-01
      Then CONF-01 is UNDETERMINED
      And the CONF-01 missing fields are confidentiality_informed

    Scenario: A refused applicant was not admitted to be informed
      Given a case with:
        | decision         | REFUSED      |
        | application_date | 2021-03-04   |
        | refusal_ground   | NOT_ELIGIBLE |
      When the case is checked as of 2021-04-01
      Then CONF-01 is NOT_APPLICABLE
