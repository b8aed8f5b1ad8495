package app.stride.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Shared screen scaffolding, so every screen has the same margins and header. */
public final class Layouts {

    public static final double GAP = 16;

    private Layouts() {
    }

    /** A screen with a header on top and {@code body} below, scrolling when taller than the window. */
    public static BorderPane screen(final ScreenHeader header, final Node body) {
        final BorderPane pane = new BorderPane();
        pane.getStyleClass().add("screen");
        pane.setTop(header);
        BorderPane.setMargin(header, new Insets(0, 0, GAP, 0));
        // Room on the right so the vertical scroll bar never covers text.
        final StackPane padded = new StackPane(body);
        padded.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        padded.setPadding(new Insets(0, 16, 16, 0));
        final ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        pane.setCenter(scroll);
        return pane;
    }

    /** A screen whose whole body is an empty state, centred. */
    public static BorderPane emptyScreen(final ScreenHeader header, final EmptyState empty) {
        final BorderPane pane = new BorderPane();
        pane.getStyleClass().add("screen");
        pane.setTop(header);
        final StackPane centre = new StackPane(empty);
        centre.setPadding(new Insets(0, 0, 64, 0));
        pane.setCenter(centre);
        return pane;
    }

    /** A vertical stack with the standard gap. */
    public static VBox column(final Node... children) {
        final VBox box = new VBox(GAP, children);
        box.setFillWidth(true);
        return box;
    }
}
