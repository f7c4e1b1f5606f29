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

    /**
     * A finding's evidence as JSON, exactly as {@link #MAPPER} writes it: values of the kinds evidence
     * holds (text, numbers, booleans, dates, codes and lists of them) written directly, since a CSV
     * report writes one per finding; anything else, or text that needs escaping, through the mapper.
     */
    public static String evidenceJson(Map<String, Object> evidence) {
        StringBuilder out = new StringBuilder(64 + 24 * evidence.size());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : evidence.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            if (!plainString(e.getKey(), out) || !value(e.getValue(), out.append(':'))) {
                return MAPPER.writeValueAsString(evidence);
            }
        }
        return out.append('}').toString();
    }

    private static boolean value(Object v, StringBuilder out) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            return plainString(s, out);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof java.time.LocalDate d) {
            out.append('"').append(d).append('"');
        } else if (v instanceof Enum<?> e && e.getClass() == e.getDeclaringClass() && isPlainEnum(e)) {
            return plainString(e.name(), out);
        } else if (v instanceof java.util.Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object x : c) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                if (!value(x, out)) {
                    return false;
                }
            }
            out.append(']');
        } else {
            return false;
        }
        return true;
    }

    /** An enum written by its name: one that declares no method of its own (no toString, no annotation). */
    private static boolean isPlainEnum(Enum<?> e) {
        return PLAIN_ENUMS.get(e.getDeclaringClass());
    }

    private static final ClassValue<Boolean> PLAIN_ENUMS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            if (type.getDeclaredAnnotations().length > 0) {
                return false;
            }
            for (java.lang.reflect.Method m : type.getDeclaredMethods()) {
                if (m.getDeclaredAnnotations().length > 0 || m.getName().equals("toString")) {
                    return false;
                }
            }
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                if (f.getDeclaredAnnotations().length > 0) {
                    return false;
                }
            }
            return true;
        }
    };

    /** Text without a character JSON escapes, quoted; false (nothing written that matters) when it has one. */
    private static boolean plainString(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029 || c == 0x7f) {
                return false;
            }
        }
        out.append('"').append(s).append('"');
        return true;
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
