package kz.socialservices.checker.api.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.socialservices.checker.engine.csv.InputRefusedException;
import kz.socialservices.checker.engine.csv.Registers;
import kz.socialservices.checker.standard.DvStandard;
import picocli.CommandLine.Option;

/** How a command reads a register file ({@code --sheet}, {@code --encoding}) and where it writes: shared by check and simulate. */
final class RegisterFileOptions {

    @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook's sheet to read (default: the first).")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "A CSV file's encoding, UTF-8 or windows-1251 (default: detected).")
    String encoding;

    /** What is wrong with these options or the language asked for, said on {@code err}; false when nothing is. */
    boolean wrong(String lang, PrintStream err) {
        if (encoding != null && !List.of("utf-8", "windows-1251").contains(encoding.toLowerCase(java.util.Locale.ROOT))) {
            err.println("--encoding must be UTF-8 or windows-1251");
            return true;
        }
        if (!DvStandard.LANGUAGES.contains(lang)) {
            err.println("--lang must be one of " + DvStandard.LANGUAGES);
            return true;
        }
        return false;
    }

    Registers.Options options(Path file) {
        return Registers.Options.forFile(file, encoding == null ? null : java.nio.charset.Charset.forName(encoding), sheet);
    }

    /** Standard output (buffered), or the file {@code out}. */
    static OutputStream open(Path out) throws IOException {
        return out == null ? new BufferedOutputStream(System.out, 1 << 16) : Files.newOutputStream(out);
    }

    /** Flushes standard output, or closes the file. */
    static void close(OutputStream sink, Path out) throws IOException {
        if (out == null) {
            sink.flush();
        } else {
            sink.close();
        }
    }

    /** A register refused whole: why, on {@code err}, without any of its values. */
    static int refused(InputRefusedException e, String nothing, PrintStream err) {
        err.println("The file was refused; nothing was " + nothing + ":");
        e.errors().forEach(x -> err.println("  " + x));
        return Cli.REFUSED;
    }
}
