package kz.socialservices.checker.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.CaseCsv;
import kz.socialservices.checker.standard.DvStandard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Checks a scenario's case the way a centre's file is checked: written as a one-row CSV, read by
 * the real reader, judged by the real rules.
 */
final class InProcessChecker implements CaseChecker {

    private static final Evaluator<Case> EVALUATOR = new Evaluator<>(DvStandard.load());

    @Override
    public Map<String, Finding> check(Map<String, String> fields, LocalDate asOf) {
        try {
            Path file = Files.createTempFile("scenario", ".csv");
            try {
                Map<String, String> row = new LinkedHashMap<>(fields);
                row.putIfAbsent("case_id", "scenario");
                try (CSVPrinter out = CSVFormat.RFC4180.print(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                    out.printRecord(row.keySet());
                    out.printRecord(row.values());
                }
                try (CsvCaseReader<Case> reader = CsvCaseReader.open(file, CaseCsv.SCHEMA)) {
                    var parsed = reader.next();
                    if (parsed.rejected()) {
                        throw new AssertionError("the scenario's case was rejected: " + parsed.errors());
                    }
                    Map<String, Finding> byRequirement = new LinkedHashMap<>();
                    EVALUATOR.evaluateOne(parsed.value(), asOf, "en").findings()
                            .forEach(f -> byRequirement.put(f.requirement(), f));
                    return byRequirement;
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
