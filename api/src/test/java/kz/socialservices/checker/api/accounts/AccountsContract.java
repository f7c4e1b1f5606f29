package kz.socialservices.checker.api.accounts;

import static kz.socialservices.checker.api.HttpTestSupport.basic;
import static kz.socialservices.checker.api.HttpTestSupport.bearer;
import static kz.socialservices.checker.api.HttpTestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import kz.socialservices.checker.api.ConsoleCapture;
import kz.socialservices.checker.api.cli.Cli;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts on each database (the subclasses): passwords kept as BCrypt hashes, sign-in by HTTP Basic or a token,
 * failed sign-ins slowed down and the fifth in a row locking the account (the fourth not), a disabled account and
 * its tokens refused, the rules an account must follow.
 */
abstract class AccountsContract {

    static final String PASSWORD = "a long enough password";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    String fresh(Role role, String centre) {
        String name = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, role, centre, PASSWORD, "test");
        return name;
    }

    @Test
    void a_password_is_kept_as_a_bcrypt_hash_and_signs_in_by_http_basic() {
        String name = fresh(Role.MINISTRY, null);
        String hash = jdbc.queryForObject("SELECT password_hash FROM accounts WHERE name = ?", String.class, name);
        assertThat(hash).startsWith("$2a$12$").doesNotContain(PASSWORD);
        assertThat(get(port, "/api/v1/runs", basic(name, PASSWORD)).status()).isEqualTo(200);
        assertThat(get(port, "/api/v1/runs", basic(name, PASSWORD + "x")).status()).isEqualTo(401);
        assertThat(get(port, "/api/v1/runs", basic("nobody-" + name, PASSWORD)).status()).isEqualTo(401);
    }

    @Test
    void four_failed_sign_ins_in_a_row_leave_the_account_open_the_fifth_locks_it_even_against_the_right_password() {
        String name = fresh(Role.MINISTRY, null);
        for (int i = 1; i <= 4; i++) {
            assertThat(get(port, "/api/v1/runs", basic(name, "wrong password " + i)).status()).isEqualTo(401);
        }
        assertThat(get(port, "/api/v1/runs", basic(name, PASSWORD)).status()).as("after four failures").isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            get(port, "/api/v1/runs", basic(name, "wrong password " + i));
        }
        var locked = get(port, "/api/v1/runs", basic(name, PASSWORD));
        assertThat(locked.status()).as("after five failures").isEqualTo(401);
        assertThat(locked.body()).contains("locked");
        assertThat(accounts.find(name).orElseThrow().lockedUntil()).isNotNull();
    }

    @Test
    void each_failed_sign_in_waits_longer_than_the_one_before() {
        String name = fresh(Role.MINISTRY, null);
        for (int i = 1; i <= 3; i++) {
            get(port, "/api/v1/runs", basic(name, "wrong " + i));
        }
        long fourth = timed(() -> get(port, "/api/v1/runs", basic(name, "wrong 4")));
        // the added waits are 100, 200, 400 and 800 ms: a lower bound on any machine (a difference of two
        // timings is not: a loaded machine's first sign-in can be slow on its own); the hash alone takes far less
        assertThat(fourth).isGreaterThanOrEqualTo(800);
    }

    private static long timed(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1_000_000;
    }

    @Test
    void a_token_signs_in_until_its_account_is_disabled() {
        String name = fresh(Role.DRAFTER, null);
        String token = bearer(accounts.issueToken(name, "script", "test"));
        assertThat(get(port, "/api/v1/tokens", token).status()).as("GET is not a way to issue").isIn(403, 405);
        assertThat(kz.socialservices.checker.api.HttpTestSupport.call(port, "POST", "/api/v1/simulations", "text/csv", new byte[0], token).status())
                .as("a drafter's token passes the chain (the empty body is the answer's reason)").isEqualTo(400);
        accounts.disable(name, "test");
        assertThat(get(port, "/api/v1/runs", token).status()).isEqualTo(401);
        assertThat(get(port, "/api/v1/runs", basic(name, PASSWORD)).status()).isEqualTo(401);
        assertThat(get(port, "/api/v1/runs", bearer("chk_not-a-token")).status()).isEqualTo(401);
    }

    @Test
    void an_account_needs_a_proper_name_a_centre_only_for_a_centre_and_a_long_password() {
        assertThatThrownBy(() -> accounts.create("x", Role.MINISTRY, null, PASSWORD, "test")).hasMessageContaining("name");
        assertThatThrownBy(() -> accounts.create("acc-no-centre", Role.CENTRE, null, PASSWORD, "test")).hasMessageContaining("centre");
        assertThatThrownBy(() -> accounts.create("acc-ministry-centre", Role.MINISTRY, "KC-01", PASSWORD, "test"))
                .hasMessageContaining("only a CENTRE");
        assertThatThrownBy(() -> accounts.create("acc-short", Role.MINISTRY, null, "elevenchars", "test")).hasMessageContaining("12");
        String twelve = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(accounts.create(twelve, Role.MINISTRY, null, "twelve chars", "test").name()).isEqualTo(twelve);
        assertThatThrownBy(() -> accounts.create(twelve, Role.MINISTRY, null, PASSWORD, "test")).hasMessageContaining("exists");
    }

    @Test
    void the_users_command_adds_lists_and_disables_accounts_reading_the_password_from_stdin() {
        String name = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        var added = withStdin(PASSWORD + "\n", withData("users", "add", name, "--role", "CENTRE", "--centre", "KC-01", "--password-stdin"));
        assertThat(added.result()).as(added.err()).isZero();
        assertThat(get(port, "/api/v1/runs", basic(name, PASSWORD)).status()).isEqualTo(200);
        var listed = ConsoleCapture.capture(() -> Cli.run(withData("users", "list")));
        assertThat(listed.out()).contains(name + "\tCENTRE\tKC-01\tenabled");
        var disabled = ConsoleCapture.capture(() -> Cli.run(withData("users", "disable", name)));
        assertThat(disabled.result()).isZero();
        assertThat(get(port, "/api/v1/runs", basic(name, PASSWORD)).status()).isEqualTo(401);
        var missingCentre = withStdin(PASSWORD + "\n", withData("users", "add", name + "x", "--role", "CENTRE", "--password-stdin"));
        assertThat(missingCentre.result()).isEqualTo(Cli.USAGE);
        assertThat(missingCentre.err()).contains("needs its centre");
    }

    private static ConsoleCapture.Captured<Integer> withStdin(String stdin, String... args) {
        var in = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return ConsoleCapture.capture(() -> Cli.run(args));
        } finally {
            System.setIn(in);
        }
    }

    /** The command's arguments opening this test's stored data. */
    abstract String[] withData(String... command);
}
