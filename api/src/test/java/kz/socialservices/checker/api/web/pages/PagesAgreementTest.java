package kz.socialservices.checker.api.web.pages;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import kz.socialservices.checker.api.PageSession;
import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Autowired
    AccountService accounts;

    /** Signed in through the form as an account of the role (each page needs its own). */
    private PageSession signedIn(Role role) throws Exception {
        String name = "agree-" + role.name().toLowerCase(Locale.ROOT) + "-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        String password = accounts.randomPassword();
        accounts.create(name, role, role == Role.CENTRE ? "KC-KRG-01" : null, password, "test");
        PageSession session = new PageSession(port);
        assertThat(session.signIn(name, password).statusCode()).isEqualTo(302);
        return session;
    }

    private static Answer answer(java.net.http.HttpResponse<String> r) {
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Test
    void the_dashboards_rate_per_region_is_the_audit_apis() throws Exception {
        Answer page = answer(signedIn(Role.MINISTRY).get("/ministry?asOf=2025-12-31&lang=en"));
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
        // every answer carries the CSP, a redirect to the sign-in page too
        var anonymous = new PageSession(port).get("/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Content-Security-Policy")).hasValue(PageConfiguration.CSP);
        Map<String, PageSession> sessions = Map.of("/sign-in", new PageSession(port), "/centre", signedIn(Role.CENTRE),
                "/drafter", signedIn(Role.DRAFTER), "/ministry?asOf=2025-12-31", signedIn(Role.MINISTRY), "/accounts", signedIn(Role.ADMIN));
        for (var page : sessions.entrySet()) {
            String path = page.getKey();
            var response = page.getValue().get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValue(PageConfiguration.CSP);
            assertThat(PageConfiguration.CSP).contains("default-src 'self'", "script-src 'self'").doesNotContain("unsafe-inline", "*");
            Answer a = answer(response);
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.body()).as(path).doesNotContain("<script>").doesNotContain(" style=\"").doesNotContain("http://").doesNotContain("https://");
        }
        Answer missing = answer(sessions.get("/ministry?asOf=2025-12-31").get("/ministry/regions/Atlantis?asOf=2025-12-31"));
        assertThat(missing.status()).isEqualTo(404);
    }
}
