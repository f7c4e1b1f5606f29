package kz.socialservices.checker.api.runs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.engine.EngineVersion;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Hashing;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.DvStandard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule sets archived by content: every text the standard is built from (rules, catalogue, messages,
 * parameters, editions, calendars), under the SHA-256 of them all. A run names the archive it was judged
 * under, so a replay after an upgrade rebuilds that standard, not today's.
 */
@Service
class RuleSetArchive {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final EvaluationService evaluations;
    private final String currentHash;
    private final Map<String, String> currentSources;
    private final Map<String, Evaluator<Case>> built = new ConcurrentHashMap<>();
    private volatile boolean currentArchived;

    RuleSetArchive(JdbcTemplate jdbc, EvaluationService evaluations, @Value("${checker.calendar-dir:}") String calendarDir) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.currentSources = DvStandard.sources(calendarDir.isBlank() ? null : Path.of(calendarDir.strip()));
        this.currentHash = Hashing.sha256(currentSources);
        built.put(currentHash, evaluations.evaluator());
    }

    /** The archive of the standard the server runs, stored if it is not yet. */
    String current() {
        if (!currentArchived) {
            Standard<Case> s = evaluations.standard();
            Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM rule_sets WHERE archive_hash = ?", Integer.class, currentHash);
            if (n == null || n == 0) {
                try {
                    jdbc.update("INSERT INTO rule_sets (archive_hash, rule_set_hash, parameter_hash, engine_version, sources, archived_at) "
                                    + "VALUES (?, ?, ?, ?, ?, ?)", currentHash, s.rules().hash(), s.parameterHash(), EngineVersion.get(),
                            gzip(JSON.writeValueAsBytes(currentSources)), OffsetDateTime.now(ZoneOffset.UTC));
                } catch (org.springframework.dao.DuplicateKeyException raced) {
                    // archived by a concurrent store: the same content
                }
            }
            currentArchived = true;
        }
        return currentHash;
    }

    /** The evaluator of an archived rule set: today's when it is today's, else rebuilt from its texts (once). */
    Evaluator<Case> evaluator(String archiveHash) {
        return built.computeIfAbsent(archiveHash, hash -> {
            List<byte[]> found = jdbc.query("SELECT sources FROM rule_sets WHERE archive_hash = ?", (rs, i) -> rs.getBytes(1), hash);
            if (found.isEmpty()) {
                throw new IllegalStateException("the rule set " + hash + " is not in the archive");
            }
            Map<String, String> sources = JSON.readValue(gunzip(found.get(0)), new TypeReference<LinkedHashMap<String, String>>() { });
            return new Evaluator<>(DvStandard.fromSources(sources));
        });
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
