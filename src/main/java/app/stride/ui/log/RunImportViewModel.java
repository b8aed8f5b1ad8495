package app.stride.ui.log;

import app.stride.app.ImportService;
import app.stride.common.Messages;
import app.stride.tracking.RunImport;
import app.stride.text.TrackingText;
import app.stride.tracking.TickOff;
import app.stride.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs from a watch or phone onto the Log screen: files are read in the background, the runner confirms each
 * tick-off, then the runs are logged. A bad file stops the whole batch before anything is stored.
 */
public final class RunImportViewModel {

    private final ImportService imports;
    private final TaskRunner tasks;
    private final Runnable onImported;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** {@code onImported} reloads the log once runs were added. */
    public RunImportViewModel(final ImportService imports, final TaskRunner tasks, final Runnable onImported) {
        this.imports = imports;
        this.tasks = tasks;
        this.onImported = onImported;
    }

    /** Whether a dropped or chosen file looks like an activity file. */
    public static boolean accepts(final Path file) {
        return ImportService.Format.of(file).isPresent();
    }

    /**
     * Imports {@code files}; {@code confirmTickOff} is asked (on the UI thread) for each run that falls on a planned
     * session's day: yes ticks it off, no logs it as an extra run.
     */
    public void importFiles(final List<Path> files, final Predicate<RunImport.Match> confirmTickOff) {
        if (files.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        status.set("");
        problem.set("");
        tasks.run(() -> imports.read(files, Optional.empty()), matches -> {
            final List<String> lines = new ArrayList<>();
            final List<Choice> choices = new ArrayList<>();
            for (RunImport.Match m : matches) {
                if (m.duplicateOf().isPresent()) {
                    lines.add(Messages.get("import.skipped", m.source(), m.duplicateOf().get()));
                } else {
                    choices.add(new Choice(m, m.session().isPresent() && confirmTickOff.test(m)));
                }
            }
            log(choices, lines);
        }, this::failed);
    }

    private record Choice(RunImport.Match match, boolean tickOff) {
    }

    private void log(final List<Choice> choices, final List<String> lines) {
        tasks.run(() -> {
            final List<String> out = new ArrayList<>(lines);
            for (Choice c : choices) {
                final RunImport.Logged l = imports.log(c.match(), c.tickOff());
                out.add(Messages.get("import.done.line", c.match().source(), l.tickedOff()
                        ? Messages.get("import.tickedOff", TrackingText.describe(c.match().session().orElseThrow()))
                        : l.alreadyDone().map(d -> Messages.get("import.extra.alreadyDone", TrackingText.describe(d)))
                            .orElseGet(() -> Messages.get("import.extra"))));
            }
            return out;
        }, out -> {
            busy.set(false);
            status.set(String.join("\n", out));
            if (!choices.isEmpty()) {
                onImported.run();
            }
        }, this::failed);
    }

    private void failed(final Throwable e) {
        busy.set(false);
        problem.set(e.getMessage());
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What was imported, one line per file. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why nothing was imported. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
