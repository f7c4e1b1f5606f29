package kz.socialservices.checker.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvCaseReaderTest {

    private static final String IIN = "870101300123";
    private static final String PHONE = "+77011234567";

    @TempDir
    Path dir;

    private int files;

    private Path file(String text) throws IOException {
        return file(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(byte[] bytes) throws IOException {
        Path p = dir.resolve("cases-" + (++files) + ".csv");
        Files.write(p, bytes);
        return p;
    }

    private static List<CsvCaseReader.Row<ToyCsvCase>> readAll(Path file, int maxCell) throws IOException {
        List<CsvCaseReader.Row<ToyCsvCase>> rows = new ArrayList<>();
        try (CsvCaseReader<ToyCsvCase> reader = CsvCaseReader.open(file, ToyCsvCase.schema(maxCell))) {
            while (reader.hasNext()) {
                rows.add(reader.next());
            }
        }
        return rows;
    }

    private static List<CsvCaseReader.Row<ToyCsvCase>> readAll(Path file) throws IOException {
        return readAll(file, 200);
    }

    private static InputRefusedException refusal(Path file) {
        InputRefusedException e = catchThrowableOfType(InputRefusedException.class,
                () -> CsvCaseReader.open(file, ToyCsvCase.schema(200)));
        assertThat(e).as("the file should have been refused").isNotNull();
        return e;
    }

    private static List<String> codes(InputRefusedException e) {
        return e.errors().stream().map(RowError::code).toList();
    }

    // --- the whole file ---------------------------------------------------------------------

    @Test
    void a_plain_utf8_file_is_read_row_by_row_in_order() throws IOException {
        Path f = file("case_id,start_date,note\nC1,2021-01-01,Алматы\nC2,2021-01-02,\n");
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(f);
        assertThat(rows).extracting(CsvCaseReader.Row::number).containsExactly(1L, 2L);
        assertThat(rows).allSatisfy(r -> assertThat(r.rejected()).isFalse());
        assertThat(rows.get(0).value().note()).isEqualTo("Алматы");
        assertThat(rows.get(1).value().note()).isNull();
        assertThat(rows.get(1).value().startDate()).isEqualTo(LocalDate.parse("2021-01-02"));
    }

    @Test
    void a_utf8_byte_order_mark_is_accepted_and_not_part_of_the_first_column_name() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("case_id,start_date\nC1,2021-01-01\n".getBytes(StandardCharsets.UTF_8));
        Path f = file(bytes.toByteArray());
        assertThat(CsvCaseReader.scan(f, ToyCsvCase.schema(200))).isEmpty();
        try (CsvCaseReader<ToyCsvCase> reader = CsvCaseReader.open(f, ToyCsvCase.schema(200))) {
            assertThat(reader.header()).containsExactly("case_id", "start_date");
            CsvCaseReader.Row<ToyCsvCase> row = reader.next();
            assertThat(row.rejected()).isFalse();
            assertThat(row.value().caseId()).isEqualTo("C1");
        }
    }

    @Test
    void a_file_that_is_not_utf8_is_read_as_windows_1251_and_the_report_says_so() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("case_id,note\nC1,".getBytes(StandardCharsets.UTF_8));
        bytes.write("Қарағанды облысы".getBytes(CsvTable.WINDOWS_1251)); // Windows-1251 has no Қ: it becomes '?'
        bytes.write(",\nC2,".getBytes(StandardCharsets.UTF_8));
        bytes.write("Алматы".getBytes(CsvTable.WINDOWS_1251));
        bytes.write("\n".getBytes(StandardCharsets.UTF_8));
        try (CsvCaseReader<ToyCsvCase> reader = CsvCaseReader.open(CsvTable.source(file(bytes.toByteArray()), null),
                ToyCsvCase.schema(200), 10)) {
            assertThat(reader.detected()).containsEntry("encoding", "windows-1251").containsEntry("encodingDetected", "true");
            reader.next();
            assertThat(reader.next().value().note()).isEqualTo("Алматы");
        }
    }

    @Test
    void invalid_utf8_far_into_a_large_file_named_as_utf8_is_still_refused_as_not_utf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("case_id,note\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20_000; i++) {
            bytes.write(("C" + i + ",ok\n").getBytes(StandardCharsets.UTF_8));
        }
        bytes.write(new byte[] {'X', ',', (byte) 0xC3, (byte) 0x28, '\n'}); // a broken two-byte sequence
        Path f = file(bytes.toByteArray());
        InputRefusedException e = catchThrowableOfType(InputRefusedException.class,
                () -> CsvCaseReader.open(CsvTable.source(f, StandardCharsets.UTF_8), ToyCsvCase.schema(200), 100_000));
        assertThat(codes(e)).containsExactly("not_utf8");
        // Not named, the same file is Windows-1251: every byte is a character there.
        try (CsvCaseReader<ToyCsvCase> reader = CsvCaseReader.open(f, ToyCsvCase.schema(200))) {
            assertThat(reader.detected()).containsEntry("encoding", "windows-1251");
        }
    }

    @Test
    void a_semicolon_delimited_file_is_read_and_the_delimiter_reported() throws IOException {
        Path f = file("case_id;start_date;note;kinds\nC1;31.03.2025;\"a, b\";\"A;B\"\n");
        try (CsvCaseReader<ToyCsvCase> reader = CsvCaseReader.open(f, ToyCsvCase.schema(200))) {
            assertThat(reader.detected()).containsEntry("delimiter", ";").containsEntry("format", "csv")
                    .containsEntry("encoding", "UTF-8");
            ToyCsvCase c = reader.next().value();
            assertThat(c.startDate()).isEqualTo(LocalDate.of(2025, 3, 31));
            assertThat(c.note()).isEqualTo("a, b");
            assertThat(c.kinds()).containsExactly(ToyCsvCase.Kind.A, ToyCsvCase.Kind.B);
        }
    }

    @Test
    void a_comma_delimited_header_with_a_quoted_semicolon_stays_comma_delimited() {
        assertThat(CsvTable.delimiterOf("case_id,\"a;b;c\",note")).isEqualTo(',');
        assertThat(CsvTable.delimiterOf("case_id;\"a,b,c\";note")).isEqualTo(';');
        assertThat(CsvTable.delimiterOf("case_id")).isEqualTo(',');
    }

    @Test
    void rows_of_empty_cells_as_excel_writes_them_are_skipped_but_numbered() throws IOException {
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(file("case_id;note\nC1;x\n;\n;\nC2;y\n"));
        assertThat(rows).extracting(CsvCaseReader.Row::number).containsExactly(1L, 4L);
    }

    @Test
    void headers_and_codes_may_be_given_by_their_labels_case_and_spacing_aside() throws IOException {
        var base = ToyCsvCase.schema(200);
        var labelled = new CsvCaseReader.Schema<>(base.columns(), base.identifying(), base.parser(), base.uniqueKey(),
                base.keyColumn(), 200, java.util.Map.of(),
                java.util.Map.of(CsvCaseReader.normalise("Іс нөмірі"), "case_id", CsvCaseReader.normalise("Түрі"), "kind"),
                java.util.Map.of(CsvCaseReader.normalise("Бірінші"), "A", CsvCaseReader.normalise("иә"), "true"));
        Path f = file("  ІС   НӨМІРІ ,түрі,ACTIVE,Start_Date\nC1, бірінші ,Иә,2021-01-01\nC2,D,maybe,\n");
        try (CsvCaseReader<ToyCsvCase> reader = CsvCaseReader.open(CsvTable.source(f, null), labelled, 10)) {
            ToyCsvCase c = reader.next().value();
            assertThat(c.caseId()).isEqualTo("C1");
            assertThat(c.kind()).isEqualTo(ToyCsvCase.Kind.A);
            assertThat(c.active()).isTrue();
            assertThat(c.startDate()).isEqualTo(LocalDate.of(2021, 1, 1));
            CsvCaseReader.Row<ToyCsvCase> bad = reader.next();
            assertThat(bad.errors()).extracting(RowError::field).containsExactly("active", "kind");
            assertThat(bad.errors()).extracting(RowError::message).noneMatch(m -> m.contains("maybe"));
        }
    }

    @Test
    void a_column_named_twice_by_code_and_by_label_is_a_duplicate_naming_both() throws IOException {
        var base = ToyCsvCase.schema(200);
        var labelled = new CsvCaseReader.Schema<>(base.columns(), base.identifying(), base.parser(), base.uniqueKey(),
                base.keyColumn(), 200, java.util.Map.of(), java.util.Map.of("примечание", "note"), java.util.Map.of());
        Path f = file("case_id,note,Примечание\nC1,a,b\n");
        InputRefusedException e = catchThrowableOfType(InputRefusedException.class,
                () -> CsvCaseReader.open(CsvTable.source(f, null), labelled, 10));
        assertThat(e.errors()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("duplicate_column");
            assertThat(x.message()).contains("note", "Примечание");
        });
    }

    @Test
    void an_empty_file_is_refused_as_empty_file() throws IOException {
        InputRefusedException e = refusal(file(new byte[0]));
        assertThat(codes(e)).containsExactly("empty_file");
        assertThat(e.errors().get(0).row()).isNull();
    }

    @Test
    void a_header_only_file_is_accepted_and_has_no_rows() throws IOException {
        assertThat(readAll(file("case_id,start_date\n"))).isEmpty();
    }

    @Test
    void an_unknown_column_is_refused_naming_it() throws IOException {
        InputRefusedException e = refusal(file("case_id,colour\nC1,red\n"));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("unknown_column");
            assertThat(err.field()).isEqualTo("colour");
            assertThat(err.row()).isEqualTo(0L);
        });
        assertThat(e).hasMessageContaining("colour");
    }

    @Test
    void a_duplicate_column_is_refused_naming_it() throws IOException {
        InputRefusedException e = refusal(file("case_id,note,note\nC1,a,b\n"));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("duplicate_column");
            assertThat(err.field()).isEqualTo("note");
        });
    }

    @Test
    void a_header_with_an_empty_column_name_is_refused() throws IOException {
        InputRefusedException e = refusal(file("case_id,,note\nC1,a,b\n"));
        assertThat(codes(e)).containsExactly("bad_header");
    }

    @Test
    void a_file_with_one_row_more_than_allowed_is_refused_and_one_at_the_limit_is_read() throws IOException {
        Path atLimit = file("case_id\nC1\nC2\n");
        try (CsvCaseReader<ToyCsvCase> reader = CsvCaseReader.open(atLimit, ToyCsvCase.schema(200), 2)) {
            assertThat(reader.hasNext()).isTrue();
        }
        Path over = file("case_id\nC1\nC2\nC3\n");
        InputRefusedException e = catchThrowableOfType(InputRefusedException.class,
                () -> CsvCaseReader.open(over, ToyCsvCase.schema(200), 2));
        assertThat(e).isNotNull();
        assertThat(codes(e)).containsExactly("too_many_rows");
    }

    @Test
    void a_file_without_the_key_column_is_refused() throws IOException {
        InputRefusedException e = refusal(file("start_date,note\n2021-01-01,x\n"));
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("missing_column");
            assertThat(err.field()).isEqualTo("case_id");
        });
    }

    @Test
    void identifying_columns_are_refused_whatever_their_case_or_spacing() throws IOException {
        for (String column : List.of("full_name", "iin", "phone", "Full Name", "client_phone", "IIN")) {
            InputRefusedException e = refusal(file("case_id," + column + "\nC1,\n"));
            assertThat(e.errors()).as(column).singleElement().satisfies(err -> {
                assertThat(err.code()).isEqualTo("identifying_column");
                assertThat(err.field()).isEqualTo(column);
            });
        }
    }

    @Test
    void every_header_problem_is_reported_at_once() throws IOException {
        InputRefusedException e = refusal(file("note,phone,colour\nx,,y\n"));
        assertThat(codes(e)).containsExactlyInAnyOrder("identifying_column", "unknown_column", "missing_column");
        assertThat(e).hasMessageContaining("and 2 more");
    }

    @Test
    void a_twelve_digit_value_in_any_cell_refuses_the_file_without_repeating_it() throws IOException {
        Path f = file("case_id,note,visits\nC1,fine,1\nC2,ИИН " + IIN + " клиентки,2\n");
        InputRefusedException e = refusal(f);
        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("identifying_value");
            assertThat(err.row()).isEqualTo(2L);
            assertThat(err.field()).isEqualTo("note");
            assertThat(err.message()).contains("an IIN");
        });
        assertNeverShown(e, IIN);
    }

    @Test
    void identifying_values_are_found_in_every_column_including_extra_cells_and_never_shown() throws IOException {
        Path f = file("case_id,note\n" + IIN + ",x\nC2,x," + PHONE + "\nC3,\"multi\nline " + IIN + "\"\n");
        InputRefusedException e = refusal(f);
        assertThat(e.errors()).extracting(RowError::row, RowError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "case_id"),
                org.assertj.core.groups.Tuple.tuple(2L, "#3"),
                org.assertj.core.groups.Tuple.tuple(3L, "note"));
        assertNeverShown(e, IIN);
        assertNeverShown(e, PHONE);
        assertNeverShown(e, PHONE.substring(1));
    }

    @Test
    void a_pattern_is_not_tried_on_a_value_with_fewer_digits_than_it_needs() {
        Pattern p = Pattern.compile("\\d{3}-\\d{3}");
        assertThat(new IdentifyingDataPolicy(List.of(), List.of(new IdentifyingDataPolicy.LabelledPattern("x", p, 6)))
                .identifyingValue("a 123-456 b")).isEqualTo("x");
        assertThat(new IdentifyingDataPolicy(List.of(), List.of(new IdentifyingDataPolicy.LabelledPattern("x", p, 7)))
                .identifyingValue("a 123-456 b")).isNull();
        assertThat(new IdentifyingDataPolicy(List.of(), List.of(new IdentifyingDataPolicy.LabelledPattern("x", p)))
                .identifyingValue("123-456")).isEqualTo("x");
    }

    @Test
    void an_eleven_or_thirteen_digit_number_is_not_taken_for_an_iin() throws IOException {
        Path f = file("case_id,note\nC1,12345678901\nC2,1234567890123\n");
        assertThat(CsvCaseReader.scan(f, ToyCsvCase.schema(200))).isEmpty();
    }

    @Test
    void a_file_whose_first_line_is_data_with_an_iin_is_refused_without_repeating_it() throws IOException {
        Path f = file("C1," + IIN + "\nC2,x\n");
        InputRefusedException e = refusal(f);
        assertNeverShown(e, IIN);
    }

    private static void assertNeverShown(InputRefusedException e, String value) {
        assertThat(e.getMessage()).doesNotContain(value);
        assertThat(e.toString()).doesNotContain(value);
        for (RowError err : e.errors()) {
            assertThat(err.message()).doesNotContain(value);
            assertThat(err.toString()).doesNotContain(value);
            assertThat(String.valueOf(err.field())).doesNotContain(value);
        }
        assertThat(e.errors().stream().map(RowError::toString).collect(Collectors.joining())).doesNotContain(value);
    }

    // --- rows -----------------------------------------------------------------------------------

    @Test
    void a_bad_value_rejects_only_its_row_naming_row_number_and_field_and_the_other_rows_still_parse() throws IOException {
        Path f = file("""
                case_id,start_date,active,visits,kind
                C1,2021-02-28,true,1,A
                C2,2021-02-30,true,1,A
                C3,2021-03-01,yes,1,A
                C4,2021-03-01,false,1,Z
                C5,2021-03-01,false,1x,B
                C6,2021-03-01,false,0,C
                """);
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(f);
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).rejected()).isFalse();
        assertThat(rows.get(5).rejected()).isFalse();
        assertThat(rows.get(5).value().visits()).isEqualTo(0);
        assertThat(rows.get(5).value().active()).isFalse();
        assertRejected(rows.get(1), 2, "start_date", "bad_date");
        assertRejected(rows.get(2), 3, "active", "bad_bool");
        assertRejected(rows.get(3), 4, "kind", "bad_enum");
        assertRejected(rows.get(4), 5, "visits", "bad_number");
    }

    @Test
    void a_bad_list_item_rejects_its_row_naming_the_field() throws IOException {
        Path f = file("""
                case_id,stays,checks,kinds
                C1,2021-01-01|2021-01-05;2021-02-01|2021-02-03,2021-01-10;2021-01-11,A;B
                C2,2021-01-01|2021-01-05|extra,,
                C3,2021-02-30|2021-03-01,,
                C4,,2021-01-10;someday,
                C5,,,A;Q
                """);
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(f);
        ToyCsvCase c1 = rows.get(0).value();
        assertThat(c1.stays()).hasSize(2);
        assertThat(c1.checks()).hasSize(2);
        assertThat(c1.kinds()).containsExactlyInAnyOrder(ToyCsvCase.Kind.A, ToyCsvCase.Kind.B);
        assertRejected(rows.get(1), 2, "stays", "bad_list_item");
        assertThat(rows.get(1).errors().get(0).message()).contains("3 parts");
        assertRejected(rows.get(2), 3, "stays", "bad_list_item");
        assertThat(rows.get(2).errors().get(0).message()).contains("part 1");
        assertRejected(rows.get(3), 4, "checks", "bad_list_item");
        assertRejected(rows.get(4), 5, "kinds", "bad_enum");
    }

    @Test
    void every_bad_field_of_a_row_is_reported_together() throws IOException {
        Path f = file("case_id,start_date,active\nC1,2021-13-01,maybe\n");
        CsvCaseReader.Row<ToyCsvCase> row = readAll(f).get(0);
        assertThat(row.rejected()).isTrue();
        assertThat(row.errors()).extracting(RowError::field).containsExactly("start_date", "active");
    }

    @Test
    void a_row_with_the_wrong_number_of_cells_is_rejected_and_the_next_row_still_parses() throws IOException {
        Path f = file("case_id,start_date,note\nC1,2021-01-01\nC2,2021-01-01,a,b\nC3,2021-01-01,c\n");
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(f);
        assertRejected(rows.get(0), 1, null, "wrong_column_count");
        assertRejected(rows.get(1), 2, null, "wrong_column_count");
        assertThat(rows.get(2).rejected()).isFalse();
        assertThat(rows.get(2).value().note()).isEqualTo("c");
    }

    @Test
    void a_cell_longer_than_the_schema_allows_rejects_its_row_and_one_at_the_limit_does_not() throws IOException {
        String atLimit = "x".repeat(10);
        String over = "y".repeat(11);
        Path f = file("case_id,note\nC1," + atLimit + "\nC2," + over + "\n");
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(f, 10);
        assertThat(rows.get(0).rejected()).isFalse();
        assertThat(rows.get(0).value().note()).isEqualTo(atLimit);
        assertRejected(rows.get(1), 2, "note", "cell_too_long");
        assertThat(rows.get(1).errors().get(0).message()).doesNotContain(over);
    }

    @Test
    void a_repeated_case_id_is_rejected_as_a_duplicate_and_the_first_one_kept() throws IOException {
        Path f = file("case_id,note\nC1,first\nC2,x\nC1,second\nC3,y\n");
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(f);
        assertThat(rows.get(0).value().note()).isEqualTo("first");
        assertThat(rows.get(1).rejected()).isFalse();
        assertRejected(rows.get(2), 3, "case_id", "duplicate_case_id");
        assertThat(rows.get(3).rejected()).isFalse();
    }

    @Test
    void a_missing_case_id_rejects_the_row() throws IOException {
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(file("case_id,note\n,x\nC2,y\n"));
        assertRejected(rows.get(0), 1, "case_id", "missing_case_id");
        assertThat(rows.get(1).rejected()).isFalse();
    }

    @Test
    void a_column_the_file_does_not_have_reads_as_null_or_an_empty_list() throws IOException {
        ToyCsvCase c = readAll(file("case_id\nC1\n")).get(0).value();
        assertThat(c.startDate()).isNull();
        assertThat(c.active()).isNull();
        assertThat(c.visits()).isNull();
        assertThat(c.kind()).isNull();
        assertThat(c.note()).isNull();
        assertThat(c.kinds()).isEmpty();
        assertThat(c.stays()).isEmpty();
        assertThat(c.checks()).isEmpty();
    }

    @Test
    void blank_lines_are_skipped_and_rows_are_numbered_by_data_row() throws IOException {
        List<CsvCaseReader.Row<ToyCsvCase>> rows = readAll(file("case_id,start_date\nC1,2021-01-01\n\nC2,bad\n"));
        assertThat(rows).hasSize(2);
        assertRejected(rows.get(1), 2, "start_date", "bad_date");
    }

    @Test
    void reading_past_the_last_row_throws() throws IOException {
        try (CsvCaseReader<ToyCsvCase> reader = CsvCaseReader.open(file("case_id\nC1\n"), ToyCsvCase.schema(200))) {
            reader.next();
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }

    private static void assertRejected(CsvCaseReader.Row<ToyCsvCase> row, long number, String field, String code) {
        assertThat(row.rejected()).as("row %d rejected", number).isTrue();
        assertThat(row.value()).isNull();
        assertThat(row.number()).isEqualTo(number);
        assertThat(row.errors()).as("errors of row %d", number).isNotEmpty().allSatisfy(e -> {
            assertThat(e.row()).isEqualTo(number);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
