package kz.socialservices.checker.api;

import static kz.socialservices.checker.api.HttpTestSupport.get;
import static kz.socialservices.checker.api.HttpTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The server with {@code checker.calendar-dir} set: a 2027 file there (test data, not the official
 * 2027 list) makes a PROC-01 deadline in 2027 countable, and the coverage shows in {@code /actuator/info}
 * and in every answer's provenance. A file contradicting the shipped calendar stops start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarDirApiTest {

    static final String YEAR_2027 = kz.socialservices.checker.api.cli.CalendarDirCommandTest.YEAR_2027;
}
