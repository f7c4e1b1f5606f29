package kz.socialservices.checker.api.pack;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.UUID;
import kz.socialservices.checker.api.HttpTestSupport;
import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/v1/evaluations/pack}: the inspection pack of the sample register, its text read
 * back out of the PDF: every Kazakh letter prints in the kk pack, each language has its own words,
 * and the only case keys in it are the register's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionPackTest {

    /** The nine letters of the Kazakh alphabet beyond Russian's, each found in either case. */
    static final String KAZAKH = "ӘҒҚҢӨҰҮҺІәғқңөұүһі";
    static final Pattern CASE_KEY = Pattern.compile("\\b[A-Z]{3}-\\d{4}-\\d{3}\\b");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    /** The pack as the sample's own centre (the tests' default account) asks for it. */
    private byte[] pack(String lang, byte[] register) throws Exception {
        return pack(lang, register, HttpTestSupport.defaultAuthorization(port));
    }

    private byte[] pack(String lang, byte[] register, String authorization) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/evaluations/pack?asOf=2025-03-31&lang=" + lang))
                .header("Content-Type", "text/csv").header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofByteArray(register)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(r.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return r.body();
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder out = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                out.append(extractor.getTextFromPage(page)).append('\n');
            }
            return out.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void the_kazakh_pack_prints_every_kazakh_letter_in_its_embedded_font() throws Exception {
        // A centre whose code is written in Kazakh ("шаһар", a city): the only Kazakh word with Һ a pack would print.
        String sample = Files.readString(FIXTURES.resolve("sample/centre-register.csv"));
        byte[] pdf = pack("kk", sample.replace(",KC-KRG-01,", ",ШАҺАР-01,").getBytes(StandardCharsets.UTF_8), centreAccount("ШАҺАР-01"));
        String text = text(pdf);
        Set<Character> missing = new LinkedHashSet<>();
        for (char c : KAZAKH.toCharArray()) {
            if (text.indexOf(Character.toUpperCase(c)) < 0 && text.indexOf(Character.toLowerCase(c)) < 0) {
                missing.add(c);
            }
        }
        assertThat(missing).as("Kazakh letters not found in the kk pack's text").isEmpty();
        // Every letter but Һ comes from the pack's own Kazakh words, not from the data.
        for (char c : "әғқңөұүі".toCharArray()) {
            assertThat(text(pack("kk", sample.getBytes(StandardCharsets.UTF_8)))).contains(String.valueOf(c));
        }
        assertThat(text).contains("Тексерушілерге арналған пакет", "ШАҺАР-01", "Нәтиженің шығу тегі");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).as("the font is embedded").contains("/FontFile2").contains("DejaVuSans");
    }

    @Test
    void each_language_has_its_own_words_and_the_pack_names_only_the_registers_own_case_keys() throws Exception {
        byte[] register = Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv"));
        Set<String> sent = Files.readAllLines(FIXTURES.resolve("sample/centre-register.csv")).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
        for (String[] lang : List.of(new String[] {"en", "Inspection pack", "Findings by requirement", "What falls due", "Provenance"},
                new String[] {"ru", "Пакет для проверяющих", "Выводы по требованиям", "Наступающие сроки", "Происхождение результата"},
                new String[] {"kk", "Тексерушілерге арналған пакет", "Талаптар бойынша тұжырымдар", "Жақындаған мерзімдер", "Деректердің толықтығы"})) {
            String text = text(pack(lang[0], register));
            assertThat(text).as(lang[0]).contains(lang[1], lang[2], lang[3], lang[4], "KC-KRG-01", "2025-03-31", "sha256:");
            Matcher m = CASE_KEY.matcher(text);
            Set<String> named = new LinkedHashSet<>();
            while (m.find()) {
                named.add(m.group());
            }
            assertThat(named).as("case keys in the %s pack", lang[0]).isNotEmpty().isSubsetOf(sent);
        }
        String en = text(pack("en", register));
        assertThat(en).doesNotContain("Выводы").contains("ASM-02", "Legal basis");
    }

    @Test
    void another_centres_account_gets_the_registers_rows_as_row_errors_and_no_case_key_in_its_pack() throws Exception {
        String token = centreAccount("KC-AST-02");
        String text = text(pack("en", Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv")), token));
        assertThat(CASE_KEY.matcher(text).find()).as("a case key of another centre in the pack").isFalse();
        assertThat(text).contains("Rows read: 70; evaluated: 0; rejected: 70");
    }

    /** A new CENTRE account of the centre, made through the real service; its token as a header. */
    private String centreAccount(String centre) {
        String name = "pack-centre-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, Role.CENTRE, centre, accounts.randomPassword(), "test");
        return HttpTestSupport.bearer(accounts.issueToken(name, "test", "test"));
    }
}
