package app.stride.outfit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The outfit domain stays plain Java: no UI, no SQL, no JSON, no HTTP, and no knowledge of its adapters. */
class OutfitArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.stride.outfit", "app.stride.weather");

    @Test
    void domainHasNoInfrastructure() {
        noClasses().that().resideInAPackage("app.stride.outfit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "java.net..",
                        "app.stride.store..", "app.stride.weather..", "app.stride.cli..", "app.stride.ui..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void weatherAdapterDoesNotReachIntoStoreOrUi() {
        noClasses().that().resideInAPackage("app.stride.weather..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "app.stride.store..", "app.stride.cli..",
                        "app.stride.ui..")
                .check(CLASSES);
    }
}
