package com.wedsync.usage.acceptance.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rings of the hexagon: every arrow points inwards, and the adapters know nothing of each other. */
@AnalyzeClasses(packages = "com.wedsync.usage",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class LayeringRulesTest {

    private static final String DOMAIN = "com.wedsync.usage.domain..";
    private static final String APPLICATION = "com.wedsync.usage.application..";
    private static final String PERSISTENCE = "..adapters.persistence..";
    private static final String REDIS = "..adapters.redis..";
    private static final String REST = "..adapters.rest..";
    private static final String BOOT = "..adapters.rest.boot..";

    @ArchTest
    static final ArchRule theDomainDependsOnTheJdkOnly = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the rules of quotas and usage must be testable and reusable without any framework or I/O");

    @ArchTest
    static final ArchRule theApplicationDependsOnTheDomainOnly = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .because("use cases talk to the outside only through their own ports, so any adapter can serve them");

    @ArchTest
    static final ArchRule persistenceKnowsNoOtherAdapter = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(REDIS, REST)
            .because("adapters meet only in the composition root, so each can be replaced alone");

    @ArchTest
    static final ArchRule redisKnowsNoOtherAdapter = noClasses().that().resideInAPackage(REDIS)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REST)
            .because("adapters meet only in the composition root, so each can be replaced alone");

    @ArchTest
    static final ArchRule restKnowsNoOtherAdapterOutsideBoot = noClasses().that().resideInAPackage(REST)
            .and().resideOutsideOfPackage(BOOT)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, REDIS)
            .because("only the composition root in adapters.rest.boot may new the other adapters; "
                    + "the HTTP layer sees the use cases alone");
}
