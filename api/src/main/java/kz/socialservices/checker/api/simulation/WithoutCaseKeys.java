package kz.socialservices.checker.api.simulation;

import java.io.IOException;
import kz.socialservices.checker.engine.simulation.CaseDiff;
import kz.socialservices.checker.engine.simulation.SimulationProvenance;
import kz.socialservices.checker.engine.simulation.SimulationSummary;
import kz.socialservices.checker.engine.simulation.SimulationWriter;

/** A simulation's flips for a role that may not see case keys: each changed case numbered in order (#1, #2, ...) instead. */
final class WithoutCaseKeys implements SimulationWriter {

    private final SimulationWriter delegate;
    private long changed;

    WithoutCaseKeys(SimulationWriter delegate) {
        this.delegate = delegate;
    }

    @Override
    public void changed(CaseDiff diff) throws IOException {
        delegate.changed(new CaseDiff("#" + (++changed), diff.centreId(), diff.dimensions(), diff.changes()));
    }

    @Override
    public void finish(SimulationSummary summary, SimulationProvenance provenance) throws IOException {
        delegate.finish(summary, provenance);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
