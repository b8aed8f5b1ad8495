package app.stride.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes over a fixed list of values, shown with translated labels. */
public final class Choices {

    private Choices() {
    }

    public static <T> ComboBox<T> combo(final List<T> values, final Function<T, String> label) {
        final ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(final T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(final String text) {
                return values.stream().filter(v -> label.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
