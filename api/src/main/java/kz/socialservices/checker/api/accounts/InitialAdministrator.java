package kz.socialservices.checker.api.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.socialservices.checker.api.datadir.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * No known default password: on the first start (no administrator yet) an {@code admin} account is made
 * with a random password, written to {@code <data-dir>/initial-admin-password} (owner-only); the log says
 * where, never what.
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    static final String NAME = "admin";
    static final String FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AccountService accounts;
    private final DataDirectory dataDirectory;

    InitialAdministrator(AccountService accounts, DataDirectory dataDirectory) {
        this.accounts = accounts;
        this.dataDirectory = dataDirectory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator() || accounts.find(NAME).isPresent()) {
            return;
        }
        String password = accounts.randomPassword();
        try {
            Path file = dataDirectory.path().resolve(FILE);
            Files.deleteIfExists(file); // left from a database since replaced: its password no longer opens anything
            dataDirectory.writeSecret(FILE, password + System.lineSeparator());
            accounts.create(NAME, Role.ADMIN, null, password, "system");
            LOG.warn("First start: an administrator account '{}' was created; its password is in {} (readable by this user only). "
                    + "Sign in, create accounts, then delete the file.", NAME, file);
        } catch (IOException e) {
            throw new UncheckedIOException("the initial administrator's password could not be written to " + dataDirectory.path(), e);
        }
    }
}
