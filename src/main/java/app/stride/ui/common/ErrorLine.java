package app.stride.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The one red line under a form that says what to fix; it takes no room while there is nothing to say. */
public final class ErrorLine extends Label {

    public ErrorLine(final String id, final ObservableStringValue message) {
        setId(id);
        setWrapText(true);
        // In a dialog or a VBox short of room, a wrapped label would give up its second line and end in "…".
        setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getStyleClass().add(Styles.DANGER);
        textProperty().bind(message);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(message));
        managedProperty().bind(visibleProperty());
    }
}
