package kz.socialservices.checker.engine.params;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.calendar.LimitUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The parameters of a standard, each with its values by start date (as in OpenFisca). Read from a
 * YAML file of the form
 * <pre>
 * assessment.deadline_days:
 *   description: ...
 *   unit: calendar_days
 *   values:
 *     2017-01-20: {value: 3, basis: SEED, source: "..."}
 * </pre>
 */
public final class ParameterSet {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Map<String, Parameter> parameters;

    public ParameterSet(Map<String, Parameter> parameters) {
        this.parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static ParameterSet read(InputStream yaml, String sourceName) throws IOException {
        JsonNode root = YAML.readTree(yaml);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(sourceName + ": expected a map of parameters");
        }
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            out.put(e.getKey(), parseParameter(sourceName, e.getKey(), e.getValue()));
        }
        return new ParameterSet(out);
    }

    private static Parameter parseParameter(String file, String name, JsonNode node) {
        String where = file + ": parameter " + name;
        String unitName = text(node, "unit", where);
        LimitUnit unit;
        try {
            unit = LimitUnit.fromName(unitName);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(where + ": unknown unit '" + unitName + "'");
        }
        JsonNode values = node.get("values");
        if (values == null || !values.isObject() || values.isEmpty()) {
            throw new IllegalArgumentException(where + ": needs 'values' by start date");
        }
        TreeMap<LocalDate, ParameterValue> byDate = new TreeMap<>();
        for (Map.Entry<String, JsonNode> v : values.properties()) {
            LocalDate from;
            try {
                from = LocalDate.parse(v.getKey());
            } catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(where + ": '" + v.getKey() + "' is not a start date (yyyy-MM-dd)");
            }
            JsonNode val = v.getValue();
            String vwhere = where + " from " + from;
            Basis basis;
            try {
                basis = Basis.valueOf(text(val, "basis", vwhere));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(vwhere + ": basis must be one of " + java.util.Arrays.toString(Basis.values()));
            }
            String source = text(val, "source", vwhere);
            byDate.put(from, new ParameterValue(from, value(val.get("value"), unit, vwhere), basis, source));
        }
        return new Parameter(name, text(node, "description", where), unit, byDate);
    }

    /** A value as a parameter file writes it, checked against its unit (a list, or a whole non-negative number). */
    public static Object value(JsonNode v, LimitUnit unit, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (unit == LimitUnit.LIST) {
            if (!v.isArray()) {
                throw new IllegalArgumentException(where + ": a list value is needed");
            }
            List<String> items = new ArrayList<>();
            v.forEach(item -> items.add(item.asString()));
            return List.copyOf(items);
        }
        if (!v.isIntegralNumber() || v.asInt() < 0) {
            throw new IllegalArgumentException(where + ": a whole non-negative number is needed");
        }
        return v.asInt();
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode f = node.get(field);
        if (f == null || f.isNull() || f.asString().isBlank()) {
            throw new IllegalArgumentException(where + ": missing '" + field + "'");
        }
        return f.asString();
    }

    /** These parameters with some replaced or added (an amendment's), in this set's order, new ones last. */
    public ParameterSet with(Map<String, Parameter> changed) {
        Map<String, Parameter> out = new LinkedHashMap<>(parameters);
        out.putAll(changed);
        return new ParameterSet(out);
    }

    public Parameter get(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        return p;
    }

    public boolean has(String name) {
        return parameters.containsKey(name);
    }

    public Collection<Parameter> all() {
        return parameters.values();
    }
}
