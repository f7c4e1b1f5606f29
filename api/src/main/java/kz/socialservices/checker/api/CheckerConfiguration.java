package kz.socialservices.checker.api;

import java.nio.file.Path;
import java.time.ZoneId;
import kz.socialservices.checker.engine.evaluation.Evaluator;
import kz.socialservices.checker.engine.evaluation.Standard;
import kz.socialservices.checker.standard.Case;
import kz.socialservices.checker.standard.DvStandard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The standard, loaded once at start-up and shared: a rule base is thread-safe, sessions are per request. */
@Configuration
@EnableConfigurationProperties(CheckerLimits.class)
class CheckerConfiguration {

    /**
     * With {@code checker.calendar-dir} set, the calendar years added there (every {@code *.csv}) count
     * too; a malformed file, or one giving a shipped date another kind, stops start-up naming the file and line.
     */
    @Bean
    Standard<Case> standard(@Value("${checker.calendar-dir:}") String calendarDir) {
        Path dir = calendarDir.isBlank() ? null : Path.of(calendarDir.strip());
        try {
            return DvStandard.load(dir);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("checker.calendar-dir=" + dir + " cannot be used: " + e.getMessage(), e);
        }
    }

    @Bean
    Evaluator<Case> evaluator(Standard<Case> standard) {
        return new Evaluator<>(standard);
    }

    @Bean
    ZoneId checkerZone(@Value("${checker.time-zone:Asia/Almaty}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    io.swagger.v3.oas.models.OpenAPI openApi() {
        return new io.swagger.v3.oas.models.OpenAPI().info(new io.swagger.v3.oas.models.info.Info()
                .title("Compliance checker: special social services for victims of domestic violence (Kazakhstan)")
                .version("v1 (engine " + kz.socialservices.checker.engine.EngineVersion.get() + ")")
                .description("Checks crisis-centre case records against Order 1079 of 2016 and its successor under Order 263 "
                        + "of 2023. Every finding names its requirement, edition and basis (LAW, SEED or ASSUMED). "
                        + "Identifying data (names, IIN, phone, address) is refused and never repeated."));
    }

    /**
     * {@code /actuator/info} names the rule set and parameters that every answer is produced with, and
     * the years the holiday calendar covers (working-day deadlines past them are {@code UNDETERMINED}).
     */
    @Bean
    InfoContributor ruleSetInfo(Standard<Case> standard) {
        return builder -> builder.withDetail("standard", java.util.Map.of(
                "name", standard.name(),
                "engineVersion", kz.socialservices.checker.engine.EngineVersion.get(),
                "ruleSetHash", standard.rules().hash(),
                "parameterHash", standard.parameterHash(),
                "requirements", standard.catalogue().all().size()))
                .withDetail("calendar", standard.calendar().coverage());
    }
}
