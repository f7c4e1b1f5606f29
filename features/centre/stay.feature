Feature: Length of stay
  A crisis centre preparing for an inspection needs to know which stays ran past the allowed
  period and whether each extension was decided in time and on record, because a woman kept or
  put out of the shelter outside these limits is the most serious finding an inspector can make.

  @STAY-01
  Rule: STAY-01 A stay lasts at most 6 months from admission unless it was extended
    Basis: SEED, 2021 monitoring note, recommendations to the Ministry of Labour ("6 months and even 9 months on extension")
    The limit ends on the same day of the month 6 months later, or on the month's last day; that day is still within it.
    Project reading (rules/READINGS.md): an extension is recorded when any of its date, grounds or decider is filled.

    Scenario: A stay from 31 August ending on 28 February, the clamped end of 6 months, is within the limit
      Given a case with:
        | decision         | ADMITTED     |
        | application_date | 2021-08-31   |
        | admission_date   | 2021-08-31   |
        | exit_date        | 2022-02-28   |
        | exit_reason      | PERIOD_ENDED |
      When the case is checked as of 2022-04-01
      Then STAY-01 is COMPLIANT
      And the STAY-01 due date is 2022-02-28
      And the STAY-01 edition is 1079-2016
      And the STAY-01 basis is SEED

    Scenario: A stay from 31 August ending on 1 March is one day over the limit
      Given a case with:
        | decision         | ADMITTED     |
        | application_date | 2021-08-31   |
        | admission_date   | 2021-08-31   |
        | exit_date        | 2022-03-01   |
        | exit_reason      | PERIOD_ENDED |
      When the case is checked as of 2022-04-01
      Then STAY-01 is NON_COMPLIANT
      And the STAY-01 due date is 2022-02-28
      And the STAY-01 evidence shows daysLate 1

    Scenario: An open stay is pending on the last day of its 6 months
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-05 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-09-05
      Then STAY-01 is PENDING
      And the STAY-01 due date is 2021-09-05

    Scenario: An open stay without extension the day after its 6 months is over the limit
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-05 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-09-06
      Then STAY-01 is NON_COMPLIANT
      And the STAY-01 due date is 2021-09-05

    Scenario: An extended stay is judged against the extended limit instead
      Given a case with:
        | decision                | ADMITTED              |
        | application_date        | 2021-03-05            |
        | admission_date          | 2021-03-05            |
        | extension_decision_date | 2021-08-20            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | DIRECTOR              |
      When the case is checked as of 2021-09-06
      Then STAY-01 is NOT_APPLICABLE

  @STAY-02
  Rule: STAY-02 An extended stay lasts at most 9 months from admission in total
    Basis: SEED, 2021 monitoring note, recommendations to the Ministry of Labour ("6 months and even 9 months on extension")
    An admission on 2021-03-05 with an extension may last until 2021-12-05.

    Background:
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-05 |
        | admission_date   | 2021-03-05 |

    Scenario: An extended stay ending on the last day of its 9 months is within the limit
      And the case also has:
        | extension_decision_date | 2021-08-20            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | DIRECTOR              |
        | exit_date               | 2021-12-05            |
        | exit_reason             | PERIOD_ENDED          |
      When the case is checked as of 2022-01-10
      Then STAY-02 is COMPLIANT
      And the STAY-02 due date is 2021-12-05
      And the STAY-02 edition is 1079-2016
      And the STAY-02 basis is SEED

    Scenario: An extended stay ending the day after its 9 months is one day over the limit
      And the case also has:
        | extension_decision_date | 2021-08-20            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | DIRECTOR              |
        | exit_date               | 2021-12-06            |
        | exit_reason             | PERIOD_ENDED          |
      When the case is checked as of 2022-01-10
      Then STAY-02 is NON_COMPLIANT
      And the STAY-02 due date is 2021-12-05
      And the STAY-02 evidence shows daysLate 1

    Scenario: An open extended stay is pending on the last day of its 9 months
      And the case also has:
        | extension_decision_date | 2021-08-20            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | DIRECTOR              |
      When the case is checked as of 2021-12-05
      Then STAY-02 is PENDING
      And the STAY-02 due date is 2021-12-05

    Scenario: An open extended stay the day after its 9 months is over the limit
      And the case also has:
        | extension_decision_date | 2021-08-20            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | DIRECTOR              |
      When the case is checked as of 2021-12-06
      Then STAY-02 is NON_COMPLIANT
      And the STAY-02 due date is 2021-12-05

    Scenario: A stay with no extension recorded is judged against the base limit instead
      When the case is checked as of 2021-08-01
      Then STAY-02 is NOT_APPLICABLE

  @STAY-03
  Rule: STAY-03 An extension is decided on or before the end of the 6-month base limit, and records its grounds and who decided
    Basis: assumed reading; no text of the Standard read
    An admission on 2021-03-05 reaches its base limit on 2021-09-05.
    Project reading (rules/READINGS.md): an extension recorded without a decision date is NON_COMPLIANT.

    Background:
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-05 |
        | admission_date   | 2021-03-05 |

    Scenario: An extension decided on the last day of the base limit, with grounds and decider, is compliant
      And the case also has:
        | extension_decision_date | 2021-09-05            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | DIRECTOR              |
      When the case is checked as of 2021-10-01
      Then STAY-03 is COMPLIANT
      And the STAY-03 due date is 2021-09-05
      And the STAY-03 edition is 1079-2016
      And the STAY-03 basis is ASSUMED

    Scenario: An extension decided the day after the base limit ran out is one day late
      And the case also has:
        | extension_decision_date | 2021-09-06            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
        | extension_decided_by    | DIRECTOR              |
      When the case is checked as of 2021-10-01
      Then STAY-03 is NON_COMPLIANT
      And the STAY-03 due date is 2021-09-05
      And the STAY-03 evidence shows daysLate 1

    Scenario: An extension decided in time but with no grounds recorded is not compliant
      And the case also has:
        | extension_decision_date | 2021-08-20 |
        | extension_decided_by    | DIRECTOR   |
      When the case is checked as of 2021-10-01
      Then STAY-03 is NON_COMPLIANT

    Scenario: An extension decided in time but not saying who decided is not compliant
      And the case also has:
        | extension_decision_date | 2021-08-20            |
        | extension_grounds       | DOCUMENTS_RESTORATION |
      When the case is checked as of 2021-10-01
      Then STAY-03 is NON_COMPLIANT

    Scenario: An extension recorded with grounds and decider but no decision date is not compliant, and still counts as an extension
      And the case also has:
        | extension_grounds    | DIVORCE_PENDING |
        | extension_decided_by | DIRECTOR        |
      When the case is checked as of 2021-10-01
      Then STAY-03 is NON_COMPLIANT
      And STAY-01 is NOT_APPLICABLE

    Scenario: A stay with no extension has no extension decision to judge
      When the case is checked as of 2021-10-01
      Then STAY-03 is NOT_APPLICABLE
