package app.stride.ui.log;

import app.stride.tracking.LoggedRun;
import app.stride.tracking.TickOff;
import app.stride.ui.task.Latest;
import app.stride.ui.task.TaskFailure;
import app.stride.ui.task.TaskRunner;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Log screen's state: the runs the runner logged, newest first. */
public final class LogViewModel {

    /** Enough for a year of running four times a week. */
    static final int SHOWN = 250;

    private final TickOff tickOff;
    private final ObservableList<LoggedRun> runs = FXCollections.observableArrayList();
    private final Latest reloads;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public LogViewModel(final TickOff tickOff, final TaskRunner tasks) {
        this.tickOff = tickOff;
        this.reloads = new Latest(tasks);
    }

    public void load() {
        reloads.run(() -> tickOff.recentRuns(SHOWN), runs::setAll, e -> problem.set(TaskFailure.message(e)));
    }

    public ObservableList<LoggedRun> runs() {
        return runs;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
