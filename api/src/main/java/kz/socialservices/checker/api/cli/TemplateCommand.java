package kz.socialservices.checker.api.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.socialservices.checker.api.template.RegisterTemplate;
import kz.socialservices.checker.standard.DvStandard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template --lang ru --out FILE.xlsx}: the register template a centre fills in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the register template (.xlsx): labelled columns, drop-down lists, date columns, a guide sheet.")
final class TemplateCommand implements Callable<Integer> {

    /** Accepted as by every command; this one works on files and keeps nothing in it. */
    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @Option(names = "--lang", defaultValue = "ru", description = "Language of the labels: en, ru or kk (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Where to write the template.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!DvStandard.LANGUAGES.contains(lang)) {
            System.err.println("--lang must be one of " + DvStandard.LANGUAGES);
            return Cli.USAGE;
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            new RegisterTemplate(lang).write(o);
        }
        System.err.println("Template written to " + out);
        return Cli.EVALUATED;
    }
}
