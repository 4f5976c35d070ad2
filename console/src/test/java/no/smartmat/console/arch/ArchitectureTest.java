package no.smartmat.console.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Logic knows nothing of JavaFX; the console's packages form no cycle and only app builds services. The planner and
 * the reports keep their own rules in their modules (no UI, no database).
 */
@AnalyzeClasses(packages = "no.smartmat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javaFxOnlyInUiPackagesAndTheApp = noClasses()
            .that().resideInAPackage("no.smartmat.console..")
            .and().resideOutsideOfPackages("..ui..", "no.smartmat.console.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("services are tested without a window and reused by the headless commands");

    @ArchTest
    static final ArchRule optaPlannerStaysInThePlanner = noClasses()
            .that().resideInAPackage("no.smartmat.console..")
            .should().dependOnClassesThat().resideInAPackage("org.optaplanner..")
            .because("a switch of solver library stays one module's work");

    @ArchTest
    static final ArchRule noPlainJdbcOutsideTheDatabasePackage = noClasses()
            .that().resideInAPackage("no.smartmat.console..")
            .and().resideOutsideOfPackage("no.smartmat.console.db..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .because("queries go through jOOQ's generated classes");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices()
            .matching("no.smartmat.console.(*)..")
            .should().beFreeOfCycles()
            // jOOQ's generated classes mirror the schema: a column stored as a feature's enum (a deviation's kind)
            // names that type there, which makes no feature depend on another.
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                    "no.smartmat.console.db.jooq.."), com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
            .because("app is the top (composition root, CLI, main window), the UI kit and shared parts the bottom;"
                    + " a cycle between features means neither can change alone");

    @ArchTest
    static final ArchRule featuresNeverImportTheCompositionRoot = noClasses()
            .that().resideInAPackage("no.smartmat.console..")
            .and().resideOutsideOfPackage("no.smartmat.console.app..")
            .should().dependOnClassesThat().resideInAPackage("no.smartmat.console.app..")
            .because("screens, demo and benchmark code receive the services they use; only app builds them");
}
