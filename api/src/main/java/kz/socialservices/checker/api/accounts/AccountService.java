package kz.socialservices.checker.api.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.socialservices.checker.api.audittrail.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: created, listed and disabled by an administrator (or the {@code users} command), signed in
 * with a password (a slow hash, BCrypt) or an API token. Each failed sign-in waits longer than the one
 * before; {@code checker.accounts.max-failures} in a row lock the account for {@code checker.accounts.lock-for}.
 */
@Service
public class AccountService {

    /** An account name is a login, never a person's name: letters, digits, dot, dash, underscore. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");
    /** A centre's code as its register writes it, in any alphabet (a Kazakh code such as ШАҺАР-01 too). */
    private static final Pattern CENTRE = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final String TOKEN_PREFIX = "chk_";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final AuditTrail trail;
    private final int maxFailures;
    private final Duration lockFor;
    private final Duration maxDelay;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    /** Compared against when the name is unknown, so an unknown name takes as long as a wrong password. */
    private final String dummyHash;

    AccountService(JdbcTemplate jdbc, PasswordEncoder passwords, AuditTrail trail,
                   @Value("${checker.accounts.max-failures:5}") int maxFailures,
                   @Value("${checker.accounts.lock-for:15m}") Duration lockFor,
                   @Value("${checker.accounts.max-delay:2s}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.trail = trail;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.maxDelay = maxDelay;
        this.dummyHash = passwords.encode("not-a-password-" + random.nextLong());
    }

    /** A refused account change: said to the administrator as a 400 problem or on stderr. */
    public static final class AccountException extends RuntimeException {
        public AccountException(String message) {
            super(message);
        }
    }

    /**
     * Creates an account.
     *
     * @param centreId required for a CENTRE account, refused for the others
     * @param actor    who creates it, for the audit trail
     */
    @Transactional
    public Account create(String name, Role role, String centreId, String password, String actor) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AccountException("the account name must be 3 to 64 letters, digits, '.', '-' or '_'");
        }
        if (role == null) {
            throw new AccountException("the role must be one of CENTRE, MINISTRY, DRAFTER, ADMIN");
        }
        if (role == Role.CENTRE && (centreId == null || !CENTRE.matcher(centreId).matches())) {
            throw new AccountException("a CENTRE account needs its centre (--centre KC-01): letters (of any alphabet), digits, '.', '-' or '_'");
        }
        if (role != Role.CENTRE && centreId != null && !centreId.isBlank()) {
            throw new AccountException("only a CENTRE account has a centre");
        }
        checkPassword(password);
        Instant now = clock.instant();
        try {
            jdbc.update("INSERT INTO accounts (name, role, centre_id, password_hash, enabled, failed_logins, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)",
                    name, role.name(), role == Role.CENTRE ? centreId : null, passwords.encode(password), true, utc(now));
        } catch (DuplicateKeyException e) {
            throw new AccountException("an account named " + name + " exists already");
        }
        trail.record(actor, "account-created", name, "role=" + role + (role == Role.CENTRE ? " centre=" + centreId : ""));
        return find(name).orElseThrow();
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    public List<Account> list() {
        return jdbc.query("SELECT * FROM accounts ORDER BY name", AccountService::account);
    }

    public Optional<Account> find(String name) {
        return jdbc.query("SELECT * FROM accounts WHERE name = ?", AccountService::account, name).stream().findFirst();
    }

    public boolean anyAdministrator() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM accounts WHERE role = 'ADMIN' AND enabled = TRUE", Integer.class);
        return n != null && n > 0;
    }

    /** Disables an account: it can no longer sign in, and its tokens stop working. */
    @Transactional
    public Account disable(String name, String actor) {
        if (jdbc.update("UPDATE accounts SET enabled = FALSE WHERE name = ?", name) == 0) {
            throw new AccountException("no account named " + name);
        }
        trail.record(actor, "account-disabled", name, "");
        return find(name).orElseThrow();
    }

    /** A new API token for the account, shown this once: only its hash is kept. */
    public String issueToken(String name, String label, String actor) {
        Account account = find(name).filter(Account::enabled).orElseThrow(() -> new AccountException("no enabled account named " + name));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Long id = jdbc.queryForObject("SELECT id FROM accounts WHERE name = ?", Long.class, account.name());
        String safeLabel = label == null || label.isBlank() ? "token" : label.strip().substring(0, Math.min(64, label.strip().length()));
        jdbc.update("INSERT INTO api_tokens (token_hash, account_id, label, created_at) VALUES (?, ?, ?, ?)",
                sha256(token), id, safeLabel, utc(clock.instant()));
        trail.record(actor, "token-issued", name, "label=" + safeLabel);
        return token;
    }

    /** The enabled account a token belongs to. */
    public Optional<Caller> byToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbc.query("SELECT a.* FROM api_tokens t JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = ? AND a.enabled = TRUE",
                AccountService::account, sha256(token)).stream().findFirst().map(Account::caller);
    }

    /**
     * Signs in with a password. A wrong one is counted and answered after a delay growing with the
     * failures in a row (100 ms, 200 ms, ... up to {@code max-delay}); the {@code max-failures}th locks the
     * account for {@code lock-for}, during which even the right password is refused.
     *
     * @throws BadCredentialsException for an unknown name or a wrong password (the same answer)
     * @throws LockedException         while locked
     * @throws DisabledException       for a disabled account
     */
    public Caller signIn(String name, String password) {
        Optional<StoredAccount> found = jdbc.query("SELECT * FROM accounts WHERE name = ?", AccountService::stored, name == null ? "" : name)
                .stream().findFirst();
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, dummyHash);
            throw new BadCredentialsException("bad credentials");
        }
        StoredAccount a = found.get();
        Instant now = clock.instant();
        if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
            throw new LockedException("the account is locked after repeated failed sign-ins");
        }
        if (!passwords.matches(password == null ? "" : password, a.passwordHash())) {
            int failures = a.failedLogins() + 1;
            boolean lock = failures >= maxFailures;
            jdbc.update("UPDATE accounts SET failed_logins = ?, locked_until = ? WHERE id = ?",
                    lock ? 0 : failures, lock ? utc(now.plus(lockFor)) : null, a.id());
            trail.record(a.account().name(), lock ? "sign-in-locked" : "sign-in-failed", a.account().name(), "failures=" + failures);
            slowDown(failures);
            throw lock ? new LockedException("the account is locked after repeated failed sign-ins") : new BadCredentialsException("bad credentials");
        }
        if (!a.account().enabled()) {
            throw new DisabledException("the account is disabled");
        }
        if (a.failedLogins() > 0 || a.lockedUntil() != null) {
            jdbc.update("UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = ?", a.id());
        }
        return a.account().caller();
    }

    private void slowDown(int failures) {
        long millis = Math.min(maxDelay.toMillis(), 100L << Math.min(20, failures - 1));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A random password for a first administrator: 24 characters of base64url (144 bits). */
    public String randomPassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record StoredAccount(long id, Account account, String passwordHash, int failedLogins, Instant lockedUntil) {
    }

    private static StoredAccount stored(ResultSet rs, int row) throws SQLException {
        Account a = account(rs, row);
        return new StoredAccount(rs.getLong("id"), a, rs.getString("password_hash"), rs.getInt("failed_logins"), a.lockedUntil());
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new Account(rs.getString("name"), Role.valueOf(rs.getString("role").toUpperCase(Locale.ROOT)), rs.getString("centre_id"),
                rs.getBoolean("enabled"), locked == null ? null : locked.toInstant(), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
