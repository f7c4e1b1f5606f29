package kz.socialservices.checker.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits of one request, named in configuration ({@code checker.limits.*}).
 *
 * @param maxBodySize    largest body (CSV, JSON or upload); larger is 413
 * @param maxRows        most cases in one request; more is 413
 * @param requestTimeout longest evaluation; longer is 503
 */
@ConfigurationProperties("checker.limits")
public record CheckerLimits(DataSize maxBodySize, long maxRows, Duration requestTimeout) {
}
