package app.stride.ui.progress;

import app.stride.app.ExportService;
import app.stride.common.Messages;
import app.stride.settings.Settings;
import app.stride.ui.common.Freshness;
import app.stride.ui.common.ReloadGate;
import app.stride.ui.task.TaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Progress's note for an accountability partner: this week in plain words, to copy or save. */
public final class PartnerNoteViewModel {

    private final ExportService exports;
    private final TaskRunner tasks;
    private final ObjectProperty<Settings> settings;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<Path>> saved = new ReadOnlyObjectWrapper<>(Optional.empty());

    /** Whether the note shown, written with the settings of then, needs writing again. */
    private final ReloadGate<Settings> gate;

    public PartnerNoteViewModel(final ExportService exports, final TaskRunner tasks, final ObjectProperty<Settings> settings) {
        this(exports, tasks, settings, ReloadGate.always());
    }

    /** {@code freshness}: as for the Progress screen; an unchanged note is not written again. */
    public PartnerNoteViewModel(final ExportService exports, final TaskRunner tasks, final ObjectProperty<Settings> settings,
                                final java.util.function.Supplier<Freshness> freshness) {
        this(exports, tasks, settings, ReloadGate.over(freshness));
    }

    private PartnerNoteViewModel(final ExportService exports, final TaskRunner tasks, final ObjectProperty<Settings> settings,
                                 final ReloadGate<Settings> gate) {
        this.gate = gate;
        this.exports = exports;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** Writes this week's note; empty when there is no plan to speak of. */
    public void load() {
        final Settings with = settings.get();
        final var unit = Optional.of(with.distanceUnit());
        tasks.run(() -> {
            final Optional<ReloadGate.Stamp> stamp = gate.changed(with);
            if (stamp.isEmpty()) {
                return Optional.<java.util.Map.Entry<ReloadGate.Stamp, String>>empty();
            }
            return Optional.of(java.util.Map.entry(stamp.get(), exports.partnerNote(Optional.empty(), unit)));
        }, written -> written.ifPresent(w -> {
            gate.shown(w.getKey());
            note.set(w.getValue());
        }), e -> {
            gate.forget();
            note.set("");
        });
    }

    /** Saves the note to {@code out}. */
    public void save(final Path out) {
        final String text = note.get();
        tasks.run(() -> exports.savePartnerNote(out, text), p -> {
            saved.set(Optional.of(p));
            status.set(Messages.get("exports.written", p));
        }, e -> status.set(e.getMessage()));
    }

    /** Says the note is on the clipboard (the view puts it there). */
    public void copied() {
        status.set(Messages.get("note.copied"));
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Path>> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
