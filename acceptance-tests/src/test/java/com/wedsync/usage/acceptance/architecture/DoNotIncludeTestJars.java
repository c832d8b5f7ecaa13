package com.wedsync.usage.acceptance.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the modules' test-jars (the port contracts and test support other modules' tests share):
 * {@link ImportOption.DoNotIncludeTests} knows test classes by their build directory, and these arrive as jars.
 */
final class DoNotIncludeTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("-tests.jar");
    }
}
