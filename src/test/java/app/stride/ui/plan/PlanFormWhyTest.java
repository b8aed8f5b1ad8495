package app.stride.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan form's optional "why": kept with the plan, refused (with nothing stored) when it is not one short line. */
class PlanFormWhyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-06T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private StrideServices services;
    private PlanFormViewModel form;
    private WhyAnswer why;

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), CLOCK);
        form = new PlanFormViewModel(services::planGenerator, services.plans(), new ImmediateTaskRunner(),
                new SimpleObjectProperty<>(Settings.DEFAULTS), CLOCK);
        why = new WhyAnswer(services.why(), new ImmediateTaskRunner());
        form.setWhy(why);
        form.minutesProperty().set("10");
        form.preview();
    }

    @Test
    void theWhyIsKeptWhenThePlanStarts() {
        why.textProperty().set("  To keep up with my kids  ");
        form.start();

        assertThat(services.plans().current()).isPresent();
        assertThat(services.why().get()).contains("To keep up with my kids");
    }

    @Test
    void aWhyTooLongIsRefusedAndNothingIsStored() {
        why.textProperty().set("x".repeat(141));
        form.start();

        assertThat(form.errorProperty().get()).contains("140");
        assertThat(services.plans().current()).isEmpty();
        assertThat(why.textProperty().get()).hasSize(141);
    }

    @Test
    void aBlankAnswerLeavesTheWhyKeptBefore() {
        services.why().set("Because it clears my head");
        final WhyAnswer again = new WhyAnswer(services.why(), new ImmediateTaskRunner());
        assertThat(again.textProperty().get()).isEqualTo("Because it clears my head");
        form.setWhy(again);
        again.textProperty().set("");
        form.start();

        assertThat(services.why().get()).contains("Because it clears my head");
    }
}
