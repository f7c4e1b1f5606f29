package kz.socialservices.checker.features;

import java.time.LocalDate;
import java.util.Map;
import kz.socialservices.checker.engine.Finding;

/** What a scenario checks a case through: the fields as CSV cells in, one finding per requirement out. */
public interface CaseChecker {

    Map<String, Finding> check(Map<String, String> fields, LocalDate asOf);
}
