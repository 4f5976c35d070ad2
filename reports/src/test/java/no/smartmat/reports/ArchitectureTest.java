package no.smartmat.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The reports module is a plain library: no UI toolkit, no database, no raster drawing. */
@AnalyzeClasses(packages = "no.smartmat.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noUiOrDatabase = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "javax.swing..");

    /** Barcodes and charts are vector drawings; AWT would also tie printing to a display stack. */
    @ArchTest
    static final ArchRule noAwt = noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..");

    /** Renderers share common helpers; documents do not reach into each other. */
    @ArchTest
    static final ArchRule documentsAreIndependent = noClasses().that().resideInAnyPackage("..labels..", "..haccp..")
            .should().dependOnClassesThat().resideInAnyPackage("..manifests..");
}
