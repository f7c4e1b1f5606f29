Feature: Editions of the Standard and the counting of working days
  A crisis centre preparing for an inspection needs each requirement judged under the text that
  was in force when the step it concerns happened, and working-day deadlines counted with
  Kazakhstan's real holidays, because its open cases straddle the change from Order 1079 to
  Order 263 and an inspector will not accept a deadline counted on the wrong calendar.

  @editions
  Rule: Each requirement is judged under the edition in force at its own anchor date, so one case may fall under two orders
    Basis: the brief's editions table (1079-2016 from 2017-01-20, 1079-2022 from 2022-10-01, 263-2023 from 2023-07-01); anchors: admission for admission and stay requirements, contract for the assessment deadline, exit for exit requirements
    Project reading (rules/READINGS.md): where 1079-2016 and 1079-2022 are both in force, the later one applies.

    Scenario: A case admitted in March 2023 and closed in August 2023 is judged under Order 1079 for admission and assessment and under Order 263 for its exit
      Given a case with:
        | decision              | ADMITTED             |
        | violence_forms        | PHYSICAL             |
        | applicant             | SELF                 |
        | application_date      | 2023-03-13           |
        | admission_date        | 2023-03-13           |
        | contract_date         | 2023-03-14           |
        | needs_assessment_date | 2023-03-16           |
        | needs_identified      | SOCIAL_PSYCHOLOGICAL |
        | exit_date             | 2023-08-15           |
        | exit_reason           | GOALS_ACHIEVED       |
      When the case is checked as of 2023-09-01
      Then ADM-01 is COMPLIANT
      And the ADM-01 edition is 1079-2022
      And ASM-02 is COMPLIANT
      And the ASM-02 due date is 2023-03-17
      And the ASM-02 edition is 1079-2022
      And STAY-01 is COMPLIANT
      And the STAY-01 edition is 1079-2022
      And EXIT-01 is COMPLIANT
      And the EXIT-01 edition is 263-2023

    Scenario: A contract signed on 30 June 2023 sets an assessment deadline under Order 1079
      Given a case with:
        | decision              | ADMITTED   |
        | application_date      | 2023-06-30 |
        | admission_date        | 2023-06-30 |
        | contract_date         | 2023-06-30 |
        | needs_assessment_date | 2023-07-03 |
      When the case is checked as of 2023-08-01
      Then ASM-02 is COMPLIANT
      And the ASM-02 due date is 2023-07-03
      And the ASM-02 edition is 1079-2022

    Scenario: A recipient admitted on 30 June 2023 whose contract was signed on 1 July 2023 has her admission judged under Order 1079 and her assessment under Order 263
      Given a case with:
        | decision              | ADMITTED   |
        | application_date      | 2023-06-30 |
        | admission_date        | 2023-06-30 |
        | contract_date         | 2023-07-01 |
        | needs_assessment_date | 2023-07-04 |
      When the case is checked as of 2023-08-01
      Then ADM-09 is COMPLIANT
      And the ADM-09 edition is 1079-2022
      And ASM-02 is COMPLIANT
      And the ASM-02 due date is 2023-07-04
      And the ASM-02 edition is 263-2023

  @editions
  Rule: From 1 October 2022 the 1079-2022 edition applies in place of 1079-2016
    Basis: the brief's editions table (Order 383 of 22 Sep 2022 restated the preamble; in force about 10 days after publication, date approximate)

    Scenario: A recipient admitted on 30 September 2022 is judged under the 1079-2016 edition
      Given a case with:
        | decision         | ADMITTED   |
        | violence_forms   | PHYSICAL   |
        | application_date | 2022-09-30 |
        | admission_date   | 2022-09-30 |
      When the case is checked as of 2022-11-01
      Then ADM-01 is COMPLIANT
      And the ADM-01 edition is 1079-2016

    Scenario: A recipient admitted on 1 October 2022 is judged under the 1079-2022 edition
      Given a case with:
        | decision         | ADMITTED   |
        | violence_forms   | PHYSICAL   |
        | application_date | 2022-10-01 |
        | admission_date   | 2022-10-01 |
      When the case is checked as of 2022-11-01
      Then ADM-01 is COMPLIANT
      And the ADM-01 edition is 1079-2022

  @editions
  Rule: From 1 July 2023 the 263-2023 edition applies, and its requirements rest on an assumed reading until its text is read
    Basis: the brief's editions table (Order 263 of 29 Jun 2023 repealed Order 1079 from 1 Jul 2023; same requirements and values assumed, basis ASSUMED)

    Scenario: A case closed on 30 June 2023 has its exit judged under Order 1079 on the monitoring note's account of the Standard
      Given a case with:
        | decision         | ADMITTED       |
        | application_date | 2023-04-10     |
        | admission_date   | 2023-04-10     |
        | exit_date        | 2023-06-30     |
        | exit_reason      | GOALS_ACHIEVED |
      When the case is checked as of 2023-08-01
      Then EXIT-01 is COMPLIANT
      And the EXIT-01 edition is 1079-2022
      And the EXIT-01 basis is SEED

    Scenario: A case closed on 1 July 2023 has its exit judged under Order 263 on an assumed reading
      Given a case with:
        | decision         | ADMITTED       |
        | application_date | 2023-04-10     |
        | admission_date   | 2023-04-10     |
        | exit_date        | 2023-07-01     |
        | exit_reason      | GOALS_ACHIEVED |
      When the case is checked as of 2023-08-01
      Then EXIT-01 is COMPLIANT
      And the EXIT-01 edition is 263-2023
      And the EXIT-01 basis is ASSUMED

  @editions
  Rule: A requirement whose anchor date is before 20 January 2017, when no edition was in force, is out of scope, never silently compliant
    Basis: the brief's editions table (Order 1079 registered 20 Jan 2017 as No. 14701; exact entry into force unconfirmed)

    Scenario: A recipient admitted on 19 January 2017 is out of scope for admission requirements
      Given a case with:
        | decision         | ADMITTED   |
        | violence_forms   | PHYSICAL   |
        | application_date | 2017-01-18 |
        | admission_date   | 2017-01-19 |
      When the case is checked as of 2017-03-01
      Then ADM-01 is OUT_OF_SCOPE

    Scenario: A recipient admitted on 20 January 2017 is judged under the 1079-2016 edition
      Given a case with:
        | decision         | ADMITTED   |
        | violence_forms   | PHYSICAL   |
        | application_date | 2017-01-20 |
        | admission_date   | 2017-01-20 |
      When the case is checked as of 2017-03-01
      Then ADM-01 is COMPLIANT
      And the ADM-01 edition is 1079-2016

    Scenario: A recipient admitted in December 2016 and leaving in February 2017 is out of scope for her admission but judged on her exit
      Given a case with:
        | decision         | ADMITTED       |
        | violence_forms   | PHYSICAL       |
        | application_date | 2016-12-26     |
        | admission_date   | 2016-12-26     |
        | exit_date        | 2017-02-10     |
        | exit_reason      | GOALS_ACHIEVED |
      When the case is checked as of 2017-03-01
      Then ADM-01 is OUT_OF_SCOPE
      And STAY-01 is OUT_OF_SCOPE
      And EXIT-01 is COMPLIANT
      And the EXIT-01 edition is 1079-2016

  @working-days
  Rule: Working-day deadlines skip Kazakhstan's published non-working days, so a deadline over the Independence Day holidays of 16 and 17 December 2021 falls two working days later
    Basis: the brief's day counting (kz-non-working-days.csv, used as published); PROC-01 is LAW, LSSS art. 14(3)
    Project reading (rules/READINGS.md): the deadline of N working days from D is the N-th working day after D.
    An application on Monday 2021-12-06 is due on Wednesday 2021-12-22; a count that ignored the holidays would give Monday 2021-12-20.

    Scenario: A conclusion on 22 December 2021, two days after a count ignoring the holidays would end, is on time
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-12-06 |
        | admission_date   | 2021-12-06 |
        | conclusion_date  | 2021-12-22 |
      When the case is checked as of 2022-01-15
      Then PROC-01 is COMPLIANT
      And the PROC-01 due date is 2021-12-22
      And the PROC-01 edition is 1079-2016

    Scenario: A conclusion on 23 December 2021 is one day late
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-12-06 |
        | admission_date   | 2021-12-06 |
        | conclusion_date  | 2021-12-23 |
      When the case is checked as of 2022-01-15
      Then PROC-01 is NON_COMPLIANT
      And the PROC-01 due date is 2021-12-22
      And the PROC-01 evidence shows daysLate 1

    Scenario: A case with no conclusion on 21 December 2021 is still pending, although a count ignoring the holidays would already call it late
      Given a case with:
        | decision         | ADMITTED   |
        | application_date | 2021-12-06 |
        | admission_date   | 2021-12-06 |
      When the case is checked as of 2021-12-21
      Then PROC-01 is PENDING
      And the PROC-01 due date is 2021-12-22
