package kz.socialservices.checker.engine.params;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.socialservices.checker.engine.Basis;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The editions of a standard; the one in force on a date is the latest-starting one covering it. */
public final class Editions {

    private final List<Edition> editions;

    public Editions(List<Edition> editions) {
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("a standard needs at least one edition");
        }
        this.editions = editions.stream().sorted(Comparator.comparing(Edition::from)).toList();
    }

    public static Editions read(InputStream yaml, String sourceName) throws IOException {
        JsonNode root = YAMLMapper.builder().build().readTree(yaml);
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(sourceName + ": expected a list of editions");
        }
        List<Edition> list = new ArrayList<>();
        for (JsonNode e : root) {
            JsonNode to = e.get("to");
            list.add(new Edition(
                    e.get("id").asString(),
                    LocalDate.parse(e.get("from").asString()),
                    to == null || to.isNull() ? null : LocalDate.parse(to.asString()),
                    e.path("legalBasis").asString(""),
                    e.path("notes").asString(""),
                    e.hasNonNull("requirementsBasis") ? Basis.valueOf(e.get("requirementsBasis").asString()) : null));
        }
        return new Editions(list);
    }

    public Optional<Edition> inForceOn(LocalDate date) {
        Edition found = null;
        for (Edition e : editions) {
            if (e.inForceOn(date)) {
                found = e; // sorted by start: the last match is the latest-starting
            }
        }
        return Optional.ofNullable(found);
    }

    public LocalDate firstStart() {
        return editions.get(0).from();
    }

    public List<Edition> all() {
        return editions;
    }
}
