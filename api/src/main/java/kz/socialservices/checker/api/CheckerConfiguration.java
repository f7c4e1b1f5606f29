package kz.socialservices.checker.api;

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

    @Bean
    Standard<Case> standard() {
        return DvStandard.load();
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

    /** {@code /actuator/info} names the rule set and parameters that every answer is produced with. */
    @Bean
    InfoContributor ruleSetInfo(Standard<Case> standard) {
        return builder -> builder.withDetail("standard", java.util.Map.of(
                "name", standard.name(),
                "engineVersion", kz.socialservices.checker.engine.EngineVersion.get(),
                "ruleSetHash", standard.rules().hash(),
                "parameterHash", standard.parameterHash(),
                "requirements", standard.catalogue().all().size()));
    }
}
