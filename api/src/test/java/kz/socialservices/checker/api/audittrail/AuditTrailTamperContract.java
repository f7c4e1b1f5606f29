package kz.socialservices.checker.api.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.socialservices.checker.api.ConsoleCapture;
import kz.socialservices.checker.api.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail tampered with directly in its table (as someone with database access alone would): the
 * verification names the first entry edited, deleted, inserted or reordered; {@code audit-trail verify} says
 * so and exits 1. Each database has a trail of its own here (the subclasses), rebuilt before each test.
 */
abstract class AuditTrailTamperContract {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    /** The command line's arguments opening the same stored data as this test's application. */
    abstract List<String> dataArguments();

    @BeforeEach
    void sixEntries() {
        jdbc.update("DELETE FROM audit_trail");
        for (int i = 1; i <= 6; i++) {
            trail.record("tester", "run-read", "run-" + i, "page=0");
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void an_untouched_trail_is_intact_and_the_command_says_so() {
        AuditTrail.Verification v = trail.verify();
        assertThat(v.entries()).isEqualTo(6);
        Command c = verifyCommand();
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("intact: 6 entries");
    }

    @Test
    void an_edited_entry_is_named() {
        jdbc.update("UPDATE audit_trail SET target = 'run-x' WHERE seq = 3");
        assertBrokenAt(3, "edited");
    }

    @Test
    void an_edited_hash_is_named_as_the_entry_edited() {
        jdbc.update("UPDATE audit_trail SET hash = prev_hash WHERE seq = 5");
        assertBrokenAt(5, "edited");
    }

    @Test
    void a_deleted_entry_is_named_by_the_one_after_it() {
        jdbc.update("DELETE FROM audit_trail WHERE seq = 3");
        assertBrokenAt(4, "deleted");
    }

    @Test
    void the_first_entry_deleted_is_found_too() {
        jdbc.update("DELETE FROM audit_trail WHERE seq = 1");
        assertBrokenAt(2, "deleted");
    }

    @Test
    void an_inserted_entry_is_named() {
        jdbc.update("UPDATE audit_trail SET seq = seq + 100 WHERE seq >= 4");
        jdbc.update("UPDATE audit_trail SET seq = seq - 99 WHERE seq >= 104");
        String prev = jdbc.queryForObject("SELECT hash FROM audit_trail WHERE seq = 3", String.class);
        jdbc.update("INSERT INTO audit_trail (seq, at, actor, action, target, detail, prev_hash, hash) "
                + "SELECT 4, at, 'intruder', 'run-read', 'run-9', '', ?, ? FROM audit_trail WHERE seq = 3", prev, "f".repeat(64));
        assertBrokenAt(4, "inserted");
    }

    @Test
    void two_entries_swapped_are_named_as_reordered() {
        jdbc.update("UPDATE audit_trail SET seq = -3 WHERE seq = 3");
        jdbc.update("UPDATE audit_trail SET seq = 3 WHERE seq = 4");
        jdbc.update("UPDATE audit_trail SET seq = 4 WHERE seq = -3");
        assertBrokenAt(3, "reordered");
    }

    private void assertBrokenAt(long seq, String kind) {
        AuditTrail.Verification v = trail.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSeq()).isEqualTo(seq);
        assertThat(v.problem()).startsWith(kind);
        Command c = verifyCommand();
        assertThat(c.exit()).isEqualTo(Cli.REFUSED);
        assertThat(c.err()).contains("broken at entry " + seq + ": " + kind);
    }

    private record Command(int exit, String out, String err) {
    }

    private Command verifyCommand() {
        List<String> args = new ArrayList<>(List.of("audit-trail", "verify"));
        args.addAll(dataArguments());
        ConsoleCapture.Captured<Integer> c = ConsoleCapture.capture(() -> Cli.run(args.toArray(String[]::new)));
        return new Command(c.result(), c.out(), c.err());
    }
}
