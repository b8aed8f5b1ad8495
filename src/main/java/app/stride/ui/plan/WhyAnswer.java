package app.stride.ui.plan;

import app.stride.profile.Why;
import app.stride.ui.task.TaskRunner;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The plan form's optional last question, "why do you run?": one sentence Today shows. Filled with the why kept so
 * far; a blank answer leaves that one as it is.
 */
public final class WhyAnswer {

    private final Why why;
    private final StringProperty text = new SimpleStringProperty("");

    public WhyAnswer(final Why why, final TaskRunner tasks) {
        this.why = why;
        tasks.run(why::get, kept -> {
            if (text.get().isBlank()) {
                text.set(kept.orElse(""));
            }
        }, e -> { });
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The answer as it would be kept; throws naming the field {@code why} when it is not one short line. */
    Optional<String> checked() {
        return Why.validate(text.get());
    }

    /** Keeps the answer (off the UI thread), unless it is blank. */
    void save() {
        checked().ifPresent(why::set);
    }
}
