package kz.socialservices.checker.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HashingTest {

    @Test
    void the_same_texts_in_any_order_give_the_same_hash() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("a", "1");
        one.put("b", "2");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("b", "2");
        other.put("a", "1");
        assertThat(Hashing.sha256(one)).isEqualTo(Hashing.sha256(other)).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void a_changed_text_or_name_changes_the_hash() {
        String base = Hashing.sha256(Map.of("a", "1"));
        assertThat(Hashing.sha256(Map.of("a", "2"))).isNotEqualTo(base);
        assertThat(Hashing.sha256(Map.of("b", "1"))).isNotEqualTo(base);
    }

    @Test
    void moving_characters_between_name_and_text_changes_the_hash() {
        assertThat(Hashing.sha256(Map.of("ab", "c"))).isNotEqualTo(Hashing.sha256(Map.of("a", "bc")));
        assertThat(Hashing.sha256(Map.of("a", "b", "c", "d"))).isNotEqualTo(Hashing.sha256(Map.of("a", "bcd")));
    }

    @Test
    void the_hash_of_nothing_is_the_sha256_of_nothing() {
        assertThat(Hashing.sha256(Map.of()))
                .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
