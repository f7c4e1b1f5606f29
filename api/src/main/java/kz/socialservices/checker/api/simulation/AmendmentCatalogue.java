package kz.socialservices.checker.api.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.AmendmentPackage;
import kz.socialservices.checker.engine.simulation.Amendments;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.DvStandard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The amendment packages the server offers: the shipped ones, and those of the directory the
 * administrator configures ({@code checker.amendments-dir}), the only packages whose rules (DRL) run
 * here. Each is read at start-up, and the administrator's are applied then too, so a broken one stops
 * the server naming its place.
 */
@Component
public class AmendmentCatalogue {

    private final Amendments<Case> amendments;
    private final Map<String, AmendmentPackage> packages = new LinkedHashMap<>();

    public AmendmentCatalogue(Standard<Case> standard, @Value("${checker.amendments-dir:}") String dir) {
        this.amendments = new Amendments<>(standard);
        DvStandard.shippedAmendments().forEach(p -> packages.put(p.id(), p));
        if (!dir.isBlank()) {
            try {
                DvStandard.amendmentsDir(Path.of(dir.strip())).forEach((id, p) -> {
                    if (packages.putIfAbsent(id, p) != null) {
                        throw new IllegalStateException("checker.amendments-dir: " + id + " is already a shipped package");
                    }
                    // Refused here, naming the place, not at a drafter's first request. (The shipped ones are
                    // applied by the build's own tests, so start-up does not build their rule bases.)
                    amendments.apply(List.of(p), null);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("checker.amendments-dir=" + dir + " cannot be read", e);
            }
        }
    }

    public List<AmendmentPackage> all() {
        return List.copyOf(packages.values());
    }

    public Optional<AmendmentPackage> find(String id) {
        return Optional.ofNullable(packages.get(id));
    }

    /** The standard with these packages applied (built once per content). */
    public AmendedStandard<Case> apply(List<AmendmentPackage> chosen, LocalDate inForceFrom) {
        return amendments.apply(new ArrayList<>(chosen), inForceFrom);
    }
}
