package app.stride.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Marks the field a form's error is about: a red outline (the theme's danger state) and a ControlsFX validation
 * decoration with the error as its tooltip. The ViewModel stays the judge (it names the field); this only shows it.
 */
public final class FieldMarks {

    private FieldMarks() {
    }

    /**
     * Watches {@code errorField} (a field name, or empty) and {@code error} (the one-line message) and marks the
     * control registered under that name in {@code fields}.
     */
    public static ValidationSupport attach(final ObservableStringValue errorField, final ObservableStringValue error,
                                           final Map<String, ? extends Control> fields) {
        final ValidationSupport validation = new ValidationSupport();
        fields.forEach((name, control) -> validation.registerValidator(control, false,
                (Validator<Object>) (c, value) -> ValidationResult.fromErrorIf(c, error.get(), name.equals(errorField.get()))));
        final Runnable mark = () -> {
            fields.forEach((name, control) -> control.pseudoClassStateChanged(Styles.STATE_DANGER, name.equals(errorField.get())));
            validation.revalidate();
        };
        errorField.addListener((o, a, b) -> mark.run());
        error.addListener((o, a, b) -> mark.run());
        return validation;
    }
}
