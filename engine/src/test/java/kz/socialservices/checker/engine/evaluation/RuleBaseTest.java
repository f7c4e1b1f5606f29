package kz.socialservices.checker.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleBaseTest {

    @Test
    void rules_that_do_not_compile_are_refused_with_the_compiler_messages() {
        String broken = ToyStandard.HEADER + """
                rule "T-01 broken"
                when
                    $o : Obligation( noSuchProperty == 1 )
                then
                    findings.compliant($o);
                end
                """;
        assertThatThrownBy(() -> RuleBase.build(Map.of("broken.drl", broken), "toy/rules", Map.of("broken.drl", broken)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("do not compile");
    }

    @Test
    void a_rule_base_lists_its_rule_names_and_hashes_its_identity() {
        String drl = ToyStandard.HEADER + """
                rule "T-01 one"
                when
                    $o : Obligation( requirement == "T-01" )
                then
                    findings.compliant($o);
                end
                """;
        RuleBase a = RuleBase.build(Map.of("a.drl", drl), "toy/rules", Map.of("a.drl", drl, "catalogue", "x"));
        RuleBase b = RuleBase.build(Map.of("a.drl", drl), "toy/rules", Map.of("a.drl", drl, "catalogue", "x"));
        RuleBase c = RuleBase.build(Map.of("a.drl", drl), "toy/rules", Map.of("a.drl", drl, "catalogue", "y"));
        assertThat(a.ruleNames()).containsExactly("T-01 one");
        assertThat(a.hash()).isEqualTo(b.hash()).isNotEqualTo(c.hash()).startsWith("sha256:");
        assertThat(a.hash()).isEqualTo(Hashing.sha256(Map.of("a.drl", drl, "catalogue", "x")));
    }
}
