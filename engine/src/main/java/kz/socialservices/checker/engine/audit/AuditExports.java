package kz.socialservices.checker.engine.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.socialservices.checker.engine.report.CsvFindingsWriter;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SerializationFeature;

/** An audit report as JSON (the report itself) or CSV (one row per group and requirement, formula-safe). */
public final class AuditExports {

    /**
     * The CSV columns; {@code suppressed} names the columns of the row that are withheld (empty cells); the
     * last four are the provenance, on every row so that no extract of the file loses it.
     */
    public static final List<String> CSV_HEADER = List.of("group", "value", "requirement", "cases", "compliant", "non_compliant",
            "pending", "undetermined", "compliance_rate", "data_completeness", "overdue", "due_soon", "suppressed",
            "as_of", "engine_version", "rule_set_hash", "parameter_hash");

    private AuditExports() {
    }

    public static void json(AuditReport report, OutputStream out, boolean pretty) throws IOException {
        (pretty ? JsonReportWriter.MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build() : JsonReportWriter.MAPPER)
                .writeValue(out, report);
    }

    /**
     * One row per grouping, group and requirement ({@value AuditReport#ALL} first), with the provenance; rates
     * with four decimals.
     * The standard's own indicators (plan completion, exit reasons) are in the JSON and text reports only.
     */
    public static void csv(AuditReport report, Writer out) throws IOException {
        CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get().print(out);
        for (AuditReport.Grouping g : report.groupings()) {
            for (AuditReport.Group group : g.groups()) {
                for (AuditReport.RequirementFigures f : group.requirements()) {
                    List<String> row = new ArrayList<>(CSV_HEADER.size());
                    row.add(g.grouping());
                    row.add(group.value());
                    row.add(f.requirement());
                    row.add(count(f.cases()));
                    row.add(count(f.compliant()));
                    row.add(count(f.nonCompliant()));
                    row.add(count(f.pending()));
                    row.add(count(f.undetermined()));
                    row.add(rate(f.complianceRate()));
                    row.add(rate(f.dataCompleteness()));
                    row.add(count(f.overdue()));
                    row.add(count(f.dueSoon()));
                    row.add(String.join(";", f.suppressed().stream().map(AuditExports::column).toList()));
                    row.add(String.valueOf(report.provenance().asOf()));
                    row.add(report.provenance().engineVersion());
                    row.add(report.provenance().ruleSetHash());
                    row.add(report.provenance().parameterHash());
                    csv.printRecord(row.stream().map(CsvFindingsWriter::defuse).toList());
                }
            }
        }
        csv.flush();
    }

    private static String count(Long v) {
        return v == null ? "" : v.toString();
    }

    private static String rate(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** {@code nonCompliant} -> {@code non_compliant}: the CSV names its columns in snake case. */
    static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
