package kz.socialservices.checker.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs every .feature file of centre/, ministry/ and drafter/ (copied under this package). */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("kz.socialservices.checker.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "kz.socialservices.checker.features")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
public class RunFeaturesTest {
}
