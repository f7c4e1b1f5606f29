Feature: Sweeping a parameter to see which value a deadline should have
  A drafter choosing the in-depth assessment deadline wants, for every candidate value, the share
  of assessments that would be on time: nationally and for state and non-state centres, from one
  pass over the national data. Every swept value is a proposal (basis ASSUMED), not law.

  Scenario: The assessment deadline swept from 1 to 14 days over the national register
    Given the national register for a sweep
    When the drafter sweeps assessment.deadline_days from 1 to 14 as of 2025-12-31
    Then the sweep judges ASM-02 and IPR-01
    And the national ASM-02 rate at 3 days is the current text's
    And the national ASM-02 rate never falls as the deadline grows
    And the smallest deadline bringing ASM-02 to 95% nationally is 4 days
    And there is a curve for STATE and for NON_STATE centres

  Scenario: A sweep of a list parameter is refused, naming it
    Given the national register for a sweep
    When the drafter sweeps admission.lawful_grounds from 1 to 3 as of 2025-12-31
    Then the sweep is refused with "list of codes"
