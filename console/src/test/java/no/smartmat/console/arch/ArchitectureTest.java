package no.smartmat.console.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Logic knows nothing of JavaFX; the planner and the reports know nothing of JavaFX or the database. */
@AnalyzeClasses(packages = "no.smartmat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule javaFxOnlyInUiPackagesAndTheApp = noClasses()
            .that().resideInAPackage("no.smartmat.console..")
            .and().resideOutsideOfPackages("..ui..", "no.smartmat.console.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("services are tested without a window and reused by the headless commands");

    @ArchTest
    static final ArchRule plannerAndReportsStayLibraries = noClasses()
            .that().resideInAnyPackage("no.smartmat.planner..", "no.smartmat.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "no.smartmat.console..")
            .because("planner/ and reports/ take plain input records; console maps its data into them")
            .allowEmptyShould(true);

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
}
