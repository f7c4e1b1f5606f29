package kz.socialservices.checker.engine.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A toy case read from a toy CSV schema (nothing of any real standard). */
record ToyCsvCase(String caseId, LocalDate startDate, Boolean active, Integer visits, ToyCsvCase.Kind kind,
                  Set<Kind> kinds, List<Stay> stays, List<LocalDate> checks, String note) {

    enum Kind { A, B, C }

    record Stay(LocalDate from, LocalDate to) {
    }

    static final Set<String> COLUMNS = Set.of("case_id", "start_date", "active", "visits", "kind", "kinds", "stays",
            "checks", "note");

    static final IdentifyingDataPolicy POLICY = new IdentifyingDataPolicy(
            List.of("full_name", "name", "iin", "phone"),
            List.of(new IdentifyingDataPolicy.LabelledPattern("an IIN", Pattern.compile("(?<!\\d)\\d{12}(?!\\d)")),
                    new IdentifyingDataPolicy.LabelledPattern("a phone number", Pattern.compile("\\+7\\d{10}"))));

    static ToyCsvCase parse(CsvRow r) {
        return new ToyCsvCase(r.required("case_id"), r.date("start_date"), r.bool("active"), r.integer("visits"),
                r.enumValue("kind", Kind.class), r.enumSet("kinds", Kind.class),
                r.list("stays", 2, i -> new Stay(i.date(0), i.date(1))), r.dates("checks"), r.text("note"));
    }

    static CsvCaseReader.Schema<ToyCsvCase> schema(int maxCellLength) {
        return new CsvCaseReader.Schema<>(COLUMNS, POLICY, ToyCsvCase::parse, ToyCsvCase::caseId, "case_id", maxCellLength);
    }
}
