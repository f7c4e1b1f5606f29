package kz.socialservices.checker.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvFindingsWriterTest {

    @Test
    void cells_a_spreadsheet_would_run_as_a_formula_are_prefixed_with_an_apostrophe() {
        assertThat(CsvFindingsWriter.defuse("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvFindingsWriter.defuse("+7")).isEqualTo("'+7");
        assertThat(CsvFindingsWriter.defuse("-1")).isEqualTo("'-1");
        assertThat(CsvFindingsWriter.defuse("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvFindingsWriter.defuse("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvFindingsWriter.defuse("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void other_cells_are_left_as_they_are() {
        assertThat(CsvFindingsWriter.defuse("T-01")).isEqualTo("T-01");
        assertThat(CsvFindingsWriter.defuse("a=b")).isEqualTo("a=b");
        assertThat(CsvFindingsWriter.defuse("2024-01-15")).isEqualTo("2024-01-15");
        assertThat(CsvFindingsWriter.defuse("{\"a\":1}")).isEqualTo("{\"a\":1}");
        assertThat(CsvFindingsWriter.defuse("'=x")).isEqualTo("'=x");
        assertThat(CsvFindingsWriter.defuse("")).isEmpty();
        assertThat(CsvFindingsWriter.defuse(null)).isEmpty();
    }

    @Test
    void one_row_per_finding_with_every_column_and_formulas_defused() throws Exception {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("reason", "late");
        evidence.put("done", LocalDate.parse("2024-01-16"));
        evidence.put("daysLate", 1L);
        Finding late = new Finding("T-01", Verdict.NON_COMPLIANT, Severity.MAJOR, "E1", Basis.LAW,
                "=HYPERLINK(\"http://x\")", evidence, LocalDate.parse("2024-01-15"), List.of());
        Finding undetermined = new Finding("T-02", Verdict.UNDETERMINED, Severity.MINOR, null, Basis.SEED,
                "complete", Map.of(), null, List.of("application_date", "decision"));
        StringWriter out = new StringWriter();
        try (CsvFindingsWriter w = new CsvFindingsWriter(out)) {
            w.result(new CaseResult("-C1", "CTR", Map.of("region", "Toy", "ownership", "PUBLIC"), List.of(late, undetermined)));
            w.finish(null, null);
        }
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(CsvFindingsWriter.HEADER);
        CSVRecord first = rows.get(0);
        assertThat(first.get("case_id")).isEqualTo("'-C1");
        assertThat(first.get("region")).isEqualTo("Toy");
        assertThat(first.get("ownership")).isEqualTo("PUBLIC");
        assertThat(first.get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(first.get("severity")).isEqualTo("MAJOR");
        assertThat(first.get("edition")).isEqualTo("E1");
        assertThat(first.get("basis")).isEqualTo("LAW");
        assertThat(first.get("due_date")).isEqualTo("2024-01-15");
        assertThat(first.get("message")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(first.get("evidence")).isEqualTo("{\"reason\":\"late\",\"done\":\"2024-01-16\",\"daysLate\":1}");
        CSVRecord second = rows.get(1);
        assertThat(second.get("edition")).isEmpty();
        assertThat(second.get("due_date")).isEmpty();
        assertThat(second.get("missing_fields")).isEqualTo("application_date;decision");
        assertThat(second.get("evidence")).isEqualTo("{}");
    }
}
