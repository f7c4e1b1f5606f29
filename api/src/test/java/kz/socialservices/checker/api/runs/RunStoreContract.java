package kz.socialservices.checker.api.runs;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.bearer;
import static kz.socialservices.checker.api.HttpTestSupport.call;
import static kz.socialservices.checker.api.HttpTestSupport.get;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Stored runs through the API, the same tests on each database (see the subclasses): a run is answered 201 with
 * its Location once committed, keeps the findings an evaluation gives, is listed and read only by whom may see it,
 * is queried by requirement, verdict, severity and due date, paged, cannot be changed, and replays identically.
 */
abstract class RunStoreContract {

    static final String SAMPLE_CENTRE = "KC-KRG-01";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    String centre;
    String otherCentre;
    String ministry;
    String drafter;
    String admin;

    @BeforeEach
    void accounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        centre = tokenOf("c-" + suffix, Role.CENTRE, SAMPLE_CENTRE);
        otherCentre = tokenOf("o-" + suffix, Role.CENTRE, "KC-OTHER-02");
        ministry = tokenOf("m-" + suffix, Role.MINISTRY, null);
        drafter = tokenOf("d-" + suffix, Role.DRAFTER, null);
        admin = tokenOf("a-" + suffix, Role.ADMIN, null);
    }

    private String tokenOf(String name, Role role, String centreId) {
        accounts.create(name, role, centreId, accounts.randomPassword(), "test");
        return bearer(accounts.issueToken(name, "test", "test"));
    }

    static byte[] sample() throws Exception {
        return Files.readAllBytes(FIXTURES.resolve("sample/centre-register.csv"));
    }

    Answer store(byte[] csv, String as) {
        return post(port, "/api/v1/runs?asOf=2025-03-31", "text/csv", "application/json", csv, as);
    }

    @Test
    void a_stored_run_is_created_with_its_location_and_keeps_the_findings_an_evaluation_gives() throws Exception {
        Answer created = store(sample(), centre);
        assertThat(created.status()).isEqualTo(201);
        JsonNode run = created.json();
        String id = run.get("id").asString();
        assertThat(run.get("centreId").asString()).isEqualTo(SAMPLE_CENTRE);
        assertThat(run.get("rowsEvaluated").asLong()).isEqualTo(70);
        assertThat(run.get("ruleSetHash").asString()).startsWith("sha256:");
        assertThat(run.get("inputHash").asString()).hasSize(64);

        JsonNode evaluated = post(port, "/api/v1/evaluations?asOf=2025-03-31", "text/csv", "application/json", sample(), centre).json();
        List<String> expected = new ArrayList<>();
        evaluated.get("results").forEach(r -> r.get("findings").forEach(f -> expected.add(r.get("caseId").asString() + " " + f)));
        assertThat(allFindings(id, centre, "")).containsExactlyElementsOf(expected);
        assertThat(run.get("ruleSetHash").asString()).isEqualTo(evaluated.get("provenance").get("ruleSetHash").asString());

        assertThat(get(port, "/api/v1/runs/" + id, centre).json().get("id").asString()).isEqualTo(id);
        List<String> listed = new ArrayList<>();
        get(port, "/api/v1/runs?size=1000", centre).json().get("items").forEach(r -> listed.add(r.get("id").asString()));
        assertThat(listed).contains(id);
    }

    @Test
    void findings_are_filtered_by_requirement_verdict_severity_and_due_date_and_paged() throws Exception {
        String id = store(sample(), centre).json().get("id").asString();
        List<String> all = allFindings(id, centre, "");
        assertThat(all).hasSize(70 * 33);
        JsonNode nonCompliant = get(port, "/api/v1/runs/" + id + "/findings?verdict=non_compliant&size=1000", centre).json();
        long expected = all.stream().filter(f -> f.contains("\"verdict\":\"NON_COMPLIANT\"")).count();
        assertThat(expected).isPositive();
        assertThat(nonCompliant.get("total").asLong()).isEqualTo(expected);
        nonCompliant.get("items").forEach(f -> assertThat(f.get("finding").get("verdict").asString()).isEqualTo("NON_COMPLIANT"));
        JsonNode asm02 = get(port, "/api/v1/runs/" + id + "/findings?requirement=ASM-02&size=10", centre).json();
        assertThat(asm02.get("total").asLong()).isEqualTo(70);
        assertThat(asm02.get("items")).hasSize(10);
        asm02.get("items").forEach(f -> assertThat(f.get("finding").get("requirement").asString()).isEqualTo("ASM-02"));
        JsonNode critical = get(port, "/api/v1/runs/" + id + "/findings?severity=CRITICAL&size=1000", centre).json();
        assertThat(critical.get("total").asLong()).isEqualTo(all.stream().filter(f -> f.contains("\"severity\":\"CRITICAL\"")).count());
        JsonNode due = get(port, "/api/v1/runs/" + id + "/findings?dueFrom=2025-03-31&dueTo=2025-04-30&size=1000", centre).json();
        due.get("items").forEach(f -> assertThat(f.get("finding").get("dueDate").asString()).isBetween("2025-03-31", "2025-04-30"));
        assertThat(due.get("total").asLong()).isEqualTo(all.stream().filter(f -> f.matches(".*\"dueDate\":\"2025-0(3-31|4-[0-3][0-9])\".*")).count());
        assertThat(get(port, "/api/v1/runs/" + id + "/findings?size=1001", centre).status()).isEqualTo(400);
        assertThat(get(port, "/api/v1/runs/" + id + "/findings?size=1000", centre).status()).isEqualTo(200);
    }

    @Test
    void a_row_of_another_centre_is_a_row_error_and_is_not_stored() throws Exception {
        List<String> lines = new ArrayList<>(List.of(new String(sample(), StandardCharsets.UTF_8).split("\n")));
        lines.set(3, lines.get(3).replace(SAMPLE_CENTRE, "KC-OTHER-02"));
        JsonNode run = store(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), centre).json();
        assertThat(run.get("rowsRead").asLong()).isEqualTo(70);
        assertThat(run.get("rowsEvaluated").asLong()).isEqualTo(69);
        assertThat(run.get("rowsRejected").asLong()).isEqualTo(1);
        JsonNode error = run.get("summary").get("summary").get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("centre_id");
        assertThat(error.get("code").asString()).isEqualTo("other_centre");
        assertThat(error.toString()).doesNotContain("KC-OTHER-02");
        Integer otherRows = jdbc.queryForObject("SELECT COUNT(*) FROM run_cases WHERE run_id = ? AND centre_id <> ?", Integer.class,
                run.get("id").asString(), SAMPLE_CENTRE);
        assertThat(otherRows).isZero();
    }

    @Test
    void another_centre_finds_no_run_the_ministry_sees_its_summary_without_case_keys_and_other_roles_none() throws Exception {
        String id = store(sample(), centre).json().get("id").asString();
        assertThat(get(port, "/api/v1/runs/" + id, otherCentre).status()).isEqualTo(404);
        assertThat(get(port, "/api/v1/runs/" + id + "/findings", otherCentre).status()).isEqualTo(404);
        assertThat(call(port, "POST", "/api/v1/runs/" + id + "/replay", null, null, otherCentre).status()).isEqualTo(404);
        get(port, "/api/v1/runs?size=1000", otherCentre).json().get("items").forEach(r -> assertThat(r.get("id").asString()).isNotEqualTo(id));

        Answer seen = get(port, "/api/v1/runs/" + id, ministry);
        assertThat(seen.status()).isEqualTo(200);
        Answer listed = get(port, "/api/v1/runs?centre=" + SAMPLE_CENTRE + "&size=1000", ministry);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(get(port, "/api/v1/runs/" + id + "/findings", ministry).status()).isEqualTo(403);
        for (String key : kz.socialservices.checker.api.HttpTestSupport.sampleCaseKeys()) {
            assertThat(seen.body()).doesNotContain("\"" + key + "\"");
            assertThat(listed.body()).doesNotContain("\"" + key + "\"");
        }
        assertThat(get(port, "/api/v1/runs/" + id, drafter).status()).isEqualTo(403);
        assertThat(get(port, "/api/v1/runs/" + id, admin).status()).isEqualTo(403);
        assertThat(get(port, "/api/v1/runs/" + id, null).status()).isEqualTo(401);
    }

    @Test
    void a_run_cannot_be_changed_or_deleted_through_the_api() throws Exception {
        String id = store(sample(), centre).json().get("id").asString();
        String before = get(port, "/api/v1/runs/" + id, centre).body();
        assertThat(call(port, "PUT", "/api/v1/runs/" + id, "text/csv", sample(), centre).status()).isIn(403, 405);
        assertThat(call(port, "DELETE", "/api/v1/runs/" + id, null, null, centre).status()).isIn(403, 405);
        assertThat(get(port, "/api/v1/runs/" + id, centre).body()).isEqualTo(before);
    }

    @Test
    void store_true_on_an_evaluation_stores_the_run() throws Exception {
        Answer created = post(port, "/api/v1/evaluations?asOf=2025-03-31&store=true", "text/csv", "application/json", sample(), centre);
        assertThat(created.status()).isEqualTo(201);
        assertThat(get(port, "/api/v1/runs/" + created.json().get("id").asString(), centre).status()).isEqualTo(200);
    }

    @Test
    void a_replay_judges_the_register_again_under_its_archived_rule_set_with_identical_verdicts() throws Exception {
        String id = store(sample(), centre).json().get("id").asString();
        JsonNode replay = call(port, "POST", "/api/v1/runs/" + id + "/replay", null, null, centre).json();
        assertThat(replay.get("identical").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.get("findingsCompared").asLong()).isEqualTo(70 * 33);
    }

    @Test
    void a_refused_register_stores_nothing() throws Exception {
        Long before = jdbc.queryForObject("SELECT COUNT(*) FROM runs", Long.class);
        byte[] identifying = ("case_id,centre_id,full_name\nA-1," + SAMPLE_CENTRE + ",x\n").getBytes(StandardCharsets.UTF_8);
        assertThat(store(identifying, centre).status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM runs", Long.class)).isEqualTo(before);
    }

    @Autowired
    RetentionPurge retention;

    @Test
    void a_purge_removes_the_case_data_of_runs_stored_before_the_cutoff_keeps_their_summary_and_is_in_the_audit_trail() throws Exception {
        String old = store(sample(), centre).json().get("id").asString();
        java.time.Instant storedAt = jdbc.queryForObject("SELECT created_at FROM runs WHERE id = ?", java.time.OffsetDateTime.class, old).toInstant();
        Thread.sleep(5);
        String kept = store(sample(), centre).json().get("id").asString();
        java.time.Instant keptAt = jdbc.queryForObject("SELECT created_at FROM runs WHERE id = ?", java.time.OffsetDateTime.class, kept).toInstant();

        retention.purgeStoredBefore(storedAt, "test"); // runs of other tests stored earlier may go
        assertThat(get(port, "/api/v1/runs/" + old, centre).json().get("purgedAt").isNull()).as("a run stored at the cutoff is kept").isTrue();
        assertThat(retention.purgeStoredBefore(keptAt, "test")).isPositive();

        JsonNode purged = get(port, "/api/v1/runs/" + old, centre).json();
        assertThat(purged.get("purgedAt").isNull()).isFalse();
        assertThat(purged.get("summary").get("summary").get("findingsByVerdict").toString()).contains("NON_COMPLIANT");
        assertThat(get(port, "/api/v1/runs/" + old + "/findings", centre).json().get("total").asLong()).isZero();
        assertThat(call(port, "POST", "/api/v1/runs/" + old + "/replay", null, null, centre).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM runs WHERE id = ? AND input IS NULL", Integer.class, old)).isEqualTo(1);
        assertThat(get(port, "/api/v1/runs/" + kept + "/findings", centre).json().get("total").asLong()).isEqualTo(70 * 33);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_trail WHERE action = 'runs-purged' AND detail LIKE ?", Integer.class,
                "%" + old + "%")).isEqualTo(1);
    }

    private List<String> allFindings(String id, String as, String filter) {
        List<String> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = get(port, "/api/v1/runs/" + id + "/findings?size=1000&page=" + page + filter, as).json();
            p.get("items").forEach(f -> out.add(f.get("caseId").asString() + " " + f.get("finding")));
            if (p.get("items").size() < 1000) {
                return out;
            }
        }
    }
}
