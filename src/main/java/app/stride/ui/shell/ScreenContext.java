package app.stride.ui.shell;

import app.stride.app.StrideServices;
import app.stride.settings.Settings;
import app.stride.ui.task.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/** What every screen gets: the services, the task runner, the live settings and a way to go to another screen. */
public record ScreenContext(StrideServices services, TaskRunner tasks, ObjectProperty<Settings> settings,
                            Consumer<Screen> navigate) {
}
