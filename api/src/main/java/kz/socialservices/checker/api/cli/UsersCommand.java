package kz.socialservices.checker.api.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import kz.socialservices.checker.api.accounts.Account;
import kz.socialservices.checker.api.accounts.AccountService;
import kz.socialservices.checker.api.accounts.Role;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code users add|list|disable}: accounts, for scripts (the API's /api/v1/accounts does the same for an administrator). */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manages accounts in the data directory's database.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.Disable.class})
final class UsersCommand {

    static final String ACTOR = "command-line";

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account; its password is read from stdin (one line).")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "The login (letters, digits, '.', '-', '_'; never a person's name).")
        String name;

        @Option(names = "--role", required = true, description = "CENTRE, MINISTRY, DRAFTER or ADMIN.")
        Role role;

        @Option(names = "--centre", paramLabel = "CENTRE-ID", description = "The centre of a CENTRE account.")
        String centre;

        @Option(names = "--password-stdin", required = true, description = "Read the password from stdin (never from the command line).")
        boolean passwordStdin;

        @Mixin
        DataDirOption data;

        @Override
        public Integer call() throws Exception {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            try (ConfigurableApplicationContext app = StoredData.open(data.springArguments())) {
                Account a = app.getBean(AccountService.class).create(name, role, centre, password, ACTOR);
                System.out.println("added " + a.name() + " " + a.role() + (a.centreId() == null ? "" : " " + a.centreId()));
                return 0;
            } catch (AccountService.AccountException e) {
                System.err.println(e.getMessage());
                return kz.socialservices.checker.api.cli.Cli.USAGE;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts: name, role, centre, state.")
    static final class ListAccounts implements Callable<Integer> {
        @Mixin
        DataDirOption data;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = StoredData.open(data.springArguments())) {
                for (Account a : app.getBean(AccountService.class).list()) {
                    System.out.println(String.join("\t", a.name(), a.role().name(), a.centreId() == null ? "-" : a.centreId(),
                            a.enabled() ? "enabled" : "disabled"));
                }
                return 0;
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables an account: no sign-in, its tokens stop working.")
    static final class Disable implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        DataDirOption data;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext app = StoredData.open(data.springArguments())) {
                app.getBean(AccountService.class).disable(name, ACTOR);
                System.out.println("disabled " + name);
                return 0;
            } catch (AccountService.AccountException e) {
                System.err.println(e.getMessage());
                return kz.socialservices.checker.api.cli.Cli.USAGE;
            }
        }
    }
}
