Feature: Ending services
  A crisis centre preparing for an inspection needs to show that every case it closed records
  when and why services ended, and that a woman was put out for absence or rule violations only
  on the grounds the Standard allows, because ending services wrongly takes away her shelter.

  @EXIT-01
  Rule: EXIT-01 Every closed case records its exit date and a reason from the closed list
    Basis: SEED, 2021 monitoring note, Table 11 and organisation section
    The reasons are PERIOD_ENDED, RECIPIENT_DECISION, TRANSFER, RULES_VIOLATION, UNAUTHORISED_ABSENCE, GOALS_ACHIEVED and DEATH.
    Project reading (rules/READINGS.md): a case without an exit date is open and NOT_APPLICABLE, even if a reason is filled.

    Scenario: A closed case with a listed reason is compliant
      Given a case with:
        | decision         | ADMITTED       |
        | application_date | 2021-04-12     |
        | admission_date   | 2021-04-12     |
        | exit_date        | 2021-06-15     |
        | exit_reason      | GOALS_ACHIEVED |
      When the case is checked as of 2021-07-01
      Then EXIT-01 is COMPLIANT
      And the EXIT-01 edition is 1079-2016
      And the EXIT-01 basis is SEED

    Scenario: A closed case with no reason recorded is not compliant
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-04-12 |
        | admission_date   | 2021-04-12 |
        | exit_date        | 2021-06-15 |
      When the case is checked as of 2021-07-01
      Then EXIT-01 is NON_COMPLIANT

    Scenario: A case with a reason but no exit date is still open
      Given a case with:
        | decision         | ADMITTED       |
        | application_date | 2021-04-12     |
        | admission_date   | 2021-04-12     |
        | exit_reason      | GOALS_ACHIEVED |
      When the case is checked as of 2021-07-01
      Then EXIT-01 is NOT_APPLICABLE

    Scenario: A case checked the day before its recorded exit is still open at that date
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-04-12 |
        | admission_date   | 2021-04-12 |
        | exit_date        | 2021-06-15 |
      When the case is checked as of 2021-06-14
      Then EXIT-01 is NOT_APPLICABLE

  @EXIT-02
  Rule: EXIT-02 The reason PERIOD_ENDED is used only when the allowed stay (6 months, or 9 months when extended) has run out by the exit date
    Basis: assumed reading; no text of the Standard read
    An admission on 2021-03-05 reaches 6 months on 2021-09-05 and 9 months on 2021-12-05.

    Background:
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-05 |
        | admission_date   | 2021-03-05 |

    Scenario: Ending for the end of the period on the day the 6 months run out is compliant
      And the case also has:
        | exit_date   | 2021-09-05   |
        | exit_reason | PERIOD_ENDED |
      When the case is checked as of 2021-10-01
      Then EXIT-02 is COMPLIANT
      And the EXIT-02 edition is 1079-2016
      And the EXIT-02 basis is ASSUMED

    Scenario: Ending for the end of the period the day before the 6 months run out is not compliant
      And the case also has:
        | exit_date   | 2021-09-04   |
        | exit_reason | PERIOD_ENDED |
      When the case is checked as of 2021-10-01
      Then EXIT-02 is NON_COMPLIANT

    Scenario: Ending an extended stay for the end of the period on the day the 9 months run out is compliant
      And the case also has:
        | extension_decision_date | 2021-08-20      |
        | extension_grounds       | DIVORCE_PENDING |
        | extension_decided_by    | DIRECTOR        |
        | exit_date               | 2021-12-05      |
        | exit_reason             | PERIOD_ENDED    |
      When the case is checked as of 2022-01-10
      Then EXIT-02 is COMPLIANT

    Scenario: Ending an extended stay for the end of the period the day before the 9 months run out is not compliant
      And the case also has:
        | extension_decision_date | 2021-08-20      |
        | extension_grounds       | DIVORCE_PENDING |
        | extension_decided_by    | DIRECTOR        |
        | exit_date               | 2021-12-04      |
        | exit_reason             | PERIOD_ENDED    |
      When the case is checked as of 2022-01-10
      Then EXIT-02 is NON_COMPLIANT

    Scenario: An exit for another reason before the period ran out is not judged under this requirement
      And the case also has:
        | exit_date   | 2021-09-04     |
        | exit_reason | GOALS_ACHIEVED |
      When the case is checked as of 2021-10-01
      Then EXIT-02 is NOT_APPLICABLE

  @EXIT-03
  Rule: EXIT-03 Ending services for unauthorised absence requires a recorded absence without notice of more than 3 days
    Basis: SEED, 2021 monitoring note, organisation section ("absence of more than three days without notifying the administration")
    More than 72 hours when both ends carry a time; otherwise more than 3 days between the dates. An absence with no return runs to the exit date (00:00 of that day).
    Project reading (rules/READINGS.md): only absences recorded with notified = false count; exactly 72 hours or exactly 3 days is not enough.

    Background:
      Given a case with:
        | decision         | ADMITTED             |
        | application_date | 2021-04-12           |
        | admission_date   | 2021-04-12           |
        | exit_date        | 2021-05-14           |
        | exit_reason      | UNAUTHORISED_ABSENCE |

    Scenario: An absence without notice of 72 hours and one minute justifies ending services
      And the case also has:
        | absences | 2021-05-10T20:00\|2021-05-13T20:01\|false |
      When the case is checked as of 2021-06-01
      Then EXIT-03 is COMPLIANT
      And the EXIT-03 edition is 1079-2016
      And the EXIT-03 basis is SEED

    Scenario: An absence without notice of exactly 72 hours does not justify ending services
      And the case also has:
        | absences | 2021-05-10T20:00\|2021-05-13T20:00\|false |
      When the case is checked as of 2021-06-01
      Then EXIT-03 is NON_COMPLIANT

    Scenario: An absence without notice from 10 May with no return runs 4 days to the exit and justifies ending services
      And the case also has:
        | absences | 2021-05-10\|\|false |
      When the case is checked as of 2021-06-01
      Then EXIT-03 is COMPLIANT

    Scenario: An absence without notice from 11 May with no return runs exactly 3 days to the exit and does not justify ending services
      And the case also has:
        | absences | 2021-05-11\|\|false |
      When the case is checked as of 2021-06-01
      Then EXIT-03 is NON_COMPLIANT

    Scenario: A long absence with nothing recorded about notice is not proof of an absence without notice
      And the case also has:
        | absences | 2021-05-09T20:00\|2021-05-13T21:00\| |
      When the case is checked as of 2021-06-01
      Then EXIT-03 is NON_COMPLIANT

    Scenario: A recipient who left by her own decision is not judged under this requirement
      And the case also has:
        | exit_reason | RECIPIENT_DECISION  |
        | absences    | 2021-05-10\|\|false |
      When the case is checked as of 2021-06-01
      Then EXIT-03 is NOT_APPLICABLE

  @EXIT-04
  Rule: EXIT-04 Ending services for rule violations requires systematic violation: at least 2 recorded violations of the internal rules on or before the exit date
    Basis: SEED, 2021 monitoring note, organisation section ("systematic violations of the internal rules"); the minimum of 2 violations is an assumed reading

    Background:
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-04-12 |
        | admission_date   | 2021-04-12 |
        | exit_date        | 2021-06-15 |

    Scenario: Two violations, the second on the exit date, justify ending services
      And the case also has:
        | exit_reason      | RULES_VIOLATION       |
        | rules_violations | 2021-05-20;2021-06-15 |
      When the case is checked as of 2021-07-01
      Then EXIT-04 is COMPLIANT
      And the EXIT-04 edition is 1079-2016

    Scenario: A second violation dated the day after the exit does not count towards it
      And the case also has:
        | exit_reason      | RULES_VIOLATION       |
        | rules_violations | 2021-05-20;2021-06-16 |
      When the case is checked as of 2021-07-01
      Then EXIT-04 is NON_COMPLIANT

    Scenario: A single violation is not systematic
      And the case also has:
        | exit_reason      | RULES_VIOLATION |
        | rules_violations | 2021-05-20      |
      When the case is checked as of 2021-07-01
      Then EXIT-04 is NON_COMPLIANT

    Scenario: An exit for another reason is not judged under this requirement
      And the case also has:
        | exit_reason      | GOALS_ACHIEVED |
        | rules_violations | 2021-05-20     |
      When the case is checked as of 2021-07-01
      Then EXIT-04 is NOT_APPLICABLE

  @EXIT-05
  Rule: EXIT-05 The recipient may refuse services at any time: leaving by her own decision is always a lawful reason
    Basis: LAW, LSSS art. 12(1)(5)

    Scenario: A recipient who leaves by her own decision two days after admission ended services lawfully
      Given a case with:
        | decision         | ADMITTED           |
        | application_date | 2021-04-12         |
        | admission_date   | 2021-04-12         |
        | exit_date        | 2021-04-14         |
        | exit_reason      | RECIPIENT_DECISION |
      When the case is checked as of 2021-05-01
      Then EXIT-05 is COMPLIANT
      And the EXIT-05 edition is 1079-2016
      And the EXIT-05 basis is LAW

    Scenario: An exit for another reason is not judged under this requirement
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-04-12 |
        | admission_date   | 2021-04-12 |
        | exit_date        | 2021-04-14 |
        | exit_reason      | TRANSFER   |
      When the case is checked as of 2021-05-01
      Then EXIT-05 is NOT_APPLICABLE
