package kz.socialservices.checker.engine.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.socialservices.checker.engine.evaluation.CaseResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON report, streamed: {@code {"results": [...], "summary": {...}, "provenance": {...}}}.
 * Results come first so that a large run is never held in memory; the summary and provenance,
 * known only at the end, follow.
 */
public final class JsonReportWriter implements ReportWriter {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private final JsonGenerator json;

    public JsonReportWriter(OutputStream out, boolean pretty) throws IOException {
        this.json = generator(out, pretty);
        json.writeStartObject();
        json.writeName("results");
        json.writeStartArray();
    }

    /** A generator of the checker's JSON, indented for a person or compact for a machine. */
    public static JsonGenerator generator(OutputStream out, boolean pretty) {
        ObjectMapper mapper = pretty ? MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build() : MAPPER;
        return mapper.createGenerator(out);
    }

    @Override
    public void result(CaseResult result) {
        json.writePOJO(result);
    }

    @Override
    public void finish(RunSummary summary, Provenance provenance) {
        end(json, summaryView(summary), provenance);
    }

    /** Closes the streamed list of results, then writes what is known only at the end: the summary and the provenance. */
    public static void end(JsonGenerator json, Object summary, Object provenance) {
        json.writeEndArray();
        json.writeName("summary");
        json.writePOJO(summary);
        json.writeName("provenance");
        json.writePOJO(provenance);
        json.writeEndObject();
        json.flush();
    }

    /** The summary as the report shows it (also used by the API). */
    public static Map<String, Object> summaryView(RunSummary s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("input", new java.util.TreeMap<>(s.input()));
        out.put("rowsRead", s.rowsRead());
        out.put("rowsEvaluated", s.rowsEvaluated());
        out.put("rowsRejected", s.rowsRejected());
        out.put("findingsByVerdict", s.byVerdict());
        out.put("findingsByRequirement", s.byRequirement());
        out.put("errorCount", s.errorCount());
        out.put("errors", s.errors()); // RowError is {row, field, code, message}
        return out;
    }

    @Override
    public void close() {
        json.close();
    }
}
