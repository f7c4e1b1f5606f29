package kz.socialservices.checker.engine.simulation;

import java.io.IOException;

/** Writes a simulation as it runs: each changed case, then what is known only at the end. */
public interface SimulationWriter extends AutoCloseable {

    void changed(CaseDiff diff) throws IOException;

    void finish(SimulationSummary summary, SimulationProvenance provenance) throws IOException;

    @Override
    void close() throws IOException;
}
