Feature: The law's procedure: the social worker's conclusion and the executive body's decision
  A crisis centre preparing for an inspection needs to see whether the statutory steps around
  each admission (the social worker's conclusion and the local executive body's decision) were
  taken in time and in full, counted in Kazakhstan's working days, because an inspector reads
  them from the same case file.

  @PROC-01
  Rule: PROC-01 The social worker's needs assessment and conclusion are made within 10 working days of the application
    Basis: LAW, LSSS art. 14(3)
    Working days skip weekends and the published non-working days; the deadline is the 10th working day after the application.
    An application on Monday 2021-03-15 runs over the Nauryz days off (22 to 24 March 2021), so its deadline is Thursday 2021-04-01.

    Scenario: A conclusion on the tenth working day after the application is on time
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-15 |
        | admission_date   | 2021-03-15 |
        | conclusion_date  | 2021-04-01 |
      When the case is checked as of 2021-05-01
      Then PROC-01 is COMPLIANT
      And the PROC-01 due date is 2021-04-01
      And the PROC-01 edition is 1079-2016
      And the PROC-01 basis is LAW

    Scenario: A conclusion on the eleventh working day after the application is one day late
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-15 |
        | admission_date   | 2021-03-15 |
        | conclusion_date  | 2021-04-02 |
      When the case is checked as of 2021-05-01
      Then PROC-01 is NON_COMPLIANT
      And the PROC-01 due date is 2021-04-01
      And the PROC-01 evidence shows daysLate 1
      And the PROC-01 evidence shows workingDaysLate 1

    Scenario: Lateness of the conclusion is said in working days, the unit of the limit, with calendar days beside
      Over a weekend, a conclusion 6 calendar days after the deadline is 4 working days late:
      after Thursday 2021-04-01 come Friday 2 April (1), the weekend of 3 and 4 April, and 5 to 7 April (2 to 4).
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-15 |
        | admission_date   | 2021-03-15 |
        | conclusion_date  | 2021-04-07 |
      When the case is checked as of 2021-05-01
      Then PROC-01 is NON_COMPLIANT
      And the PROC-01 evidence shows workingDaysLate 4
      And the PROC-01 evidence shows daysLate 6
      And the PROC-01 message says "4 working day(s) late (6 calendar day(s))"

    Scenario: A missing conclusion is pending on the last day of the deadline
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-15 |
        | admission_date   | 2021-03-15 |
      When the case is checked as of 2021-04-01
      Then PROC-01 is PENDING
      And the PROC-01 due date is 2021-04-01

    Scenario: A missing conclusion is not compliant the day after the deadline
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-15 |
        | admission_date   | 2021-03-15 |
      When the case is checked as of 2021-04-02
      Then PROC-01 is NON_COMPLIANT
      And the PROC-01 due date is 2021-04-01
      And the PROC-01 evidence shows workingDaysOverdue 1
      And the PROC-01 evidence shows daysOverdue 1

    Scenario: A recipient who left on the last day of the deadline before any conclusion leaves nothing to judge
      Given a case with:
        | decision         | ADMITTED           |
        | application_date | 2021-03-15         |
        | admission_date   | 2021-03-15         |
        | exit_date        | 2021-04-01         |
        | exit_reason      | RECIPIENT_DECISION |
      When the case is checked as of 2021-05-01
      Then PROC-01 is NOT_APPLICABLE

    Scenario: Without an application date the deadline cannot be counted
      Given a case with:
        | decision        | ADMITTED   |
        | admission_date  | 2021-03-15 |
        | conclusion_date | 2021-04-01 |
      When the case is checked as of 2021-05-01
      Then PROC-01 is UNDETERMINED
      And the PROC-01 missing fields are application_date

  @PROC-02
  Rule: PROC-02 The conclusion states service type, recipient category, place, duration, content and individual features
    Basis: LAW, LSSS art. 14(4)

    Scenario: A complete conclusion is compliant
      Given a case with:
        | decision            | ADMITTED   |
        | application_date    | 2021-03-15 |
        | admission_date      | 2021-03-15 |
        | conclusion_date     | 2021-03-25 |
        | conclusion_complete | true       |
      When the case is checked as of 2021-05-01
      Then PROC-02 is COMPLIANT
      And the PROC-02 edition is 1079-2016
      And the PROC-02 basis is LAW

    Scenario: A conclusion missing any of the required particulars is not compliant
      Given a case with:
        | decision            | ADMITTED   |
        | application_date    | 2021-03-15 |
        | admission_date      | 2021-03-15 |
        | conclusion_date     | 2021-03-25 |
        | conclusion_complete | false      |
      When the case is checked as of 2021-05-01
      Then PROC-02 is NON_COMPLIANT

    Scenario: A conclusion whose completeness was not recorded cannot be judged
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-15 |
        | admission_date   | 2021-03-15 |
        | conclusion_date  | 2021-03-25 |
      When the case is checked as of 2021-05-01
      Then PROC-02 is UNDETERMINED
      And the PROC-02 missing fields are conclusion_complete

    Scenario: Without a conclusion there is no content to judge
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-15 |
        | admission_date   | 2021-03-15 |
      When the case is checked as of 2021-05-01
      Then PROC-02 is NOT_APPLICABLE

  @PROC-03
  Rule: PROC-03 The local executive body decides within 3 working days of the conclusion
    Basis: LAW, LSSS art. 15(2)
    A conclusion on Thursday 2021-04-15 gives a deadline of Tuesday 2021-04-20 (Friday, Monday, Tuesday).

    Scenario: A decision on the third working day after the conclusion is on time
      Given a case with:
        | decision                | ADMITTED   |
        | application_date        | 2021-04-05 |
        | admission_date          | 2021-04-05 |
        | conclusion_date         | 2021-04-15 |
        | executive_decision_date | 2021-04-20 |
      When the case is checked as of 2021-05-01
      Then PROC-03 is COMPLIANT
      And the PROC-03 due date is 2021-04-20
      And the PROC-03 edition is 1079-2016
      And the PROC-03 basis is LAW

    Scenario: A decision on the fourth working day after the conclusion is one day late
      Given a case with:
        | decision                | ADMITTED   |
        | application_date        | 2021-04-05 |
        | admission_date          | 2021-04-05 |
        | conclusion_date         | 2021-04-15 |
        | executive_decision_date | 2021-04-21 |
      When the case is checked as of 2021-05-01
      Then PROC-03 is NON_COMPLIANT
      And the PROC-03 due date is 2021-04-20
      And the PROC-03 evidence shows daysLate 1

    Scenario: A missing decision is pending on the last day of the deadline
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-04-05 |
        | admission_date   | 2021-04-05 |
        | conclusion_date  | 2021-04-15 |
      When the case is checked as of 2021-04-20
      Then PROC-03 is PENDING
      And the PROC-03 due date is 2021-04-20

    Scenario: A missing decision is not compliant the day after the deadline
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-04-05 |
        | admission_date   | 2021-04-05 |
        | conclusion_date  | 2021-04-15 |
      When the case is checked as of 2021-04-21
      Then PROC-03 is NON_COMPLIANT
      And the PROC-03 due date is 2021-04-20

    Scenario: Without a conclusion there is no decision deadline
      Given a case with:
        | decision                | ADMITTED   |
        | application_date        | 2021-04-05 |
        | admission_date          | 2021-04-05 |
        | executive_decision_date | 2021-04-21 |
      When the case is checked as of 2021-05-01
      Then PROC-03 is NOT_APPLICABLE

    Scenario: A decision on Wednesday 2022-10-26 is on time for a conclusion of Thursday 2022-10-20, as the decreed working Saturday 22 October counts and the days off of 24 and 25 October do not
      Given a case with:
        | decision                | ADMITTED   |
        | application_date        | 2022-10-10 |
        | admission_date          | 2022-10-10 |
        | conclusion_date         | 2022-10-20 |
        | executive_decision_date | 2022-10-26 |
      When the case is checked as of 2022-11-15
      Then PROC-03 is COMPLIANT
      And the PROC-03 due date is 2022-10-26
      And the PROC-03 edition is 1079-2022
