package kz.socialservices.checker.features;

import io.cucumber.java.ParameterType;
import java.time.LocalDate;
import java.util.List;

/** The scenario vocabulary: ISO dates, requirement ids, comma-separated field lists. */
public class ParameterTypes {

    @ParameterType("\\d{4}-\\d{2}-\\d{2}")
    public LocalDate isoDate(String text) {
        return LocalDate.parse(text);
    }

    @ParameterType("[A-Z]+-\\d{2}")
    public String requirement(String text) {
        return text;
    }

    @ParameterType("[a-z_:0-9.]+(?:\\s*,\\s*[a-z_:0-9.]+)*")
    public List<String> fieldList(String text) {
        return CaseSteps.split(text);
    }
}
