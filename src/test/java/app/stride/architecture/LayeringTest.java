package app.stride.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of ADR 0001 and ADR 0003 true: a JavaFX-free, SQL-free core; SQL only in store; UI on top; the
 * command line over the same services as the app. Every rule checks one import of the classes (importing is the slow
 * part, so the architecture rules of every feature live here).
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.stride");

    /** Feature domains: plain Java, all the rules. */
    private static final String[] DOMAIN = {
        "app.stride.common..", "app.stride.settings..", "app.stride.plan..", "app.stride.outfit..",
        "app.stride.tracking..", "app.stride.gear..", "app.stride.profile..", "app.stride.progress..", "app.stride.format..",
    };
    private static final String[] ADAPTERS = {"app.stride.store..", "app.stride.weather..", "app.stride.export.."};
    private static final String[] TOOLKITS = {"javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp.."};

    @Test
    void everyPackageTheseRulesNameExists() {
        Stream.of(DOMAIN, ADAPTERS, new String[] {"app.stride.ui..", "app.stride.cli..", "app.stride.app..", "app.stride.text.."})
                .flatMap(Arrays::stream)
                .map(p -> p.substring(0, p.length() - 2))
                .forEach(p -> assertThat(CLASSES.containPackage(p)).as(p).isTrue());
    }

    @Test
    void domainHasNoJavaFx() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(TOOLKITS)
                .because("the domain must run and be tested without a toolkit")
                .check(CLASSES);
    }

    @Test
    void domainHasNoSqlOrAdapters() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "java.net..",
                        "com.fasterxml.jackson..", "picocli..",
                        "app.stride.store..", "app.stride.weather..", "app.stride.export..", "app.stride.cli..",
                        "app.stride.ui..", "app.stride.app..")
                .because("rules live in the domain; storage, the network and formats are adapters around it")
                .check(CLASSES);
    }

    @Test
    void planDomainNeverAsksTheSystemForToday() {
        noClasses().that().resideInAPackage("app.stride.plan..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("plans are deterministic: the clock is injected")
                .check(CLASSES);
    }

    @Test
    void thePlanEngineReturnsDataNotWords() {
        noClasses().that().resideInAPackage("app.stride.plan..")
                .should().dependOnClassesThat().resideInAPackage("app.stride.text..")
                .because("efforts and descriptions are data; the command line and the app put them in words (app.stride.text)")
                .check(CLASSES);
    }

    @Test
    void theDomainNeverRendersText() {
        // Refusals are codes with arguments (InvalidInputException.coded), warnings and tips are phrases (common.Phrase),
        // statuses and efforts are enums; the UI and CLI render them through the bundle (app.stride.text). Only common,
        // which holds the bundle and renders a phrase when it is read, may reach it.
        noClasses().that().resideInAnyPackage(Arrays.stream(DOMAIN).filter(p -> !p.equals("app.stride.common..")).toArray(String[]::new))
                .should().dependOnClassesThat().haveFullyQualifiedName("app.stride.common.Messages")
                .orShould().dependOnClassesThat().resideInAPackage("app.stride.text..")
                .because("the domain returns data, never English: codes with arguments, rendered through the bundle once")
                .check(CLASSES);
    }

    @Test
    void theV004MigrationIsFrozen() {
        noClasses().that().haveNameMatching("app\\.stride\\.store\\.PlanFormatV004.*")
                .should().dependOnClassesThat().resideInAnyPackage("app.stride.plan..", "app.stride.export..")
                .orShould().dependOnClassesThat().haveNameMatching("app\\.stride\\.store\\.PlanTables.*")
                .because("an old migration keeps its own copy of what it needs: engine changes must not alter it")
                .check(CLASSES);
    }

    @Test
    void onlyStoreUsesSql() {
        noClasses().that().resideOutsideOfPackage("app.stride.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .because("store is the only place with SQL")
                .check(CLASSES);
    }

    @Test
    void onlyUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("app.stride.ui..")
                .and().resideOutsideOfPackage("app.stride")
                .should().dependOnClassesThat().resideInAnyPackage(TOOLKITS)
                .because("the command line and adapters must work without a display")
                .check(CLASSES);
    }

    @Test
    void nothingBelowDependsOnTheUi() {
        noClasses().that().resideOutsideOfPackages("app.stride.ui..")
                .and().resideOutsideOfPackage("app.stride")
                .should().dependOnClassesThat().resideInAPackage("app.stride.ui..")
                .check(CLASSES);
    }

    @Test
    void storeAndAdaptersDoNotReachUp() {
        noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAnyPackage("app.stride.cli..", "app.stride.ui..", "app.stride.app..")
                .check(CLASSES);
    }

    @Test
    void weatherAdapterDoesNotReachIntoTheStore() {
        noClasses().that().resideInAPackage("app.stride.weather..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "app.stride.store..")
                .because("the weather cache is an interface the store implements")
                .check(CLASSES);
    }

    @Test
    void theCommandLineGoesThroughTheServicesTheAppUses() {
        // Failures and the summary are values the store hands up; opening or querying it is StrideServices' job.
        final DescribedPredicate<JavaClass> storeInternals = DescribedPredicate.describe("store internals",
                c -> c.getPackageName().startsWith("app.stride.store")
                        && !c.getSimpleName().equals("StoreException") && !c.getSimpleName().equals("StoreSummary")
                        && !c.getSimpleName().equals("DataFolder"));
        noClasses().that().resideInAPackage("app.stride.cli..")
                .should().dependOnClassesThat(storeInternals)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("app.stride.app.OutfitServices")
                .because("the command line and the app share StrideServices, so they read and write the same way")
                .check(CLASSES);
    }

    @Test
    void viewModelsDoNotTouchNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("ViewModels hold state as properties and are tested without the toolkit (MVVM)")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotReachTheStore() {
        noClasses().that().resideInAPackage("app.stride.ui..")
                .and().doNotHaveFullyQualifiedName("app.stride.ui.StrideApp")
                .should().dependOnClassesThat().resideInAPackage("app.stride.store..")
                .because("screens go through services and repository interfaces; only StrideApp, the composition root, picks the data folder")
                .check(CLASSES);
    }

    /**
     * One screen does not reach into another: what two screens share lives in ui.common (the shell composes them, the
     * re-plan banner is a part of its own). Frozen exception: Today shows the outfit screen's card (OutfitCard).
     */
    @Test
    void screensDoNotDependOnEachOther() {
        final String[] screens = {"log", "outfit", "plan", "progress", "settings", "shoes", "today"};
        for (String from : screens) {
            for (String to : screens) {
                if (from.equals(to)) {
                    continue;
                }
                var rule = noClasses().that().resideInAPackage("app.stride.ui." + from + "..");
                if (from.equals("today") && to.equals("outfit")) {
                    rule = rule.and().doNotHaveFullyQualifiedName("app.stride.ui.today.TodayView");
                }
                rule.should().dependOnClassesThat().resideInAPackage("app.stride.ui." + to + "..")
                        .because("screens share through app.stride.ui.common, so one can change without the other")
                        .check(CLASSES);
            }
        }
    }
}
