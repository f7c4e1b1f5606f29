package kz.socialservices.checker.api.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The checker's data directory ({@code checker.data-dir}, default {@code ./data}): the embedded
 * database, the initial administrator's password and the audit trail's key. Created owner-only.
 */
public final class DataDirectory {

    private final Path path;

    public DataDirectory(String dir) {
        this.path = Path.of(dir == null || dir.isBlank() ? "./data" : dir.strip()).toAbsolutePath().normalize();
        try {
            if (!Files.isDirectory(path)) {
                Files.createDirectories(path);
                restrict(path, "rwx------");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the data directory " + path + " cannot be created", e);
        }
    }

    public Path path() {
        return path;
    }

    /** The embedded database's JDBC address: an H2 file in this directory, each commit written through. */
    public String h2Url() {
        return "jdbc:h2:file:" + path.resolve("checker") + ";WRITE_DELAY=0";
    }

    /** Writes a secret into a new file readable by the owner only; refuses to overwrite one. */
    public Path writeSecret(String name, String secret) throws IOException {
        Path file = path.resolve(name);
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, secret, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void restrict(Path p, String permissions) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
        }
    }

}
