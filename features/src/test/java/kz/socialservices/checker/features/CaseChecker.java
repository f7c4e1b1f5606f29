package kz.socialservices.checker.features;

import java.time.LocalDate;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What a scenario checks a case through: the fields as CSV cells in, one finding (as the API answers it) per requirement out. */
public interface CaseChecker {

    Map<String, JsonNode> check(Map<String, String> fields, LocalDate asOf);
}
