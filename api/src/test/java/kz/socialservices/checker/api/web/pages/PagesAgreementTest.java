package kz.socialservices.checker.api.web.pages;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.get;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A page and the endpoint behind it say the same: the dashboard's rate per region is the audit API's
 * for the same file and date; every page carries the Content-Security-Policy; an unknown drill-down is a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesAgreementTest {

    static final Pattern REGION_ROW = Pattern.compile("<th scope=\"row\"><a href=\"/ministry/regions/[^\"]*\">([^<]+)</a></th>\\s*<td data-value=\"([0-9.]*)\"");

    @LocalServerPort
    int port;

    @Test
    void the_dashboards_rate_per_region_is_the_audit_apis() throws Exception {
        Answer page = get(port, "/ministry?asOf=2025-12-31&lang=en");
        assertThat(page.status()).isEqualTo(200);
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher m = REGION_ROW.matcher(page.body());
        while (m.find()) {
            shown.put(m.group(1), m.group(2));
        }
        assertThat(shown).hasSizeGreaterThan(10);
        JsonNode audit = post(port, "/api/v1/audits?by=region&asOf=2025-12-31", "text/csv", "application/json",
                Files.readAllBytes(FIXTURES.resolve("national/national.csv"))).json();
        Map<String, String> api = new LinkedHashMap<>();
        for (JsonNode grouping : audit.get("groupings")) {
            if (grouping.get("grouping").asString().equals("region")) {
                for (JsonNode g : grouping.get("groups")) {
                    for (JsonNode r : g.get("requirements")) {
                        if (r.get("requirement").asString().equals("ALL")) {
                            api.put(g.get("value").asString(), r.get("complianceRate").isNull() ? ""
                                    : String.format(Locale.ROOT, "%.1f", r.get("complianceRate").asDouble() * 100));
                        }
                    }
                }
            }
        }
        assertThat(shown).isEqualTo(api);
    }

    @Test
    void every_page_forbids_other_hosts_and_inline_script() throws Exception {
        for (String path : new String[] {"/", "/centre", "/drafter", "/ministry?asOf=2025-12-31"}) {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue(PageConfiguration.CSP);
            assertThat(PageConfiguration.CSP).contains("default-src 'self'", "script-src 'self'").doesNotContain("unsafe-inline", "*");
            Answer a = get(port, path);
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.body()).as(path).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("http://").doesNotContain("https://");
        }
        Answer missing = get(port, "/ministry/regions/Atlantis?asOf=2025-12-31");
        assertThat(missing.status()).isEqualTo(404);
    }
}
