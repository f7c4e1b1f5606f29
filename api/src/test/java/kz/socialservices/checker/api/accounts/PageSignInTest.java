package kz.socialservices.checker.api.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import kz.socialservices.checker.api.PageSession;
import kz.socialservices.checker.api.audittrail.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages' sign-in over plain HTTP (the browser tests drive the same form in Chromium): what is open, CSRF
 * refused without its token, the session cookie's attributes, each role's landing and refusals, the API's lock
 * after repeated failures, and the sign-in in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageSignInTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail trail;

    private String[] account(Role role) {
        String name = "signin-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 6);
        String password = accounts.randomPassword();
        accounts.create(name, role, role == Role.CENTRE ? "KC-KRG-01" : null, password, "test");
        return new String[] {name, password};
    }

    @Test
    void only_static_files_and_the_sign_in_page_are_open_and_it_carries_the_csp() throws Exception {
        PageSession b = new PageSession(port);
        for (String page : List.of("/", "/centre", "/ministry", "/drafter", "/accounts", "/centre/runs/x", "/ministry/export.csv")) {
            HttpResponse<String> r = b.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).endsWith("/sign-in");
        }
        for (String open : List.of("/sign-in", "/css/app.css", "/js/app.js", "/favicon.svg")) {
            assertThat(b.get(open).statusCode()).as(open).isEqualTo(200);
        }
        assertThat(b.get("/sign-in").headers().firstValue("Content-Security-Policy").orElse("")).startsWith("default-src 'self'");
    }

    @Test
    void a_sign_in_without_its_csrf_token_is_refused_and_with_it_each_role_lands_on_its_page_in_a_session_cookie_scripts_cannot_read()
            throws Exception {
        String[] centre = account(Role.CENTRE);
        PageSession b = new PageSession(port);
        HttpResponse<String> forged = b.post("/sign-in", "username=" + PageSession.enc(centre[0]) + "&password=" + PageSession.enc(centre[1]));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(b.get("/centre").statusCode()).as("not signed in by the forged form").isEqualTo(302);
        for (Role role : Role.values()) {
            String[] a = role == Role.CENTRE ? centre : account(role);
            PageSession own = new PageSession(port);
            HttpResponse<String> in = own.signIn(a[0], a[1]);
            assertThat(in.statusCode()).as(role.name()).isEqualTo(302);
            assertThat(in.headers().firstValue("Location").orElse("")).as(role.name()).endsWith(PageSecurity.LANDING.get(role));
            String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
            assertThat(cookie).as(role.name()).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
            assertThat(own.get(PageSecurity.LANDING.get(role)).statusCode()).as(role + " on its page").isEqualTo(200);
            for (var other : PageSecurity.LANDING.entrySet()) {
                if (other.getKey() != role) {
                    HttpResponse<String> refused = own.get(other.getValue());
                    assertThat(refused.statusCode()).as(role + " on " + other.getValue()).isEqualTo(403);
                    assertThat(refused.body()).as(role + " on " + other.getValue()).contains("id=\"forbidden\"");
                }
            }
            assertThat(own.get("/").headers().firstValue("Location").orElse("")).endsWith(PageSecurity.LANDING.get(role));
            // a page's POST without the token is refused too, signed in or not
            assertThat(own.post("/sign-out", "").statusCode()).as("sign-out without its token").isEqualTo(403);
            assertThat(own.get(PageSecurity.LANDING.get(role)).statusCode()).as("still signed in").isEqualTo(200);
        }
        assertThat(trail.entries(0, Integer.MAX_VALUE)).anyMatch(e -> e.actor().equals(centre[0]) && e.action().equals("signed-in")
                && e.detail().contains("with=form"));
    }

    @Test
    void wrong_passwords_lock_the_account_as_they_do_for_the_api_and_then_even_the_right_one_is_refused() throws Exception {
        String[] a = account(Role.DRAFTER);
        PageSession b = new PageSession(port);
        HttpResponse<String> wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = b.signIn(a[0], "not the password " + i);
        }
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/sign-in?locked");
        HttpResponse<String> right = b.signIn(a[0], a[1]);
        assertThat(right.headers().firstValue("Location").orElse("")).endsWith("/sign-in?locked");
        assertThat(b.get("/drafter").statusCode()).isEqualTo(302);
        assertThat(trail.entries(0, Integer.MAX_VALUE)).anyMatch(e -> e.target().equals(a[0]) && e.action().equals("sign-in-locked"));
    }

    @Test
    void the_first_wrong_password_reads_as_a_wrong_name_does() throws Exception {
        String[] a = account(Role.MINISTRY);
        PageSession b = new PageSession(port);
        String wrongPassword = b.signIn(a[0], "not the password").headers().firstValue("Location").orElse("");
        String unknown = b.signIn("nobody-" + UUID.randomUUID(), "not the password").headers().firstValue("Location").orElse("");
        assertThat(wrongPassword).endsWith("/sign-in?error").isEqualTo(unknown);
    }
}
