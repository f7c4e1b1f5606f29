package kz.socialservices.checker.api;

import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.Role;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The account the API tests call as when they name none: a centre (of the sample register's centre), made through
 * the real account service when a test server starts, with a token (HTTP Basic would cost a slow hash per request).
 * Picked up by the application's component scan, so every test server has it; security stays on.
 */
@Component
class DefaultTestAccount implements ApplicationListener<WebServerInitializedEvent> {

    static final String NAME = "test-centre";
    static final String CENTRE = "KC-KRG-01";

    private final AccountService accounts;

    DefaultTestAccount(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (accounts.find(NAME).isEmpty()) {
            accounts.create(NAME, Role.CENTRE, CENTRE, accounts.randomPassword(), "test");
        }
        HttpTestSupport.defaultAuthorization(event.getWebServer().getPort(), HttpTestSupport.bearer(accounts.issueToken(NAME, "tests", "test")));
    }
}
