package app.stride.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering of DEVELOPERS.md true: a JavaFX-free, SQL-free core; SQL only in store; UI on top. */
@AnalyzeClasses(packages = "app.stride", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Feature domains: plain Java, all the rules. */
    private static final String[] DOMAIN = {
        "app.stride.common..", "app.stride.settings..", "app.stride.plan..", "app.stride.outfit..",
        "app.stride.tracking..", "app.stride.gear..", "app.stride.profile..", "app.stride.progress..",
    };

    @ArchTest
    static final ArchRule domainHasNoJavaFx = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..")
            .because("the domain must run and be tested without a toolkit");

    @ArchTest
    static final ArchRule domainHasNoSqlOrAdapters = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "java.net.http..",
                    "com.fasterxml.jackson..", "picocli..",
                    "app.stride.store..", "app.stride.weather..", "app.stride.export..", "app.stride.cli..",
                    "app.stride.ui..", "app.stride.app..")
            .because("rules live in the domain; storage, the network and formats are adapters around it");

    @ArchTest
    static final ArchRule onlyStoreUsesSql = noClasses().that().resideOutsideOfPackage("app.stride.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("store is the only place with SQL");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackages("app.stride.ui..")
            .and().resideOutsideOfPackage("app.stride")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..")
            .because("the command line and adapters must work without a display");

    @ArchTest
    static final ArchRule nothingBelowDependsOnTheUi = noClasses().that().resideOutsideOfPackages("app.stride.ui..")
            .and().resideOutsideOfPackage("app.stride")
            .should().dependOnClassesThat().resideInAPackage("app.stride.ui..");

    @ArchTest
    static final ArchRule storeAndAdaptersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("app.stride.store..", "app.stride.weather..", "app.stride.export..")
            .should().dependOnClassesThat().resideInAnyPackage("app.stride.cli..", "app.stride.ui..", "app.stride.app..");

    @ArchTest
    static final ArchRule viewModelsDoNotTouchNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels hold state as properties and are tested without the toolkit (MVVM)");

    @ArchTest
    static final ArchRule viewsDoNotReachTheStore = noClasses().that().resideInAPackage("app.stride.ui..")
            .and().doNotHaveFullyQualifiedName("app.stride.ui.StrideApp")
            .should().dependOnClassesThat().resideInAPackage("app.stride.store..")
            .because("screens go through services and repository interfaces; only StrideApp, the composition root, picks the data folder");
}
