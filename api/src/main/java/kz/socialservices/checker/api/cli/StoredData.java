package kz.socialservices.checker.api.cli;

import java.util.List;
import kz.socialservices.checker.api.CheckerApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application without its server, for the commands on stored data: the same configuration, database and services. */
final class StoredData {

    private StoredData() {
    }

    static ConfigurableApplicationContext open(List<String> arguments) {
        try {
            return new SpringApplicationBuilder(CheckerApplication.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false).run(arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String why = cause.getMessage() != null && cause.getMessage().contains("already in use")
                    ? "the embedded database is open in the running server: stop it first, or manage accounts through the API"
                    : cause.getClass().getSimpleName();
            throw new IllegalStateException("the stored data cannot be opened: " + why, e);
        }
    }
}
