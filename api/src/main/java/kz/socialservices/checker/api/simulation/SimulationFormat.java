package kz.socialservices.checker.api.simulation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import kz.socialservices.checker.engine.simulation.AmendedStandard;
import kz.socialservices.checker.engine.simulation.SimulationCsvWriter;
import kz.socialservices.checker.engine.simulation.SimulationJsonWriter;
import kz.socialservices.checker.engine.simulation.SimulationMemo;
import kz.socialservices.checker.engine.simulation.SimulationWriter;

/** The forms a simulation is written in, for the command line and the API alike. */
public enum SimulationFormat {
    /** Every changed case with its findings before and after, the counts, rates and provenance. */
    json("application/json"),
    /** One row per changed finding. */
    csv("text/csv"),
    /** The memo a drafter pastes into a note (no case named). */
    text("text/plain");

    private final String mediaType;

    SimulationFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public SimulationWriter writer(OutputStream out, String lang, AmendedStandard<?> amendment) throws IOException {
        return switch (this) {
            case json -> new SimulationJsonWriter(out, true);
            case csv -> new SimulationCsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            case text -> new SimulationMemo(new OutputStreamWriter(out, StandardCharsets.UTF_8), lang,
                    amendment.standard().messages().labels());
        };
    }
}
