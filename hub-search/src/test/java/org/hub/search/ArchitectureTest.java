package org.hub.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** hub-search stays a plain Lucene library: no application framework, no database (STYLE.md "Shape"). */
@AnalyzeClasses(packages = "org.hub.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule knowsNoDropwizardJdbiJerseyOrSql = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.dropwizard..",
                    "org.jdbi..",
                    "org.glassfish.jersey..",
                    "jakarta.ws.rs..",
                    "java.sql..",
                    "javax.sql..",
                    "org.hub.api..",
                    "org.hub.web..")
            .because("hub-search is a library the application wraps, not part of the application");
}
