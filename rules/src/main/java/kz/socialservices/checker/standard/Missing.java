package kz.socialservices.checker.standard;

import java.util.ArrayList;
import java.util.List;

/** Names the fields, among those given, whose value is not recorded. */
public final class Missing {

    private Missing() {
    }

    /** {@code of("a", valueA, "b", valueB)}: the names whose value is null, in the order given. */
    public static String[] of(Object... namesAndValues) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                missing.add((String) namesAndValues[i]);
            }
        }
        return missing.toArray(String[]::new);
    }
}
