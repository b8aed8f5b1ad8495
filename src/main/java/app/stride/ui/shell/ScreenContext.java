package app.stride.ui.shell;

import app.stride.app.StrideServices;
import app.stride.outfit.Effort;
import app.stride.settings.Settings;
import app.stride.ui.common.PlanChanges;
import app.stride.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * What every screen gets: the services, the task runner, the live settings, a way to go to another screen, a way
 * to open the Outfit screen for a session (its day and effort), a way to open the new-plan form directly, and the
 * window's one "the plan was changed" event (the banners, Today, Plan and Progress look again on it).
 */
public record ScreenContext(StrideServices services, TaskRunner tasks, ObjectProperty<Settings> settings,
                            Consumer<Screen> navigate, BiConsumer<LocalDate, Effort> outfitFor, Runnable createPlan,
                            PlanChanges planChanges) {

    /** With a plan-changed event of its own. */
    public ScreenContext(final StrideServices services, final TaskRunner tasks, final ObjectProperty<Settings> settings,
                         final Consumer<Screen> navigate, final BiConsumer<LocalDate, Effort> outfitFor,
                         final Runnable createPlan) {
        this(services, tasks, settings, navigate, outfitFor, createPlan, new PlanChanges());
    }

    /** Without a direct way to the form: "create a plan" goes to the Plan screen. */
    public ScreenContext(final StrideServices services, final TaskRunner tasks, final ObjectProperty<Settings> settings,
                         final Consumer<Screen> navigate, final BiConsumer<LocalDate, Effort> outfitFor) {
        this(services, tasks, settings, navigate, outfitFor, () -> navigate.accept(Screen.PLAN));
    }

    /**
     * What a screen's data depends on, cheaply (the stored data's stamp and today's date): equal to an earlier answer
     * when nothing was written and the day has not turned, so a screen shown again keeps what it drew. Read it off
     * the UI thread, before reading the data itself.
     */
    public java.util.function.Supplier<app.stride.ui.common.Freshness> freshness() {
        return () -> new app.stride.ui.common.Freshness(services.dataStamp(), LocalDate.now(services.clock()));
    }
}
