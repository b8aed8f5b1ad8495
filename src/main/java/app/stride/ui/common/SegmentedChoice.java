package app.stride.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SegmentedButton;

/**
 * One of a few values, e.g. km | mi, as ControlsFX's {@link SegmentedButton} (pills from the theme), bound to a
 * value property; it never ends up with nothing chosen.
 */
public final class SegmentedChoice<T> extends HBox {

    private final ObjectProperty<T> value = new SimpleObjectProperty<>();
    private final Map<T, ToggleButton> buttons = new LinkedHashMap<>();

    public SegmentedChoice(final List<T> choices, final Function<T, String> label) {
        getStyleClass().add("segmented-choice");
        final SegmentedButton segmented = new SegmentedButton();
        final ToggleGroup group = segmented.getToggleGroup();
        for (T choice : choices) {
            final ToggleButton b = new ToggleButton(label.apply(choice));
            b.setUserData(choice);
            b.setMnemonicParsing(false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            buttons.put(choice, b);
            segmented.getButtons().add(b);
        }
        getChildren().add(segmented);
        // The arrow keys move between the pills; the focus ring goes along (new-user review: it vanished on Progress).
        ArrowFocus.keepRing(this, buttons.values());
        // Clicking the selected pill would leave nothing chosen; keep it selected instead.
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
                return;
            }
            if (now != null) {
                @SuppressWarnings("unchecked")
                final T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
        value.addListener((o, old, now) -> {
            final ToggleButton b = buttons.get(now);
            if (b != null && !b.isSelected()) {
                b.setSelected(true);
            }
        });
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    /** The button for {@code choice}, e.g. to give it an id for tests. */
    public ToggleButton button(final T choice) {
        return buttons.get(choice);
    }
}
