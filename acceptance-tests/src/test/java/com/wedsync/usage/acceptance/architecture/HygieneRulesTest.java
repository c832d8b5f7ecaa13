package com.wedsync.usage.acceptance.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Habits of the codebase: time and chance come in as arguments, and every package says what it is for. */
@AnalyzeClasses(packages = "com.wedsync.usage",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class HygieneRulesTest {

    private static final String DOMAIN = "com.wedsync.usage.domain..";

    @ArchTest
    static final ArchRule theDomainNeverReadsTheClock = noClasses().that().resideInAPackage(DOMAIN)
            .should().callMethodWhere(readsTheSystemClock())
            .because("decisions must use the one clock of the store that decides (Redis's or the process's), "
                    + "passed in, so that nodes with skewed clocks decide alike and tests can fix the time");

    @ArchTest
    static final ArchRule theDomainMakesNoRandomness = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
            .orShould().callMethod(java.util.UUID.class, "randomUUID")
            .because("ids and secrets come in as arguments, so that every domain outcome can be reproduced");

    @ArchTest
    static final ArchRule noGrabBagPackages = noClasses()
            .should().resideInAnyPackage("..utils..", "..util..", "..helpers..", "..helper..", "..common..")
            .because("packages are named for a concept; a grab-bag collects code that belongs nowhere");

    /**
     * Seen through the compiled package-info class: javac writes none for a Javadoc-only package-info.java, but
     * maven-compiler-plugin does ({@code createMissingPackageInfoClass}, on by default), so a missing class here
     * means a missing source file.
     */
    @ArchTest
    static final ArchRule everyPackageSaysWhatItHolds = classes().should(liveInAPackageWithPackageInfo())
            .because("the first sentence of package-info.java is the map of the code base");

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("read the system clock (Instant.now(), System.currentTimeMillis(), "
                + "Clock.system…() and the like)", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean javaTime = owner.startsWith("java.time.")
                    && (name.equals("now") || name.startsWith("system"));
            boolean system = owner.equals("java.lang.System")
                    && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
            return javaTime || system;
        });
    }

    private static ArchCondition<JavaClass> liveInAPackageWithPackageInfo() {
        return new ArchCondition<>("live in a package with a package-info") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean present = javaClass.getPackage().tryGetPackageInfo().isPresent();
                events.add(new SimpleConditionEvent(javaClass, present, javaClass.getPackageName()
                        + (present ? " has" : " has no") + " package-info (seen from " + javaClass.getName() + ")"));
            }
        };
    }
}
