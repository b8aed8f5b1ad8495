package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.ui.common.Layouts;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Today's notice after a change ("Done! …", "Opened again … Undo"): a toast of one fixed width floating at the bottom
 * right of the screen, over the content rather than in its rows, so showing it or changing its text moves nothing
 * and never squeezes the why (review: it shared the why's row, its width followed the why's length and it pushed
 * the cards down). While it shows, the content gets as much room at its end so whatever it covers can be scrolled to.
 */
final class DoneNotice extends HBox {

    /** The toast's width: two lines hold the longest notice ("Done! … Noted: …"). */
    static final double WIDTH = 420;

    DoneNotice(final TodayViewModel vm) {
        super(8);
        final Label message = new Label();
        message.setId("today-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        final Button undo = new Button(Messages.get("today.tickoff.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("today-message-undo");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.visibleProperty().bind(vm.canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.undo());
        final Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("today-message-close");
        close.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setAccessibleText(Messages.get("today.notice.close"));
        // Its tooltip is made when the pointer first comes to the notice: a Tooltip is a window, and JavaFX makes
        // windows on the UI thread only, while Today may be built off it (issue 11).
        app.stride.ui.common.HoverTooltips.onFirstHover(this, java.util.Map.of(close, Messages.get("today.notice.close")));
        close.setOnAction(e -> vm.clearMessage());
        getChildren().addAll(message, undo, close);
        setId("today-notice");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("today-notice");
        // Solid, not the banner's subtle tint: it floats over the cards and must not let them show through.
        setStyle("-fx-background-color: -color-bg-overlay; -fx-background-radius: 8; -fx-border-radius: 8;"
                + " -fx-border-color: -color-success-emphasis; -fx-border-width: 1 1 1 4; -fx-padding: 10 8 10 12;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 14, 0, 0, 3);");
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setMaxHeight(Region.USE_PREF_SIZE);
        visibleProperty().bind(vm.messageProperty().isNotEmpty());
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(0, Layouts.SCROLL_ROOM + 8, 16, 0));
    }

    /** Room at the end of the content while the notice shows, so nothing stays hidden under it. */
    Region room() {
        final Region room = new Region();
        room.minHeightProperty().bind(Bindings.when(visibleProperty()).then(heightProperty()).otherwise(0.0));
        room.setMouseTransparent(true);
        return room;
    }
}
