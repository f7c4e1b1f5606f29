package kz.socialservices.checker.api.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.socialservices.checker.api.HttpTestSupport;
import kz.socialservices.checker.standard.DvStandard;
import org.junit.jupiter.api.Test;

/**
 * The page bundle's conventions: every key in ru, kk and en, none empty; every label a template or the
 * pack asks for exists; each requirement of the catalogue has a title; no Russian or Kazakh label is
 * left in English.
 */
class WebMessagesTest {

    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WebMessagesTest.class.getResourceAsStream("/web/messages" + suffix + ".properties")) {
            assertThat(in).as("web/messages%s.properties", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_key_is_in_all_three_languages_and_none_is_empty() throws IOException {
        Properties en = bundle("");
        Properties ru = bundle("_ru");
        Properties kk = bundle("_kk");
        assertThat(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(kk.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Properties p : new Properties[] {en, ru, kk}) {
            p.stringPropertyNames().forEach(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
        }
        // Translated, not copied: a label with Latin words in en has Cyrillic ones in ru and kk (codes and names aside).
        Pattern latinWord = Pattern.compile("[A-Za-z]{4,}");
        for (String k : en.stringPropertyNames()) {
            boolean aName = k.startsWith("lang.") || Set.of("common.csv", "common.json", "common.xlsx").contains(k); // names of formats, languages
            if (aName || !latinWord.matcher(en.getProperty(k)).find()) {
                continue;
            }
            for (Properties p : new Properties[] {ru, kk}) {
                assertThat(p.getProperty(k)).as("%s translated", k).containsPattern("[\\u0400-\\u04FF]");
            }
        }
    }

    @Test
    void every_label_the_templates_and_the_pack_ask_for_exists_and_every_requirement_has_a_title() throws IOException {
        Set<String> keys = bundle("").stringPropertyNames();
        Set<String> asked = new TreeSet<>();
        Path sources = HttpTestSupport.FIXTURES.getParent().resolve("api/src/main");
        Pattern inTemplate = Pattern.compile("#\\{([a-zA-Z]+\\.[a-zA-Z.]+)}|msg\\('([a-zA-Z]+\\.[a-zA-Z.]+)'\\)|format\\('([a-zA-Z]+\\.[a-zA-Z.]+)'");
        Pattern inJava = Pattern.compile("(?:words\\.(?:get|format)|format)\\(\"([a-z]+\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".java")).toList()) {
                Matcher m = (f.toString().endsWith(".html") ? inTemplate : inJava).matcher(Files.readString(f));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            asked.add(m.group(g));
                        }
                    }
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(60);
        assertThat(keys).containsAll(asked);
        DvStandard.load().catalogue().all().forEach(r -> assertThat(keys).contains("requirement." + r.id()));
    }
}
