package kz.socialservices.checker.features;

import io.cucumber.spring.CucumberContextConfiguration;
import kz.socialservices.checker.api.CheckerApplication;
import org.springframework.boot.test.context.SpringBootTest;

/** The scenarios run against the real application, started once on a random port. */
@CucumberContextConfiguration
@SpringBootTest(classes = {CheckerApplication.class, Api.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public class CucumberSpringConfiguration {
}
