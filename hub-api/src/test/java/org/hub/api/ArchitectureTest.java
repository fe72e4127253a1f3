package org.hub.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The directions of hub-api's dependencies (issue 10, "Dependencies run one way"), so the shape
 * cannot drift back:
 * <ul>
 *   <li>hub-api knows nothing of the pages (hub-web);</li>
 *   <li>no two packages inside hub-api import each other, however indirectly;</li>
 *   <li>only the indexer ({@code org.hub.api.search}) and the one class that wires the services
 *       ({@link HubServices}, which hands the index to the search services) touch hub-search;</li>
 *   <li>features write to the outbox and never import search; the outbox imports no feature;</li>
 *   <li>a feature's DAO is read only by its own package and by search, the one reader of every
 *       feature. {@code users} (the shared model: User, Role, Department, UserDao) and {@code outbox}
 *       are not features but shared by design.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "org.hub.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The feature packages under org.hub.api. */
    private static final String[] FEATURES = {
        "admin", "audit", "auth", "documents", "groups", "guidance", "notifications", "people", "sso", "threads"
    };

    @ArchTest
    static final ArchRule knowsNoPages = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.hub.web..")
            .because("hub-web builds on hub-api, never the other way round");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.hub.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlySearchUsesTheIndexLibrary = noClasses()
            .that()
            .resideOutsideOfPackage("org.hub.api.search..")
            .and()
            .doNotBelongToAnyOf(HubServices.class)
            .should()
            .dependOnClassesThat(resideInAPackage("org.hub.search..")
                    // The one HTML escaper, shared by snippets, Markdown and pages: a string
                    // function, not a way into the index.
                    .and(not(JavaClass.Predicates.equivalentTo(org.hub.search.Html.class))))
            .because("features reach the index only through the outbox and the search package");

    @ArchTest
    static final ArchRule featuresDoNotImportSearch = noClasses()
            .that()
            .resideInAnyPackage(packages(FEATURES))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.hub.api.search..")
            .because("features write to the outbox; the indexer reads it");

    @ArchTest
    static final ArchRule outboxImportsNoFeature = noClasses()
            .that()
            .resideInAPackage("org.hub.api.outbox..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.hub.api..").and(not(resideInAPackage("org.hub.api.outbox.."))))
            .because("every feature writes to the outbox, so it can depend on none of them");

    @ArchTest
    static void noFeatureReadsAnotherFeaturesDao(JavaClasses hub) {
        for (String feature : FEATURES) {
            classes()
                    .that()
                    .resideInAPackage("org.hub.api." + feature + "..")
                    .and()
                    .haveNameMatching(".*Dao(\\$.*)?")
                    .should()
                    .onlyHaveDependentClassesThat()
                    .resideInAnyPackage("org.hub.api." + feature + "..", "org.hub.api.search..")
                    .as("the DAOs of " + feature + " are read only by " + feature + " and search")
                    .allowEmptyShould(true)
                    .check(hub);
        }
    }

    private static String[] packages(String[] features) {
        String[] packages = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            packages[i] = "org.hub.api." + features[i] + "..";
        }
        return packages;
    }
}
