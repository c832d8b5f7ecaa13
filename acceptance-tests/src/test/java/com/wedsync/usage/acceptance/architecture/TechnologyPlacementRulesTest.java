package com.wedsync.usage.acceptance.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Each technology stays inside the one adapter that exists to hide it. */
@AnalyzeClasses(packages = "com.wedsync.usage",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class TechnologyPlacementRulesTest {

    @ArchTest
    static final ArchRule redissonOnlyInTheRedisAdapter = noClasses().that().resideOutsideOfPackage("..adapters.redis..")
            .should().dependOnClassesThat().resideInAPackage("org.redisson..")
            .because("the Redis key layout and scripts are an adapter's secret; everyone else sees QuotaCounters");

    @ArchTest
    static final ArchRule jdbcOnlyInThePersistenceAdapter = noClasses()
            .that().resideOutsideOfPackage("..adapters.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("rows, connections and transactions stay behind the store ports");

    @ArchTest
    static final ArchRule javaFxOnlyInTheConsole = noClasses().that().resideOutsideOfPackage("..console..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the desktop console is a client of the REST API, not part of the service");

    @ArchTest
    static final ArchRule helidonOnlyInAdapters = noClasses().that().resideOutsideOfPackage("..adapters..")
            .should().dependOnClassesThat().resideInAPackage("io.helidon..")
            .because("the domain and the use cases must outlive the web framework, and the console has its own client");

    @ArchTest
    static final ArchRule noJacksonInTheCore = noClasses()
            .that().resideInAnyPackage("com.wedsync.usage.domain..", "com.wedsync.usage.application..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("JSON shapes are mapped at the edge (…Json records in the REST adapter), never in the core");
}
