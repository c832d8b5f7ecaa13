package com.wedsync.usage.acceptance.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

import java.util.regex.Pattern;

/**
 * Leaves out the classes of test-jars ({@code *-tests.jar}, such as application's shared test support), which
 * {@link ImportOption.DoNotIncludeTests} does not recognise: it knows test classes by their directory, and Maven
 * hands a module's test-jar over as a jar. The rules are about the product's code, not about its tests.
 */
public final class DoNotIncludeTestJars implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR);
    }
}
