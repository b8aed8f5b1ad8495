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
 * Marks the field a form's error is about: a red outline (the theme's danger state) and ControlsFX's "error" style
 * class and the error as the field's tooltip (no graphic: ControlsFX's ✕ sat over the field's corner). The ViewModel stays the judge (it names the field); this only shows it,
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
        // A style class, not ControlsFX's ✕ graphic: the graphic sat on the field's corner, over its outline (review);
        // the red outline (the danger state, below) marks the field and the form's error line says what to fix.
        validation.setValidationDecorator(new org.controlsfx.validation.decoration.StyleClassValidationDecoration());
        // The field marked now: the one the error names, until the runner edits it (then it is theirs to resubmit).
        final StringProperty marked = new SimpleStringProperty(errorField.get());
        // The value the marked field held when the error named it: a form that checks as the runner types marks the
        // very value just typed, and that mark stays; an edit after the error was given takes it off.
        final Object[] markedValue = {null};
        fields.forEach((name, control) -> validation.registerValidator(control, false,
                (Validator<Object>) (c, value) -> ValidationResult.fromErrorIf(c, error.get(), name.equals(marked.get()))));
        final Runnable mark = () -> {
            fields.forEach((name, control) -> {
                final boolean on = name.equals(marked.get());
                control.pseudoClassStateChanged(Styles.STATE_DANGER, on);
                tip(control, on ? error.get() : "");
            });
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

    private static final String OWN_TIP = "stride.fieldmarks.tip";

    /** Puts {@code text} as the field's tooltip, or takes off the one this put there; a field's own tooltip stays. */
    private static void tip(final Control control, final String text) {
        final Object own = control.getProperties().get(OWN_TIP);
        if (text.isEmpty()) {
            if (own != null && control.getTooltip() == own) {
                control.setTooltip(null);
            }
            control.getProperties().remove(OWN_TIP);
            return;
        }
        if (own instanceof javafx.scene.control.Tooltip t && control.getTooltip() == t) {
            t.setText(text);
        } else if (control.getTooltip() == null) {
            final javafx.scene.control.Tooltip t = new javafx.scene.control.Tooltip(text);
            control.getProperties().put(OWN_TIP, t);
            control.setTooltip(t);
        }
    }
}
