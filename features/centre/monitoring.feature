Feature: Monitoring the plan
  A crisis centre preparing for an inspection needs to show that the execution of each plan was
  recorded in the monitoring journal at regular intervals and once more when the recipient
  left, because an unmonitored plan cannot show that the help was actually given.

  @MON-01
  Rule: MON-01 The plan's execution is recorded in the monitoring journal at least every 3 months from the plan date while the case is open
    Basis: SEED, 2021 monitoring note ("centres monitor quarterly")
    A gap is within the limit when the later date is on or before the earlier date plus 3 months (same day of the month, or the month's last day).
    Project reading (rules/READINGS.md): the gaps run from the plan to the first entry, between entries, and from the last entry to the exit date (or to the as-of date while open); only entries on or after the plan date count.

    Scenario: An open case with an entry exactly 3 months after the plan is pending until the next entry is due
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | plan_date        | 2021-03-10 |
        | monitoring_dates | 2021-06-10 |
      When the case is checked as of 2021-08-01
      Then MON-01 is PENDING
      And the MON-01 due date is 2021-09-10
      And the MON-01 edition is 1079-2016
      And the MON-01 basis is SEED

    Scenario: A first entry 3 months and one day after the plan is not compliant
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
        | plan_date        | 2021-03-10 |
        | monitoring_dates | 2021-06-11 |
      When the case is checked as of 2021-08-01
      Then MON-01 is NON_COMPLIANT

    Scenario: A plan of 30 November with no entry yet is pending on 28 February, the clamped end of the interval
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-11-22 |
        | admission_date   | 2021-11-22 |
        | plan_date        | 2021-11-30 |
      When the case is checked as of 2022-02-28
      Then MON-01 is PENDING
      And the MON-01 due date is 2022-02-28

    Scenario: A plan of 30 November with no entry by 1 March is not compliant
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-11-22 |
        | admission_date   | 2021-11-22 |
        | plan_date        | 2021-11-30 |
      When the case is checked as of 2022-03-01
      Then MON-01 is NON_COMPLIANT

    Scenario: A closed case with no gap longer than 3 months from plan to exit is compliant
      Given a case with:
        | decision         | ADMITTED              |
        | application_date | 2021-03-04            |
        | admission_date   | 2021-03-05            |
        | plan_date        | 2021-03-10            |
        | monitoring_dates | 2021-06-10;2021-08-27 |
        | exit_date        | 2021-08-31            |
        | exit_reason      | GOALS_ACHIEVED        |
      When the case is checked as of 2021-10-01
      Then MON-01 is COMPLIANT

    Scenario: Without a plan there is nothing to monitor
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |
      When the case is checked as of 2021-08-01
      Then MON-01 is NOT_APPLICABLE

  @MON-02
  Rule: MON-02 A final monitoring entry is made at exit, on the exit date or within the 7 days before it
    Basis: assumed reading (both the final entry and the 7-day window); no text of the Standard read
    An exit on 2021-08-31 needs an entry dated 2021-08-24 to 2021-08-31.

    Background:
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-03-04 |
        | admission_date   | 2021-03-05 |

    Scenario: An entry 7 days before the exit is a final entry
      And the case also has:
        | plan_date        | 2021-03-10            |
        | monitoring_dates | 2021-06-10;2021-08-24 |
        | exit_date        | 2021-08-31            |
        | exit_reason      | GOALS_ACHIEVED        |
      When the case is checked as of 2021-10-01
      Then MON-02 is COMPLIANT
      And the MON-02 edition is 1079-2016
      And the MON-02 basis is ASSUMED

    Scenario: An entry 8 days before the exit is not a final entry
      And the case also has:
        | plan_date        | 2021-03-10            |
        | monitoring_dates | 2021-06-10;2021-08-23 |
        | exit_date        | 2021-08-31            |
        | exit_reason      | GOALS_ACHIEVED        |
      When the case is checked as of 2021-10-01
      Then MON-02 is NON_COMPLIANT

    Scenario: A closed case with a plan and no monitoring entry at all has no final entry
      And the case also has:
        | plan_date   | 2021-03-10     |
        | exit_date   | 2021-08-31     |
        | exit_reason | GOALS_ACHIEVED |
      When the case is checked as of 2021-10-01
      Then MON-02 is NON_COMPLIANT

    Scenario: An open case has no exit to monitor yet
      And the case also has:
        | plan_date        | 2021-03-10 |
        | monitoring_dates | 2021-06-10 |
      When the case is checked as of 2021-08-01
      Then MON-02 is NOT_APPLICABLE

    Scenario: A case closed without a plan has no plan to monitor
      And the case also has:
        | exit_date   | 2021-03-06         |
        | exit_reason | RECIPIENT_DECISION |
      When the case is checked as of 2021-04-01
      Then MON-02 is NOT_APPLICABLE
