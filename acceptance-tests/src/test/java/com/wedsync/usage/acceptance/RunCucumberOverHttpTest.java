package com.wedsync.usage.acceptance;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

/**
 * The scenarios tagged {@code @http} once more, word for word, through the real server on a socket: the same
 * steps, with the glue that connects them to HTTP instead of to the use cases.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME,
        value = "com.wedsync.usage.acceptance.steps,com.wedsync.usage.acceptance.http")
@IncludeTags("http")
@ExcludeTags("wip")
public class RunCucumberOverHttpTest {
}
