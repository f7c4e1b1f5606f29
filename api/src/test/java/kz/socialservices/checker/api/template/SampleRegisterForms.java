package kz.socialservices.checker.api.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.socialservices.checker.engine.csv.CsvTable;
import kz.socialservices.checker.engine.evaluation.Labels;
import kz.socialservices.checker.standard.DvStandard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The sample register in the forms a centre really keeps it, written from
 * {@code fixtures/sample/centre-register.csv}: the Russian template filled in ({@code .xlsx}),
 * and a Russian-locale Excel's CSV ({@code ;}, Windows-1251, Russian headers and labels,
 * {@code dd.MM.yyyy} dates). Run {@link #main} after changing the sample; the files are committed.
 */
public final class SampleRegisterForms {

    private SampleRegisterForms() {
    }

    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args.length > 0 ? args[0] : "../fixtures/sample/centre-register.csv");
        List<Map<String, String>> rows = rows(sample);
        try (OutputStream out = Files.newOutputStream(sample.resolveSibling("centre-register.xlsx"))) {
            new RegisterTemplate("ru").write(out, rows);
        }
        writeRussianExcelCsv(rows, sample.resolveSibling("centre-register.ru-1251.csv"));
    }

    /** A register's rows in code form, by column. */
    public static List<Map<String, String>> rows(Path csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(new LinkedHashMap<>(r.toMap()));
            }
        }
        return rows;
    }

    static void writeRussianExcelCsv(List<Map<String, String>> rows, Path out) throws IOException {
        Labels labels = DvStandard.labels();
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        try (Writer w = Files.newBufferedWriter(out, CsvTable.WINDOWS_1251);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            p.printRecord(columns.stream().map(c -> labels.column("ru", c)).toList());
            for (Map<String, String> row : rows) {
                p.printRecord(columns.stream().map(c -> relabel(row.get(c), labels)).toList());
            }
        }
    }

    /** Each code or boolean of a cell (list items and their parts too) as its Russian label; ISO dates and times dotted. */
    static String relabel(String cell, Labels labels) {
        StringBuilder out = new StringBuilder();
        for (String token : cell.split("(?<=[;|])|(?=[;|])")) {
            if (token.matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?")) {
                out.append(token, 8, 10).append('.').append(token, 5, 7).append('.').append(token, 0, 4);
                if (token.length() > 10) {
                    out.append(' ').append(token, 11, 16);
                }
            } else if (labels.hasCode("ru", token)) {
                out.append(labels.code("ru", token));
            } else {
                out.append(token);
            }
        }
        return out.toString();
    }
}
