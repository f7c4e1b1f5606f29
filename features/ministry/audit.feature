@ministry @audit
Feature: The ministry audits compliance across centres
  The ministry and the regional akimats read compliance figures by centre, region, ownership and
  year, compare state and non-state centres as the 2021 monitoring note does, and publish them. A
  figure about fewer than five women is never shown, nor can it be worked out from the totals
  shown beside it, and no case key ever leaves the audit.

  Rule: A small cell is suppressed, and the totals beside it do not give it away

    Scenario: A centre with three cases is shown as suppressed in the regional table, and the region's total does not reveal it
      Given a register of these centres, every woman assessed within three days of her contract:
        | centre | region       | ownership | cases |
        | KC-A   | North region | NON_STATE | 3     |
        | KC-B   | North region | STATE     | 12    |
        | KC-C   | North region | NON_STATE | 20    |
        | KC-D   | South region | STATE     | 30    |
      When the ministry audits it by region and centre, as of 2025-12-31
      Then the ASM-02 cases of "North region|KC-A" are suppressed
      And the ASM-02 cases of "North region" are shown
      And no suppressed ASM-02 figure can be worked out from the figures shown beside it

    Scenario: A centre with five cases is shown
      Given a register of these centres, every woman assessed within three days of her contract:
        | centre | region       | ownership | cases |
        | KC-A   | North region | NON_STATE | 5     |
        | KC-B   | North region | STATE     | 12    |
      When the ministry audits it by centre, as of 2025-12-31
      Then the ASM-02 cases of "KC-A" are 5
      And the ASM-02 compliance rate of "KC-A" is 100.0%

    Scenario: The threshold may be raised, never set below three cases
      Given a register of these centres, every woman assessed within three days of her contract:
        | centre | region       | ownership | cases |
        | KC-A   | North region | NON_STATE | 6     |
        | KC-B   | North region | STATE     | 12    |
      When the ministry audits it by centre with figures about fewer than 10 cases suppressed, as of 2025-12-31
      Then the ASM-02 cases of "KC-A" are suppressed
      When the ministry audits it by centre with figures about fewer than 2 cases suppressed, as of 2025-12-31
      Then the audit is refused as a 400 problem saying "below 3"

    Scenario: No case key leaves the audit, as JSON or as CSV
      Given a register of these centres, every woman assessed within three days of her contract:
        | centre | region       | ownership | cases |
        | KC-A   | North region | NON_STATE | 3     |
        | KC-B   | South region | STATE     | 9     |
      When the ministry audits it by centre and year, as of 2025-12-31
      Then no case key of the register appears in the answer
      And no case key of the register appears in the answer as CSV

  Rule: State and non-state centres side by side, as in the monitoring note

    Scenario: State and non-state centres side by side
      Given the national synthetic register
      When the ministry audits it by ownership for 2021, as of 2025-12-31
      Then the groups are "NON_STATE" and "STATE"
      And for every requirement each group shows its compliance rate or says it is suppressed or undefined
      And the ASM-02 compliance rate of "STATE" and of "NON_STATE" are both shown

  Rule: The national dataset gives the 2021 monitoring note's answers

    Scenario: Assessments on time, plan completion and terminations in 2021, centre by centre
      Given the national synthetic register
      When the ministry audits it by centre for 2021, as of 2025-12-31
      Then by their ASM-02 compliance rate 8 centres always, 7 almost always and 2 often assess within the deadline
      And by their plan completion 4 centres carry out 95-100% of their plans, 12 centres 75-95% and 1 centre 50-75%
      And 9 centres end some services for breach: 7 for violations of the internal rules and 2 for absence
