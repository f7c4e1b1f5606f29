@api
Feature: The checker over HTTP
  A centre's case system calls the checker while cases are entered and before an inspection. It
  needs the same findings whichever form it sends, errors that say which row and field to fix, and
  the certainty that a record with identifying data is refused and never repeated back.

  Rule: CSV and JSON are two forms of the same register

    Scenario: The sample register sent as CSV and as JSON gets identical findings
      Given the sample register of one centre
      When it is sent as CSV and as JSON, as of 2025-03-31
      Then both answers hold the same findings for every case
      And the answer counts 70 rows read, 70 evaluated and 0 rejected

    Scenario: One case sent to the single-case endpoint gets the findings it gets in a register
      Given the sample register of one centre
      When its case KRG-2025-026 is sent alone, as of 2025-03-31
      Then its findings are those it gets in the register

  Rule: Bad input gets a clear error naming the row and field, and nothing is lost silently

    Scenario: Rows with impossible dates are rejected by row and column while the others are evaluated
      Given the malformed file "bad-date.csv"
      When it is sent as CSV, as of 2025-03-31
      Then the answer is 200
      And the summary counts 2 rejected rows
      And an error names row 1 and field "application_date"

    Scenario: A case with an unknown service type in JSON is rejected with its row and field
      When the JSON cases [{"caseId": "J1", "decision": "ADMITTED", "needsIdentified": ["SOCIAL_SPORT"]}] are sent, as of 2025-03-31
      Then the answer is 200
      And the summary counts 1 rejected rows
      And an error names row 1 and field "needs_identified"

    Scenario: A body in a format the checker does not read is refused as an unsupported media type
      When "<cases/>" is sent as "application/xml"
      Then the answer is a 415 problem

    Scenario: A client that accepts neither JSON nor CSV is told so
      Given the sample register of one centre
      When it is sent as CSV accepting only "application/xml"
      Then the answer is a 406 problem

    Scenario: Malformed JSON is a 400 problem that does not quote the body
      When the JSON cases [{"caseId": "J1", "extensionGrounds": "secret remark" are sent, as of 2025-03-31
      Then the answer is a 400 problem
      And the answer does not contain "secret remark"

  Rule: Identifying data is refused whole and never repeated

    Scenario: A register with an IIN in any cell is refused and the number is not echoed
      Given the malformed file "identifying-iin-value.csv"
      When it is sent as CSV, as of 2025-03-31
      Then the answer is a 422 problem
      And an error names row 3 and field "extension_grounds"
      And the answer does not contain "900101400000"

    Scenario: A register with a name column is refused
      Given the malformed file "identifying-name-column.csv"
      When it is sent as CSV, as of 2025-03-31
      Then the answer is a 422 problem
      And an error names row 0 and field "full_name"

    Scenario: A JSON case with a phone field is refused and the number is not echoed
      When the JSON cases [{"caseId": "J1", "phone": "+7 701 555 12 34"}] are sent, as of 2025-03-31
      Then the answer is a 422 problem
      And the answer does not contain "555 12 34"
