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
