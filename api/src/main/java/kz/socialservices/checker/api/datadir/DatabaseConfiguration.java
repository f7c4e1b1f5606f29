package kz.socialservices.checker.api.datadir;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: PostgreSQL (or any other) when {@code spring.datasource.url} is configured, else the
 * embedded H2 file under the data directory, so the checker runs with no set-up. Flyway migrates either.
 */
@Configuration
class DatabaseConfiguration {

    @Bean
    DataDirectory dataDirectory(@Value("${checker.data-dir:./data}") String dir) {
        return new DataDirectory(dir);
    }

    @Bean
    DataSource dataSource(DataSourceProperties properties, DataDirectory dataDirectory) {
        String url = properties.getUrl();
        if (url == null || url.isBlank()) {
            return properties.initializeDataSourceBuilder().url(dataDirectory.h2Url()).driverClassName("org.h2.Driver").build();
        }
        return properties.initializeDataSourceBuilder().build();
    }
}
