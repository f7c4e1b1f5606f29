package kz.socialservices.checker.engine.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.socialservices.checker.engine.Basis;
import kz.socialservices.checker.engine.Severity;
import kz.socialservices.checker.engine.Verdict;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The requirement catalogue: every requirement's id, basis, severity, anchor and parameters. */
public final class RequirementCatalogue {

    private final Map<String, Requirement> byId;

    public RequirementCatalogue(List<Requirement> requirements) {
        Map<String, Requirement> map = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            if (map.put(r.id(), r) != null) {
                throw new IllegalArgumentException("requirement " + r.id() + " is listed twice");
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    public static RequirementCatalogue read(InputStream yaml, String sourceName) throws IOException {
        JsonNode root = YAMLMapper.builder().build().readTree(yaml);
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(sourceName + ": expected a list of requirements");
        }
        return new RequirementCatalogue(entries(root, sourceName));
    }

    /** Catalogue entries from a YAML list (the catalogue file, or an amendment package's requirements). */
    public static List<Requirement> entries(JsonNode list, String sourceName) {
        List<Requirement> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(entry(n, sourceName));
        }
        return out;
    }

    private static Requirement entry(JsonNode n, String sourceName) {
        String id = req(n, "id", sourceName);
        String where = sourceName + ": " + id;
        JsonNode dl = n.get("deadline");
        Requirement.Deadline deadline = dl == null || dl.isNull() ? null
                : new Requirement.Deadline(req(dl, "from", where), req(dl, "parameter", where));
        List<String> params = new ArrayList<>();
        n.path("parameters").forEach(p -> params.add(p.asString()));
        EnumSet<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        n.path("verdicts").forEach(v -> verdicts.add(enumOf(Verdict.class, v.asString(), where + ": verdicts")));
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException(where + ": list the verdicts it can give");
        }
        return new Requirement(id, req(n, "chapter", where), req(n, "title", where),
                enumOf(Basis.class, req(n, "basis", where), where + ": basis"), req(n, "source", where),
                enumOf(Severity.class, req(n, "severity", where), where + ": severity"), req(n, "appliesTo", where),
                req(n, "anchor", where), enumOf(Verdict.class, n.path("withoutAnchor").asString("UNDETERMINED"), where + ": withoutAnchor"),
                deadline, List.copyOf(params), verdicts);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String req(JsonNode n, String field, String where) {
        JsonNode f = n.get(field);
        if (f == null || f.isNull() || f.asString().isBlank()) {
            throw new IllegalArgumentException(where + ": missing '" + field + "'");
        }
        return f.asString();
    }

    public Collection<Requirement> all() {
        return byId.values();
    }

    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Requirement get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown requirement '" + id + "'"));
    }
}
