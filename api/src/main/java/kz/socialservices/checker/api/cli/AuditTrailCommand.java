package kz.socialservices.checker.api.cli;

import java.util.concurrent.Callable;
import kz.socialservices.checker.api.audittrail.AuditTrail;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code audit-trail verify}: walks the chain; exit 0 when intact, 1 naming the first entry edited, deleted, inserted or reordered. */
@Command(name = "audit-trail", mixinStandardHelpOptions = true, description = "The audit trail of the stored data.",
        subcommands = AuditTrailCommand.Verify.class)
final class AuditTrailCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Checks the hash chain; names the first entry that was edited, deleted, inserted or reordered.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataDirOption data;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = StoredData.open(data.springArguments())) {
                AuditTrail.Verification v = app.getBean(AuditTrail.class).verify();
                (v.intact() ? System.out : System.err).println(v.describe());
                return v.intact() ? Cli.EVALUATED : Cli.REFUSED;
            }
        }
    }
}
