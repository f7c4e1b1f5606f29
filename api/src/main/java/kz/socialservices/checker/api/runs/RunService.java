package kz.socialservices.checker.api.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.socialservices.checker.api.accounts.Caller;
import kz.socialservices.checker.api.accounts.Role;
import kz.socialservices.checker.api.audittrail.AuditTrail;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.api.evaluation.Problems;
import kz.socialservices.checker.engine.Finding;
import kz.socialservices.checker.engine.Verdict;
import kz.socialservices.checker.engine.simulation.FindingChange;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.csv.RowError;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import kz.socialservices.checker.engine.report.JsonReportWriter;
import kz.socialservices.checker.engine.report.Provenance;
import kz.socialservices.checker.engine.report.ReportWriter;
import kz.socialservices.checker.engine.report.RunSummary;
import kz.socialservices.checker.standard.Case;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Stored runs: an evaluation kept with its provenance, findings, summary and register (for replay),
 * written in one transaction, so a run is visible whole or not at all; never changed afterwards.
 * A centre sees its own centre's runs and their case keys; the ministry sees every run's provenance
 * and summary (no case key); the other roles see none.
 */
@Service
public class RunService {

    /** A run as listed: provenance and summary, never a case. */
    public record Run(String id, String centreId, String createdBy, OffsetDateTime createdAt, LocalDate asOf, String language,
                      String engineVersion, String ruleSetHash, String parameterHash, String ruleSetArchive, List<String> editionsUsed,
                      String inputHash, String inputFormat, long rowsRead, long rowsEvaluated, long rowsRejected, JsonNode summary,
                      OffsetDateTime purgedAt) {
        public String location() {
            return "/api/v1/runs/" + id;
        }
    }

    /** A page of items and how many there are in all. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** Which findings to list: each filter optional. */
    public record FindingQuery(String requirement, String verdict, String severity, LocalDate dueFrom, LocalDate dueTo, int page, int size) {
    }

    /** A stored finding with the case it belongs to. */
    public record StoredFinding(String caseId, String centreId, JsonNode finding) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EvaluationService evaluations;
    private final RuleSetArchive archive;
    private final AuditTrail trail;

    RunService(JdbcTemplate jdbc, PlatformTransactionManager transactions, EvaluationService evaluations, RuleSetArchive archive,
               AuditTrail trail) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.evaluations = evaluations;
        this.archive = archive;
        this.trail = trail;
    }

    /**
     * Evaluates a spooled register for a centre and stores the run; returns once it is committed.
     * A row of another centre than the caller's is a row error (counted and listed, not judged).
     *
     * @param options how to read the register file; null for a JSON array of cases
     */
    public Run store(Caller caller, Path file, Registers.Options options, LocalDate asOf, String lang) throws IOException {
        if (!caller.is(Role.CENTRE)) {
            throw new Problems.ForbiddenException("only a centre stores runs");
        }
        String runId = UUID.randomUUID().toString();
        String archiveHash = archive.current();
        byte[] register = Files.readAllBytes(file);
        String inputHash = sha256(register);
        transaction.executeWithoutResult(status -> {
            RunRecorder recorder = new RunRecorder(jdbc, runId);
            jdbc.update("INSERT INTO runs (id, centre_id, created_by, created_at, as_of, language, engine_version, rule_set_hash, "
                            + "parameter_hash, rule_set_archive, editions_used, input_hash, input_format, input_encoding, input_sheet, "
                            + "rows_read, rows_evaluated, rows_rejected, summary, input) VALUES (?, ?, ?, ?, ?, ?, '', '', '', ?, '', ?, ?, ?, ?, 0, 0, 0, '{}', ?)",
                    runId, caller.centreId(), caller.name(), OffsetDateTime.now(ZoneOffset.UTC), asOf, lang, archiveHash, inputHash,
                    format(options), options == null || options.charset() == null ? null : options.charset().name(),
                    options == null ? null : options.sheet(), RuleSetArchive.gzip(register));
            RunSummary summary = evaluate(archiveHash, file, options, asOf, lang, runId, recorder, caller.centreId());
            Provenance p = recorder.provenance();
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("summary", JsonReportWriter.summaryView(summary));
            kept.put("provenance", p);
            jdbc.update("UPDATE runs SET engine_version = ?, rule_set_hash = ?, parameter_hash = ?, editions_used = ?, rows_read = ?, "
                            + "rows_evaluated = ?, rows_rejected = ?, summary = ? WHERE id = ?",
                    p.engineVersion(), p.ruleSetHash(), p.parameterHash(), String.join(",", p.editionsUsed()), summary.rowsRead(),
                    summary.rowsEvaluated(), summary.rowsRejected(), JsonReportWriter.MAPPER.writeValueAsString(kept), runId);
        });
        trail.record(caller.name(), "run-stored", runId, "centre=" + caller.centreId() + " asOf=" + asOf);
        return find(runId);
    }

    private RunSummary evaluate(String archiveHash, Path file, Registers.Options options, LocalDate asOf, String lang, String runId,
                                ReportWriter writer, String centre) {
        try {
            return evaluations.run(archive.evaluator(archiveHash), file, options, asOf, lang, runId, writer, ownCentreOnly(centre));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A centre's register holds its own cases only: any other row is a row error naming the field, not the value. */
    public static UnaryOperator<CsvCaseReader.Row<Case>> ownCentreOnly(String centre) {
        return row -> row.rejected() || centre.equals(row.value().centreId()) ? row
                : new CsvCaseReader.Row<>(row.number(), null, List.of(new RowError(row.number(), "centre_id", "other_centre",
                        "the row is not of this account's centre; a centre stores its own cases only")));
    }

    /**
     * Each centre's latest run as of a date (the latest as-of date not after it, then the latest stored), its register
     * not purged: what the ministry audits and a drafter simulates over, pooled.
     */
    public PooledRegisters latestRegisters(LocalDate asOf) {
        List<PooledRegisters.Source> sources = jdbc.query("SELECT r.id, r.centre_id, r.input, r.input_format, r.input_encoding, r.input_sheet "
                        + "FROM runs r WHERE r.purged_at IS NULL AND r.as_of <= ? AND NOT EXISTS (SELECT 1 FROM runs l "
                        + "WHERE l.centre_id = r.centre_id AND l.purged_at IS NULL AND l.as_of <= ? AND (l.as_of > r.as_of "
                        + "OR (l.as_of = r.as_of AND (l.created_at > r.created_at OR (l.created_at = r.created_at AND l.id > r.id))))) "
                        + "ORDER BY r.centre_id",
                (rs, i) -> new PooledRegisters.Source(rs.getString(1), rs.getString(2), rs.getBytes(3),
                        options(rs.getString(4), rs.getString(5), rs.getString(6))), asOf, asOf);
        return new PooledRegisters(sources, evaluations);
    }

    /** The runs the caller may see, newest first. */
    public Page<Run> list(Caller caller, String centre, int page, int size) {
        String where;
        List<Object> args = new ArrayList<>();
        if (caller.is(Role.CENTRE)) {
            where = " WHERE centre_id = ?";
            args.add(caller.centreId());
        } else if (caller.is(Role.MINISTRY)) {
            where = centre == null || centre.isBlank() ? "" : " WHERE centre_id = ?";
            if (!where.isEmpty()) {
                args.add(centre);
            }
        } else {
            throw new Problems.ForbiddenException("this role sees no runs");
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM runs" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add((long) page * size);
        paged.add(size);
        List<Run> items = jdbc.query("SELECT * FROM runs" + where + " ORDER BY created_at DESC, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                RunService::run, paged.toArray());
        trail.record(caller.name(), "runs-listed", centre == null ? "" : centre, "page=" + page);
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    /** One run, if the caller may see it; another centre's run is not found (its existence is not revealed). */
    public Run get(Caller caller, String id) {
        Run run = find(id);
        if (caller.is(Role.CENTRE) ? !caller.centreId().equals(run.centreId()) : !caller.is(Role.MINISTRY)) {
            throw new Problems.NotFoundException("no run " + id);
        }
        trail.record(caller.name(), "run-read", id, "");
        return run;
    }

    /** A run's findings with their case keys: for its own centre only. */
    public Page<StoredFinding> findings(Caller caller, String id, FindingQuery q) {
        ownRun(caller, id);
        StringBuilder where = new StringBuilder(" WHERE f.run_id = ?");
        List<Object> args = new ArrayList<>(List.of(id));
        if (q.requirement() != null) {
            where.append(" AND f.requirement = ?");
            args.add(q.requirement());
        }
        if (q.verdict() != null) {
            where.append(" AND f.verdict = ?");
            args.add(q.verdict());
        }
        if (q.severity() != null) {
            where.append(" AND f.severity = ?");
            args.add(q.severity());
        }
        if (q.dueFrom() != null) {
            where.append(" AND f.due_date >= ?");
            args.add(q.dueFrom());
        }
        if (q.dueTo() != null) {
            where.append(" AND f.due_date <= ?");
            args.add(q.dueTo());
        }
        String from = " FROM run_findings f JOIN run_cases c ON c.run_id = f.run_id AND c.case_seq = f.case_seq";
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + from + where, Long.class, args.toArray());
        args.add((long) q.page() * q.size());
        args.add(q.size());
        List<StoredFinding> items = jdbc.query("SELECT c.case_id, c.centre_id, f.finding" + from + where
                        + " ORDER BY f.case_seq, f.position OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                (rs, i) -> new StoredFinding(rs.getString(1), rs.getString(2), JsonReportWriter.MAPPER.readTree(rs.getString(3))), args.toArray());
        trail.record(caller.name(), "findings-read", id, "page=" + q.page() + filters(q));
        return new Page<>(items, q.page(), q.size(), total == null ? 0 : total);
    }

    private static String filters(FindingQuery q) {
        return (q.requirement() == null ? "" : " requirement=" + q.requirement()) + (q.verdict() == null ? "" : " verdict=" + q.verdict())
                + (q.severity() == null ? "" : " severity=" + q.severity());
    }

    /**
     * Judges a run's register again under the rule set it was judged with (rebuilt from the archive after an
     * upgrade), as of the same date, and compares every finding with the stored one.
     */
    public Map<String, Object> replay(Caller caller, String id) throws IOException {
        Run run = ownRun(caller, id);
        if (run.purgedAt() != null) {
            throw new Problems.NotReadyException("the run's register was purged under the retention period; its summary is kept");
        }
        Path file = Files.createTempFile("replay", ".register");
        try {
            byte[] register = jdbc.queryForObject("SELECT input FROM runs WHERE id = ?", (rs, i) -> rs.getBytes(1), id);
            Files.write(file, RuleSetArchive.gunzip(register));
            Comparison comparison = new Comparison(storedFindings(id));
            evaluate(run.ruleSetArchive(), file, options(id), run.asOf(), run.language(), id, comparison, run.centreId());
            trail.record(caller.name(), "run-replayed", id, comparison.differences.isEmpty() ? "identical" : "differences=" + comparison.differing);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("runId", id);
            out.put("ruleSetHash", run.ruleSetHash());
            out.put("ruleSetArchive", run.ruleSetArchive());
            out.put("identical", comparison.differing == 0 && comparison.compared == comparison.stored.size() && comparison.extra == 0);
            out.put("findingsStored", comparison.stored.size());
            out.put("findingsCompared", comparison.compared);
            out.put("findingsDifferent", comparison.differing);
            out.put("differences", comparison.differences);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Compares replayed findings, in order, with the stored ones. */
    private static final class Comparison implements ReportWriter {
        final List<String[]> stored;
        final List<Map<String, Object>> differences = new ArrayList<>();
        int compared;
        int differing;
        int extra;

        Comparison(List<String[]> stored) {
            this.stored = stored;
        }

        @Override
        public void result(CaseResult result) {
            for (Finding f : result.findings()) {
                String json = JsonReportWriter.MAPPER.writeValueAsString(f);
                if (compared >= stored.size()) {
                    extra++;
                    continue;
                }
                String[] s = stored.get(compared++);
                if (!s[1].equals(result.caseId()) || !s[2].equals(json)) {
                    differing++;
                    if (differences.size() < 100) {
                        differences.add(Map.of("caseId", result.caseId(), "requirement", f.requirement(), "replayedVerdict", f.verdict().name(),
                                "storedFinding", JsonReportWriter.MAPPER.readTree(s[2])));
                    }
                }
            }
        }

        @Override
        public void finish(RunSummary summary, Provenance provenance) {
        }

        @Override
        public void close() {
        }
    }

    private List<String[]> storedFindings(String id) {
        return jdbc.query("SELECT f.requirement, c.case_id, f.finding FROM run_findings f JOIN run_cases c ON c.run_id = f.run_id "
                        + "AND c.case_seq = f.case_seq WHERE f.run_id = ? ORDER BY f.case_seq, f.position",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, id);
    }

    private Registers.Options options(String id) {
        return jdbc.queryForObject("SELECT input_format, input_encoding, input_sheet FROM runs WHERE id = ?",
                (rs, i) -> options(rs.getString(1), rs.getString(2), rs.getString(3)), id);
    }

    /** How a stored register is read again: as it was read when stored; null for JSON cases. */
    private static Registers.Options options(String format, String encoding, String sheet) {
        if ("json".equals(format)) {
            return null;
        }
        return new Registers.Options(encoding == null ? null : java.nio.charset.Charset.forName(encoding), sheet, "xlsx".equals(format));
    }

    /**
     * What changed from one of a centre's runs to a later one: per requirement, how many findings moved from
     * one verdict to another (counted as a simulation counts its flips), and the cases new and gone.
     */
    public record Changes(String earlier, String later, Map<String, Map<String, Integer>> transitions, List<String> newCases,
                          List<String> goneCases) {
        public boolean none() {
            return transitions.isEmpty() && newCases.isEmpty() && goneCases.isEmpty();
        }
    }

    /** Compares two runs of the caller's own centre (another centre's is not found); the comparison is in the audit trail. */
    public Changes changes(Caller caller, String earlierId, String laterId) {
        ownRun(caller, earlierId);
        ownRun(caller, laterId);
        Map<String, Map<String, String>> before = verdicts(earlierId);
        Map<String, Map<String, String>> after = verdicts(laterId);
        Map<String, Map<String, Integer>> transitions = new java.util.TreeMap<>();
        for (var c : after.entrySet()) {
            Map<String, String> was = before.get(c.getKey());
            if (was == null) {
                continue; // a new case: listed as new, not as flips
            }
            java.util.Set<String> requirements = new java.util.TreeSet<>(was.keySet());
            requirements.addAll(c.getValue().keySet());
            for (String requirement : requirements) {
                Verdict from = verdict(was.get(requirement));
                Verdict to = verdict(c.getValue().get(requirement));
                if (FindingChange.changes(from, to)) {
                    transitions.computeIfAbsent(requirement, r -> new java.util.TreeMap<>()).merge(FindingChange.transition(from, to), 1, Integer::sum);
                }
            }
        }
        List<String> added = after.keySet().stream().filter(k -> !before.containsKey(k)).sorted().toList();
        List<String> gone = before.keySet().stream().filter(k -> !after.containsKey(k)).sorted().toList();
        trail.record(caller.name(), "runs-compared", earlierId + "," + laterId, "");
        return new Changes(earlierId, laterId, transitions, added, gone);
    }

    private static Verdict verdict(String name) {
        return name == null ? null : Verdict.valueOf(name);
    }

    /** case key -> requirement -> verdict of a run. */
    private Map<String, Map<String, String>> verdicts(String runId) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        jdbc.query("SELECT c.case_id, f.requirement, f.verdict FROM run_cases c LEFT JOIN run_findings f ON f.run_id = c.run_id AND f.case_seq = c.case_seq "
                + "WHERE c.run_id = ?", rs -> {
            Map<String, String> byRequirement = out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>());
            if (rs.getString(2) != null) {
                byRequirement.put(rs.getString(2), rs.getString(3));
            }
        }, runId);
        return out;
    }

    private Run ownRun(Caller caller, String id) {
        Run run = find(id);
        if (!caller.seesCasesOf(run.centreId())) {
            throw new Problems.NotFoundException("no run " + id);
        }
        return run;
    }

    Run find(String id) {
        return jdbc.query("SELECT * FROM runs WHERE id = ?", RunService::run, id).stream().findFirst()
                .orElseThrow(() -> new Problems.NotFoundException("no run " + id));
    }

    private static String format(Registers.Options options) {
        return options == null ? "json" : options.workbook() ? "xlsx" : "csv";
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        String editions = rs.getString("editions_used");
        return new Run(rs.getString("id"), rs.getString("centre_id"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("as_of", LocalDate.class), rs.getString("language"), rs.getString("engine_version"), rs.getString("rule_set_hash"),
                rs.getString("parameter_hash"), rs.getString("rule_set_archive"), editions.isEmpty() ? List.of() : List.of(editions.split(",")),
                rs.getString("input_hash"), rs.getString("input_format"), rs.getLong("rows_read"), rs.getLong("rows_evaluated"),
                rs.getLong("rows_rejected"), JsonReportWriter.MAPPER.readTree(rs.getString("summary")),
                rs.getObject("purged_at", OffsetDateTime.class));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
