package com.wedsync.usage.acceptance;

import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * Every feature, driven through the use cases on a fixed clock (glue in {@code junit-platform.properties}).
 * Scenarios tagged {@code @wip} document what a later issue builds (the Redis counter store) and are left out.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("features")
@ExcludeTags("wip")
public class RunCucumberTest {
}
