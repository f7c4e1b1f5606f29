package kz.socialservices.checker.api.audittrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.socialservices.checker.api.datadir.DataDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: who signed in, stored, read, exported, simulated, replayed and managed accounts;
 * never case data (a target is a run id, an account name or a query's parameters). Append-only and
 * chained: each entry carries the hash of the one before and its own, an HMAC-SHA256 under a key
 * kept in the data directory ({@code audit-trail.key}, owner-only), so someone with access to the
 * database alone can neither edit an entry nor forge a consistent chain.
 */
@Service
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final String KEY_FILE = "audit-trail.key";

    /** One entry as stored. */
    public record Entry(long seq, Instant at, String actor, String action, String target, String detail, String prevHash, String hash) {
    }

    /** The verdict of {@link #verify}: intact, or the first entry found wrong and how. */
    public record Verification(long entries, Long firstBadSeq, String problem) {
        public boolean intact() {
            return firstBadSeq == null;
        }

        public String describe() {
            return intact() ? "audit trail intact: " + entries + " entries"
                    : "audit trail broken at entry " + firstBadSeq + ": " + problem;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final byte[] key;
    private final ReentrantLock appending = new ReentrantLock();

    AuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactions, DataDirectory dataDirectory) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.key = key(dataDirectory);
    }

    /**
     * Appends an entry in a transaction of its own, after whatever it records has committed.
     *
     * @param target what was acted on: a run id, an account name; never a case key
     */
    public void record(String actor, String action, String target, String detail) {
        appending.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    ownTransaction.executeWithoutResult(status -> append(actor, action, target, detail));
                    return;
                } catch (org.springframework.dao.DuplicateKeyException e) {
                    if (attempt == 3) { // another process (a command) appended at the same moment, three times
                        throw e;
                    }
                }
            }
        } finally {
            appending.unlock();
        }
    }

    private void append(String actor, String action, String target, String detail) {
        List<Entry> last = jdbc.query("SELECT * FROM audit_trail ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", AuditTrail::entry);
        long seq = last.isEmpty() ? 1 : last.get(0).seq() + 1;
        String prev = last.isEmpty() ? GENESIS : last.get(0).hash();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String safeTarget = clip(target, 200);
        String safeDetail = clip(detail, 1000);
        String hash = mac(prev, at, actor, action, safeTarget, safeDetail);
        jdbc.update("INSERT INTO audit_trail (seq, at, actor, action, target, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, action, safeTarget, safeDetail, prev, hash);
    }

    /** The entries, oldest first (paged). */
    public List<Entry> entries(long afterSeq, int limit) {
        return jdbc.query("SELECT * FROM audit_trail WHERE seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY", AuditTrail::entry, afterSeq, limit);
    }

    /**
     * Walks the chain in order: an entry whose own hash is wrong was edited, or inserted when the chain
     * closes over it (the next entry links to the one before it); an entry that links to another entry
     * than the one before it was reordered; one that links to no entry at all follows deleted ones.
     */
    public Verification verify() {
        List<Entry> all = jdbc.query("SELECT * FROM audit_trail ORDER BY seq", AuditTrail::entry);
        Set<String> hashes = new HashSet<>();
        all.forEach(e -> hashes.add(e.hash()));
        String prev = GENESIS;
        for (int i = 0; i < all.size(); i++) {
            Entry e = all.get(i);
            boolean ownHashRight = mac(e.prevHash(), e.at(), e.actor(), e.action(), e.target(), e.detail()).equals(e.hash());
            if (!ownHashRight) {
                Optional<Entry> next = i + 1 < all.size() ? Optional.of(all.get(i + 1)) : Optional.empty();
                boolean closedOver = next.isPresent() && next.get().prevHash().equals(prev);
                return new Verification(all.size(), e.seq(), closedOver
                        ? "inserted (the entry after it links to the one before it; its hash is not the trail's)"
                        : "edited (its content no longer matches its hash)");
            }
            if (!e.prevHash().equals(prev)) {
                return new Verification(all.size(), e.seq(), hashes.contains(e.prevHash())
                        ? "reordered (it links to another entry than the one before it)"
                        : "deleted: the entries before it are missing (it links to an entry that is no longer there)");
            }
            prev = e.hash();
        }
        return new Verification(all.size(), null, null);
    }

    private String mac(String prev, Instant at, String actor, String action, String target, String detail) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String text = String.join("\n", prev, at.toString(), actor, action, target, detail);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String clip(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max);
    }

    /** The key, made on first use (32 random bytes, hex) in a file only the owner can read. */
    private static byte[] key(DataDirectory dataDirectory) {
        Path file = dataDirectory.path().resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    dataDirectory.writeSecret(KEY_FILE, HexFormat.of().formatHex(fresh));
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // another process made it first: use theirs
                }
            }
            return HexFormat.of().parseHex(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("the audit trail's key " + file + " cannot be read or made", e);
        }
    }
}
