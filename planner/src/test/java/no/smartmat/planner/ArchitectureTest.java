package no.smartmat.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The planner is a plain library: no UI toolkit, no database, and OptaPlanner only where the solving is. */
@AnalyzeClasses(packages = "no.smartmat.planner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noUiOrDatabase = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "javax.swing..", "java.awt..", "no.smartmat.console..");

    /**
     * OptaPlanner's repository is archived (10.2.0 is its last release); keeping it in the model and the solver
     * keeps a switch of solver library (e.g. to Timefold) to those two packages.
     */
    @ArchTest
    static final ArchRule optaPlannerOnlyInModelAndSolver = noClasses()
            .that().resideOutsideOfPackages("no.smartmat.planner.model..", "no.smartmat.planner.solver..")
            .should().dependOnClassesThat().resideInAPackage("org.optaplanner..");

    /** Scenario files are the planner's input format: they know nothing of how a plan is found. */
    @ArchTest
    static final ArchRule scenarioFilesKnowNoSolver = noClasses().that().resideInAPackage("no.smartmat.planner.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("no.smartmat.planner.model..", "no.smartmat.planner.solver..",
                    "no.smartmat.planner.benchmark..", "no.smartmat.planner.advice..");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("no.smartmat.planner.(*)..").should().beFreeOfCycles();
}
