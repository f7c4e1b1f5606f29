package kz.socialservices.checker.api.evaluation;

import static kz.socialservices.checker.api.HttpTestSupport.FIXTURES;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import kz.socialservices.checker.api.HttpTestSupport.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Over a thousand generated malformed or hostile inputs: every answer is a 4xx problem document or
 * a correct evaluation; never a 5xx, never an identifying value repeated back.
 */
// thousands of requests: their one-line logs would only bury the test output
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.kz.socialservices.checker.api.web.RequestLog=WARN")
class HostileInputTest {

    private static final String[] BAD_DATES = {"2021-13-01", "2021-02-30", "31.12.2021", "yesterday", "2021-1-1", "0000-00-00",
            "2021-03-05T10:00", "９９９９-01-01", "-1", "2021/03/05"};
    private static final String[] BAD_VALUES = {"ACCEPTED", "maybe", "yes", "1e9", "NaN", "null", "\u0000", "SOCIAL_SPORT",
            "ADMITTED;REFUSED", "|||", ";;;", "\"", "'"};
    private static final String[] INJECTIONS = {"=cmd|' /C calc'!A0", "+SUM(1,2)", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\")",
            "\t=1", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../etc/passwd", "%00"};
    private static final String[] IDENTIFYING_COLUMNS = {"full_name", "name", "surname", "iin", "phone", "address", "ФИО", "ИИН",
            "mobile", "email", "passport", "date_of_birth"};

    @LocalServerPort
    int port;

    private final Random random = new Random(1079);

    record Input(String contentType, byte[] body, List<String> secrets) {
    }

    @Test
    void a_thousand_hostile_inputs_get_a_problem_or_an_evaluation_and_never_an_echo() throws IOException {
        List<String> sample = Files.readAllLines(FIXTURES.resolve("sample/centre-register.csv"), StandardCharsets.UTF_8);
        String header = sample.get(0);
        List<String> rows = sample.subList(1, sample.size());
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 1100; i++) {
            inputs.add(generate(i, header, rows));
        }
        int problems = 0;
        int evaluations = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            String accept = random.nextInt(5) == 0 ? "text/csv" : "application/json";
            Answer a = post(port, "/api/v1/evaluations?asOf=2025-03-31", in.contentType(), accept, in.body());
            String what = "input " + i + " (" + in.contentType() + ")";
            assertThat(a.status()).as("%s answered %s", what, a.body().length() > 300 ? a.body().substring(0, 300) : a.body())
                    .isLessThan(500);
            for (String secret : in.secrets()) {
                assertThat(a.body()).as("%s must not echo identifying data", what).doesNotContain(secret);
            }
            if (a.status() >= 400) {
                assertThat(a.contentType()).as(what).startsWith("application/problem+json");
                JsonNode p = a.json();
                assertThat(p.get("status").asInt()).isEqualTo(a.status());
                assertThat(p.has("errors")).as(what).isTrue();
                problems++;
            } else {
                assertThat(a.status()).as(what).isEqualTo(200);
                if (a.contentType().startsWith("application/json")) {
                    JsonNode s = a.json().get("summary");
                    assertThat(s.get("rowsRead").asLong()).as(what)
                            .isEqualTo(s.get("rowsEvaluated").asLong() + s.get("rowsRejected").asLong());
                } else {
                    for (String line : a.body().split("\n")) {
                        for (String cell : line.split(",")) {
                            assertThat(cell).as("%s: an exported cell must not run as a formula", what).doesNotStartWith("=");
                        }
                    }
                }
                evaluations++;
            }
        }
        assertThat(problems).as("refused inputs").isGreaterThan(100);
        assertThat(evaluations).as("evaluated inputs").isGreaterThan(100);
    }

    private Input generate(int i, String header, List<String> rows) {
        List<String> columns = Arrays.asList(header.split(","));
        List<String> picked = new ArrayList<>();
        for (int r = 0; r < 1 + random.nextInt(4); r++) {
            picked.add(rows.get(random.nextInt(rows.size())));
        }
        return switch (i % 11) {
            case 0 -> csv(header, mutateCell(picked, columns, BAD_DATES, "date"), List.of());
            case 1 -> csv(header, mutateCell(picked, columns, BAD_VALUES, null), List.of());
            case 2 -> csv(header, mutateCell(picked, columns, INJECTIONS, null), List.of());
            case 3 -> csv(header, mutateCell(picked, columns, new String[] {"x".repeat(4001 + random.nextInt(20000))}, null), List.of());
            case 4 -> {
                String column = IDENTIFYING_COLUMNS[random.nextInt(IDENTIFYING_COLUMNS.length)];
                String secret = "Secret" + random.nextInt(1_000_000);
                List<String> withColumn = picked.stream().map(r -> r + "," + secret).toList();
                yield csv(header + "," + column, withColumn, List.of(secret));
            }
            case 5 -> {
                String iin = String.format("%06d%06d", random.nextInt(1_000_000), random.nextInt(1_000_000));
                String phone = "+7 7" + (10 + random.nextInt(89)) + " " + (100 + random.nextInt(899)) + " " + (10 + random.nextInt(89)) + " 12";
                String secret = random.nextBoolean() ? iin : phone;
                yield csv(header, mutateCell(picked, columns, new String[] {secret}, null), List.of(secret));
            }
            case 6 -> {
                byte[][] bodies = {new byte[0], "\uFEFF".getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8),
                        {(byte) 0xC3, (byte) 0x28, 0x0A}, "\"unterminated,quote\n".getBytes(StandardCharsets.UTF_8),
                        randomBytes(200), (header + "\n" + picked.get(0)).getBytes(StandardCharsets.UTF_16),
                        ("case_id,case_id\nA,B\n").getBytes(StandardCharsets.UTF_8), ",,,\n,,,\n".getBytes(StandardCharsets.UTF_8)};
                yield new Input("text/csv", bodies[random.nextInt(bodies.length)], List.of());
            }
            case 7 -> {
                String[] bodies = {"", "{}", "[", "[1,2,3]", "[null]", "\"text\"", "[{\"caseId\": {\"nested\": [1, {\"a\": 2}]}}]",
                        "[{\"caseId\": \"J1\", \"admissionDate\": 20210305}]", "[{\"caseId\": \"J1\", \"planMeasures\": \"SOCIAL_LEGAL\"}]",
                        "[{\"caseId\": \"J1\", \"planMeasures\": [{\"serviceType\": [\"x\"]}]}]", "[" + "[".repeat(2000) + "]".repeat(2000) + "]",
                        "[{\"caseId\": \"J1\", \"decision\": \"ADMITTED\", \"children\": [{\"birthYear\": \"twenty\"}]}]",
                        "[{\"caseId\": \"J1\", \"notes\": \"free text\"}]", "[{\"caseId\": null}]", "[{\"caseId\": \"" + "y".repeat(5000) + "\"}]"};
                yield new Input("application/json", bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8), List.of());
            }
            case 8 -> {
                String secret = String.format("%06d%06d", random.nextInt(1_000_000), random.nextInt(1_000_000));
                String column = IDENTIFYING_COLUMNS[random.nextInt(IDENTIFYING_COLUMNS.length)];
                String[] bodies = {"[{\"caseId\": \"J1\", \"extensionGrounds\": \"" + secret + "\"}]",
                        "[{\"caseId\": \"J1\", \"" + column + "\": \"Name" + secret + "\"}]"};
                yield new Input("application/json", bodies[random.nextInt(bodies.length)].getBytes(StandardCharsets.UTF_8), List.of(secret));
            }
            case 9 -> {
                String[] types = {"application/xml", "text/plain", "application/octet-stream", "image/png", "text/csv; charset=utf-16"};
                yield new Input(types[random.nextInt(types.length)], (header + "\n" + picked.get(0)).getBytes(StandardCharsets.UTF_8), List.of());
            }
            default -> {
                // a valid register with a row repeated: the repeat is rejected as a duplicate, the rest evaluated
                List<String> mutated = new ArrayList<>(picked);
                mutated.add(picked.get(0));
                yield csv(header, mutated, List.of());
            }
        };
    }

    private List<String> mutateCell(List<String> rows, List<String> columns, String[] values, String columnSuffix) {
        List<String> out = new ArrayList<>();
        for (String row : rows) {
            List<String> cells = new ArrayList<>(Arrays.asList(row.split(",", -1)));
            if (cells.size() != columns.size()) {
                out.add(row); // a row with quoted commas: leave it as it is
                continue;
            }
            int column;
            do {
                column = random.nextInt(columns.size());
            } while (columnSuffix != null && !columns.get(column).endsWith(columnSuffix));
            String value = values[random.nextInt(values.length)];
            cells.set(column, "\"" + value.replace("\"", "\"\"") + "\"");
            out.add(String.join(",", cells));
        }
        return out;
    }

    private Input csv(String header, List<String> rows, List<String> secrets) {
        return new Input("text/csv", (header + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8), secrets);
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

}
