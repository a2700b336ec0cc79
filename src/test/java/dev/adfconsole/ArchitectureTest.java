package dev.adfconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of ARCHITECTURE.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "dev.adfconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "dev.adfconsole.model..";
    private static final String ARM = "dev.adfconsole.arm..";
    private static final String SERVICE = "dev.adfconsole.service..";
    private static final String UI = "dev.adfconsole.ui..";
    private static final String APP = "dev.adfconsole.app..";
    private static final String SANDBOX = "dev.adfconsole.sandbox..";

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(ARM, SERVICE, UI, APP, SANDBOX);

    @ArchTest
    static final ArchRule armUsesOnlyModel = noClasses().that().resideInAPackage(ARM)
            .should().dependOnClassesThat().resideInAnyPackage(SERVICE, UI, APP, SANDBOX);

    @ArchTest
    static final ArchRule serviceNeverReachesUp = noClasses().that().resideInAPackage(SERVICE)
            .should().dependOnClassesThat().resideInAnyPackage(UI, APP, SANDBOX);

    @ArchTest
    static final ArchRule uiNeverReachesTheCompositionRootOrTheSandbox = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(APP, SANDBOX);

    @ArchTest
    static final ArchRule nothingBelowUiUsesJavaFx = noClasses().that().resideInAnyPackage(MODEL, ARM, SERVICE, SANDBOX)
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule viewModelsHaveNoSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule sandboxSharesNoCodeWithTheClient = noClasses().that().resideInAPackage(SANDBOX)
            .should().dependOnClassesThat().resideInAnyPackage(MODEL, ARM, SERVICE, UI, APP);

    @ArchTest
    static final ArchRule noServiceLocators = methods().that().areDeclaredInClassesThat().resideInAPackage("dev.adfconsole..")
            .should().notHaveName("getInstance").allowEmptyShould(true);

    @ArchTest
    static final ArchRule noMutableStatics = fields().that().areStatic().and().areDeclaredInClassesThat()
            .resideInAPackage("dev.adfconsole..").should().beFinal();
}
