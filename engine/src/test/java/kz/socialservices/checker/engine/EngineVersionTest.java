package kz.socialservices.checker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EngineVersionTest {

    @Test
    void the_engine_knows_its_built_version() {
        assertThat(EngineVersion.get()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    }
}
