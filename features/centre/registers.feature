@api @registers
Feature: Registers as centres keep them
  A centre keeps its register in Excel. Saved from a Russian-locale Excel, a CSV is ;-delimited and
  often Windows-1251, with dates like 31.03.2025 and headers in Russian or Kazakh. The checker reads
  the register the way the centre has it, and says what it detected.

  Rule: Every form of the same register gets the same findings

    Scenario: The sample register as an Excel workbook gets the findings of its CSV
      Given the sample register of one centre
      When it is sent as CSV and its workbook "sample/centre-register.xlsx" as .xlsx, as of 2025-03-31
      Then both answers hold the same findings for every case
      And the other answer says it read "format" as "xlsx"

    Scenario: The sample register saved by a Russian-locale Excel gets the findings of its CSV
      Given the sample register of one centre
      When it is sent as CSV and its other form "sample/centre-register.ru-1251.csv" as CSV, as of 2025-03-31
      Then both answers hold the same findings for every case
      And the other answer says it read "encoding" as "windows-1251"
      And the other answer says it read "delimiter" as ";"

  Rule: Headers and codes may be written as their labels in Russian, Kazakh or English

    Scenario: A Kazakh header row is read
      When the register below is sent as CSV, as of 2025-03-31
        | Іс нөмірі | Шешім       | Қабылданған күні | Құпиялылық туралы хабардар етілген |
        | KZ-1      | қабылданды  | 31.03.2025       | иә                                 |
      Then the answer is 200
      And the summary counts 0 rejected rows
      And the finding of CONF-01 is COMPLIANT

    Scenario: Free text in a coded field is a field error that names the field and the codes, not the text
      When the register below is sent as CSV, as of 2025-03-31
        | case_id | decision | admission_date | extension_decision_date | extension_decided_by |
        | KZ-2    | ADMITTED | 2025-01-10     | 2025-03-01              | Director Aigerim     |
      Then the answer is 200
      And the summary counts 1 rejected rows
      And an error names row 1 and field "extension_decided_by"
      And an error lists the codes "COMMISSION, DIRECTOR, LOCAL_EXECUTIVE_BODY, CASE_CONFERENCE"
      And the answer does not contain "Aigerim"

  Rule: A broken workbook is refused with a reason a person can act on

    Scenario Outline: A workbook that cannot be read is refused
      Given the malformed file "<file>"
      When it is sent as .xlsx, as of 2025-03-31
      Then the answer is a 400 problem
      And an error has the code "<code>"

      Examples:
        | file                    | code               |
        | not-a-zip.xlsx          | not_xlsx           |
        | password-protected.xlsx | password_protected |
        | empty-sheet.xlsx        | empty_sheet        |

    Scenario: A formula is never run: its cell is a field error in its Excel row
      Given the malformed file "formula-cell.xlsx"
      When it is sent as .xlsx, as of 2025-03-31
      Then the answer is 200
      And an error names row 3 and field "recipient_birth_year"
