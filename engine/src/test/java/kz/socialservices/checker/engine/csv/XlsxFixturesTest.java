package kz.socialservices.checker.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The committed .xlsx fixtures of {@code fixtures/malformed/} give what {@code expected.csv} says
 * at the table level, and hold the data of the CSV fixtures they were made from. Until the case
 * reader reads tables, its date check is stood in for by {@link CsvRow#date} on every
 * {@code *_date} column; the rules module's MalformedInputTest checks the whole reader then.
 */
class XlsxFixturesTest {

    private static final Path DIR = Path.of("../fixtures/malformed");

    private static Map<String, TreeSet<String>> expectedForSpreadsheets() throws IOException {
        Map<String, TreeSet<String>> expected = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(DIR.resolve("expected.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("file").endsWith(".xlsx")) {
                    TreeSet<String> errors = expected.computeIfAbsent(r.get("file"), k -> new TreeSet<>());
                    if (!r.get("error").equals("none")) {
                        errors.add(r.get("row") + "|" + r.get("field") + "|" + r.get("error"));
                    }
                }
            }
        }
        return expected;
    }

    @TestFactory
    List<DynamicTest> every_spreadsheet_fixture_gives_its_expected_errors() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        expectedForSpreadsheets().forEach((file, errors) -> tests.add(DynamicTest.dynamicTest(file, () ->
                assertThat(actualErrors(DIR.resolve(file))).as(file).containsExactlyElementsOf(errors))));
        return tests;
    }

    @Test
    void every_spreadsheet_fixture_is_listed_in_expected_csv() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx")))
                    .containsExactlyInAnyOrderElementsOf(expectedForSpreadsheets().keySet());
        }
    }

    @Test
    void the_spreadsheets_hold_the_csv_fixtures_data_but_for_the_one_broken_cell() throws IOException {
        List<List<String>> csv = MalformedSpreadsheets.csv(DIR.resolve("bom.csv"));
        List<String> header = MalformedSpreadsheets.csv(DIR.resolve("header-only.csv")).get(0);
        assertThat(csv.get(0)).isEqualTo(header);

        List<List<String>> formulaRows = withChange(csv, 1, "recipient_birth_year", "");
        assertThat(table(DIR.resolve("formula-cell.xlsx"))).isEqualTo(formulaRows);
        List<List<String>> dateRows = withChange(csv, 0, "application_date", "31/03/2025");
        assertThat(table(DIR.resolve("date-as-text.xlsx"))).isEqualTo(dateRows);
        assertThat(table(DIR.resolve("header-only.xlsx"))).containsExactly(header);
    }

    /** The CSV rows, the cell of data row {@code dataRow} (0-based) in {@code column} replaced. */
    private static List<List<String>> withChange(List<List<String>> csv, int dataRow, String column, String value) {
        List<List<String>> rows = new ArrayList<>();
        csv.forEach(r -> rows.add(new ArrayList<>(r)));
        rows.get(dataRow + 1).set(csv.get(0).indexOf(column), value);
        return rows;
    }

    /** The header and every data row's cells. */
    private static List<List<String>> table(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Table table = XlsxTable.source(file, null).open()) {
            rows.add(table.header());
            for (Table.Row row; (row = table.next()) != null; ) {
                rows.add(row.cells());
            }
        }
        return rows;
    }

    private static TreeSet<String> actualErrors(Path file) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        try (Table table = XlsxTable.source(file, null).open()) {
            List<String> header = table.header();
            for (Table.Row row; (row = table.next()) != null; ) {
                row.errors().forEach(e -> out.add(key(e)));
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), row.cells().get(i));
                }
                CsvRow read = new CsvRow(row.number(), cells);
                header.stream().filter(c -> c.endsWith("_date")).forEach(read::date);
                read.errors().forEach(e -> out.add(key(e)));
            }
        } catch (InputRefusedException e) {
            e.errors().forEach(x -> out.add(key(x)));
        }
        return out;
    }

    private static String key(RowError e) {
        return (e.row() == null ? "" : e.row().toString()) + "|" + (e.field() == null ? "" : e.field()) + "|" + e.code();
    }
}
