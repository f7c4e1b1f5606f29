package kz.socialservices.checker.api.simulation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.LongConsumer;
import kz.socialservices.checker.api.evaluation.EvaluationService;
import kz.socialservices.checker.api.evaluation.Problems;
import kz.socialservices.checker.engine.csv.CsvCaseReader;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.engine.simulation.ParameterSweep;
import kz.socialservices.checker.standard.Case;
import org.springframework.stereotype.Service;

/**
 * Parameter sweeps for the API and the drafter's page: a register read once within the evaluation
 * service's limits, judged per value ({@link ParameterSweep}); only figures are kept, never a case.
 */
@Service
public class SweepService {

    private final EvaluationService registers;

    public SweepService(EvaluationService registers) {
        this.registers = registers;
    }

    /** The sweep checked (400 naming what is wrong) before the register is read. */
    public ParameterSweep<Case> prepare(String spec, LocalDate appliedFrom) {
        try {
            return new ParameterSweep<>(registers.standard(), ParameterSweep.Range.parse(spec), appliedFrom);
        } catch (IllegalArgumentException e) {
            throw new Problems.BadRequestException(e.getMessage());
        }
    }

    public ParameterSweep.SweepResult run(ParameterSweep<Case> sweep, Path register, Registers.Options options, LocalDate asOf,
                                          LongConsumer progress) throws IOException {
        try (CsvCaseReader<Case> reader = registers.openRegister(register, options)) { // refused whole first: 422/400/413
            return sweep.run(reader, reader.detected(), asOf, progress);
        }
    }

    public Path spool(java.io.InputStream body) throws IOException {
        return kz.socialservices.checker.api.evaluation.RegisterRequests.spoolNonEmpty(registers, body);
    }
}
