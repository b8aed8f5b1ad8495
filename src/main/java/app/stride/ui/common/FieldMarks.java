package app.stride.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Marks the field a form's error is about: a red outline (the theme's danger state) and a ControlsFX validation
 * decoration with the error as its tooltip. The ViewModel stays the judge (it names the field); this only shows it,
 * and takes the mark off once the runner edits the field.
 */
public final class FieldMarks {

    private FieldMarks() {
    }

    /** What the runner edits in {@code control}: its text, its picked value or its tick. */
    private static Optional<ObservableValue<?>> valueOf(final Control control) {
        if (control instanceof TextInputControl t) {
            return Optional.of(t.textProperty());
        }
        if (control instanceof ComboBoxBase<?> c) {
            return Optional.of(c.valueProperty());
        }
        if (control instanceof CheckBox c) {
            return Optional.of(c.selectedProperty());
        }
        return Optional.empty();
    }

    /**
     * Watches {@code errorField} (a field name, or empty) and {@code error} (the one-line message) and marks the
     * control registered under that name in {@code fields}.
     */
    public static ValidationSupport attach(final ObservableStringValue errorField, final ObservableStringValue error,
                                           final Map<String, ? extends Control> fields) {
        final ValidationSupport validation = new ValidationSupport();
        // The field marked now: the one the error names, until the runner edits it (then it is theirs to resubmit).
        final StringProperty marked = new SimpleStringProperty(errorField.get());
        // The value the marked field held when the error named it: a form that checks as the runner types marks the
        // very value just typed, and that mark stays; an edit after the error was given takes it off.
        final Object[] markedValue = {null};
        fields.forEach((name, control) -> validation.registerValidator(control, false,
                (Validator<Object>) (c, value) -> ValidationResult.fromErrorIf(c, error.get(), name.equals(marked.get()))));
        final Runnable mark = () -> {
            fields.forEach((name, control) -> control.pseudoClassStateChanged(Styles.STATE_DANGER, name.equals(marked.get())));
            validation.revalidate();
        };
        final Runnable remark = () -> {
            marked.set(errorField.get());
            markedValue[0] = java.util.Optional.ofNullable(fields.get(errorField.get())).flatMap(FieldMarks::valueOf)
                    .map(ObservableValue::getValue).orElse(null);
            mark.run();
        };
        errorField.addListener((o, a, b) -> remark.run());
        error.addListener((o, a, b) -> remark.run());
        fields.forEach((name, control) -> valueOf(control).ifPresent(v -> v.addListener((o, a, b) -> {
            if (name.equals(marked.get()) && !java.util.Objects.equals(b, markedValue[0])) {
                marked.set("");
                mark.run();
            }
        })));
        return validation;
    }
}
