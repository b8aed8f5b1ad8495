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
    /**
     * The one content width: every screen's body grows with the window up to this and then stays centred, so
     * reading lines and forms keep a comfortable length on a large screen.
     */
    public static final double CONTENT_WIDTH = 1040;
    /** Room on the right of a screen's body so the vertical scroll bar never covers text. */
    public static final double SCROLL_ROOM = 16;

    /** Room above a screen's first row for its focus ring. */
    private static final double FOCUS_ROOM = 4;

    private Layouts() {
    }

    /** A screen with a header on top and {@code body} below, scrolling when taller than the window. */
    public static BorderPane screen(final ScreenHeader header, final Node body) {
        final BorderPane pane = bounded();
        pane.setTop(header);
        // The scroll's top padding takes FOCUS_ROOM of the gap: a focus ring (drawn 3 px outside a control) on the
        // first row was cut off at the viewport's top edge (new-user review 4, "Add your why").
        BorderPane.setMargin(header, new Insets(0, 0, GAP - FOCUS_ROOM, 0));
        body.getStyleClass().add("screen-body");
        final StackPane padded = new StackPane(body);
        padded.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        padded.setPadding(new Insets(FOCUS_ROOM, SCROLL_ROOM, 16, 0));
        final ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen-scroll");
        pane.setCenter(scroll);
        return pane;
    }

    /** A screen pane kept to the content width; the main window centres it. */
    public static BorderPane bounded() {
        final BorderPane pane = new BorderPane();
        pane.getStyleClass().add("screen");
        pane.setMaxWidth(CONTENT_WIDTH + SCROLL_ROOM);
        return pane;
    }

    /** A screen whose whole body is an empty state, centred. */
    public static BorderPane emptyScreen(final ScreenHeader header, final EmptyState empty) {
        final BorderPane pane = bounded();
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
