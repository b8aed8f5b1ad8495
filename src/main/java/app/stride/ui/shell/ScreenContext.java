package app.stride.ui.shell;

import app.stride.app.StrideServices;
import app.stride.outfit.Effort;
import app.stride.settings.Settings;
import app.stride.ui.task.TaskRunner;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * What every screen gets: the services, the task runner, the live settings, a way to go to another screen, and a way
 * to open the Outfit screen for a session (its day and effort).
 */
public record ScreenContext(StrideServices services, TaskRunner tasks, ObjectProperty<Settings> settings,
                            Consumer<Screen> navigate, BiConsumer<LocalDate, Effort> outfitFor) {
}
