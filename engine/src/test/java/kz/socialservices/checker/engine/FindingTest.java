package kz.socialservices.checker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FindingTest {

    @Test
    void a_finding_copies_its_evidence_and_missing_fields_and_keeps_evidence_order() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("z", 1);
        evidence.put("a", null);
        List<String> missing = new ArrayList<>(List.of("f"));
        Finding f = new Finding("T-01", Verdict.UNDETERMINED, Severity.MINOR, null, Basis.LAW, null, evidence, null, missing);
        evidence.put("later", 2);
        missing.add("g");
        assertThat(f.evidence()).containsOnlyKeys("z", "a");
        assertThat(f.evidence().keySet()).containsExactly("z", "a");
        assertThat(f.missingFields()).containsExactly("f");
        assertThat(f.withMessage("m").message()).isEqualTo("m");
        assertThat(new Finding("T", Verdict.COMPLIANT, Severity.NONE, null, Basis.LAW, null, null, null, null).evidence()).isEmpty();
    }

    @Test
    void a_finding_does_not_change_when_the_map_its_evidence_came_from_changes() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("a", 1);
        Finding f = new Finding("T-01", Verdict.COMPLIANT, Severity.MINOR, null, Basis.LAW, null,
                Collections.unmodifiableMap(source), null, null);
        source.put("b", 2);
        assertThat(f.evidence()).containsOnlyKeys("a");
    }
}
