package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.ui.common.DateField;
import app.stride.ui.common.Layouts;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small building blocks of the plan form: cards, labelled rows, number and date fields, help text. */
final class FormParts {

    static final double LABEL_WIDTH = 232;

    private FormParts() {
    }

    static HBox actionBar(final Node... children) {
        final HBox bar = new HBox(12, children);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("plan-action-bar");
        return bar;
    }

    static void addLabelled(final VBox rows, final String key, final Node cell, final Node control,
                                    final ObservableBooleanValue shown) {
        final Label label = new Label(Messages.get(key));
        label.setLabelFor(control);
        label.setWrapText(true);
        label.getStyleClass().add("plan-field-label");
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        label.setMaxWidth(LABEL_WIDTH);
        final HBox row = new HBox(Layouts.GAP, label, cell);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(cell, Priority.ALWAYS);
        if (shown != null) {
            // Questions that don't apply to the chosen goal step aside, keeping what was typed in them.
            row.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
            row.managedProperty().bind(row.visibleProperty());
        }
        rows.getChildren().add(row);
    }

    static VBox rows() {
        return new VBox(12);
    }

    static VBox card(final String titleKey, final Node... children) {
        final Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        final VBox box = new VBox(12, title);
        box.getChildren().addAll(children);
        box.getStyleClass().addAll("card-panel", "plan-card");
        return box;
    }

    static DatePicker datePicker(final ObjectProperty<LocalDate> value) {
        final DatePicker p = DateField.create();
        p.valueProperty().bindBidirectional(value);
        // The editor is filled on the first layout; leaving it before then would commit an empty date.
        p.getEditor().setText(p.getConverter().toString(p.getValue()));
        p.setPrefWidth(190);
        p.setMaxWidth(Region.USE_PREF_SIZE);
        return p;
    }

    static TextField number(final StringProperty value) {
        final TextField f = new TextField();
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(5);
        f.setMaxWidth(Region.USE_PREF_SIZE);
        return f;
    }

    static HBox withUnit(final TextField field, final String unit) {
        final HBox box = new HBox(8, field, muted(unit));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static HBox withUnit(final TextField field, final ObservableStringValue unit) {
        final Label label = muted("");
        label.textProperty().bind(unit);
        final HBox box = new HBox(8, field, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Label muted(final String text) {
        final Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    static Label help() {
        final Label l = new Label();
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, "plan-help");
        return l;
    }

    static String capitalised(final String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * {@code bar} as wide as {@code body} and left-aligned under it: the buttons end where the cards end, not out at
     * the screen's edge (the body is capped at 760 px and keeps room for the scroll bar).
     */
    static Region underBody(final Region bar, final Region body) {
        bar.maxWidthProperty().bind(body.widthProperty());
        BorderPane.setAlignment(bar, Pos.TOP_LEFT);
        return bar;
    }
}
