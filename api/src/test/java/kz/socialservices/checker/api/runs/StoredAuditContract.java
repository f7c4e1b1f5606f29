package kz.socialservices.checker.api.runs;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.bearer;
import static kz.socialservices.checker.api.HttpTestSupport.call;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ministry's audit over each centre's latest stored run, and a drafter's simulation over them pooled, give the
 * figures the same rows give in one file; an older run of a centre, or one stored after the date, is not counted.
 * Each database (the subclasses) holds only this test's runs.
 */
abstract class StoredAuditContract {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private String token(Role role, String centre) {
        String name = "sa-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, role, centre, accounts.randomPassword(), "test");
        return bearer(accounts.issueToken(name, "test", "test"));
    }

    @Test
    void the_audit_and_the_simulation_over_the_latest_stored_runs_equal_those_over_the_same_rows_in_one_file() throws Exception {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("sample/centre-register.csv"));
        String header = lines.get(0);
        List<String> rows = lines.subList(1, lines.size());
        String first = join(header, rows);
        List<String> otherRows = new ArrayList<>();
        rows.subList(0, 40).forEach(r -> otherRows.add(r.replace("KC-KRG-01", "KC-OTH-02").replaceFirst("^KRG-", "OTH-")));
        String second = join(header, otherRows);

        String centreA = token(Role.CENTRE, "KC-KRG-01");
        String centreB = token(Role.CENTRE, "KC-OTH-02");
        // older and partial: replaced by the later run of the same centre
        assertThat(store(join(header, rows.subList(0, 20)), "2025-01-31", centreA)).isEqualTo(201);
        assertThat(store(first, "2025-03-31", centreA)).isEqualTo(201);
        assertThat(store(second, "2025-03-31", centreB)).isEqualTo(201);
        // judged as of a later date than the audit's: not the latest "as of" it
        assertThat(store(join(header, rows.subList(0, 10)), "2025-06-30", centreA)).isEqualTo(201);

        String pooledFile = first + second.substring(second.indexOf('\n') + 1);
        String ministry = token(Role.MINISTRY, null);
        String query = "?by=centre&asOf=2025-03-31&minCell=3";
        JsonNode stored = call(port, "POST", "/api/v1/audits/stored" + query, null, null, ministry).json();
        JsonNode file = post(port, "/api/v1/audits" + query, "text/csv", "application/json", pooledFile.getBytes(StandardCharsets.UTF_8), ministry).json();
        assertThat(withoutRunIdentity(stored)).isEqualTo(withoutRunIdentity(file));
        assertThat(stored.toString()).contains("KC-OTH-02").contains("KC-KRG-01");

        String drafter = token(Role.DRAFTER, null);
        String simulation = "?amendment=asm-02-seven-days&asOf=2025-03-31";
        JsonNode simulatedStored = call(port, "POST", "/api/v1/simulations/stored" + simulation, null, null, drafter).json();
        JsonNode simulatedFile = post(port, "/api/v1/simulations" + simulation, "text/csv", "application/json",
                pooledFile.getBytes(StandardCharsets.UTF_8), drafter).json();
        assertThat(simulatedStored.get("summary").get("rowsEvaluated").asLong()).isEqualTo(110);
        assertThat(withoutRunIdentity(simulatedStored)).isEqualTo(withoutRunIdentity(simulatedFile));
        for (String row : pooledFile.split("\n")) {
            String key = row.split(",")[0];
            if (!key.equals("case_id")) {
                assertThat(simulatedStored.toString()).doesNotContain("\"" + key + "\"");
            }
        }
    }

    private int store(String csv, String asOf, String as) {
        return post(port, "/api/v1/runs?asOf=" + asOf, "text/csv", "application/json", csv.getBytes(StandardCharsets.UTF_8), as).status();
    }

    private static String join(String header, List<String> rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    /** The figures, without what names the request itself (its run id) or how its rows came (a file's dialect, or stored runs). */
    private static JsonNode withoutRunIdentity(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("runId", "input", "generatedAt"));
            o.properties().forEach(e -> strip(e.getValue()));
        } else if (node != null && node.isArray()) {
            node.forEach(StoredAuditContract::strip);
        }
    }
}
