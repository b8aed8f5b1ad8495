package app.stride.plan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plan engine is plain Java: no UI, no SQL, no JSON library, no reading the system clock on its own. */
class PlanDomainPurityTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.stride.plan");

    @Test
    void dependsOnNoFrameworks() {
        noClasses().that().resideInAPackage("app.stride.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "picocli..",
                        "app.stride.store..", "app.stride.cli..", "app.stride.ui..", "app.stride.export..")
                .check(classes);
    }

    @Test
    void neverAsksTheSystemForToday() {
        noClasses().that().resideInAPackage("app.stride.plan..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(classes);
    }
}
