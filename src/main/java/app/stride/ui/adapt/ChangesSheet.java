package app.stride.ui.adapt;

import app.stride.common.Messages;
import app.stride.ui.adapt.AdaptBannerViewModel.ChangeRow;
import app.stride.ui.adapt.AdaptBannerViewModel.Offer;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A long re-plan preview (more than {@link #INLINE_ROWS} changed days) in a sheet of its own, as tall as the window
 * allows, instead of a strip scrolling inside the banner: what happened, every changed day (from → to), and Accept,
 * Keep as is or Close. Close is the default and Escape's button, so no key press changes the plan by accident; the
 * list scrolls with the arrow and page keys.
 */
final class ChangesSheet {

    /** The most changed days the banner shows itself (about 220 px); a longer preview opens this sheet. */
    static final int INLINE_ROWS = 8;

    /** Room kept for the sheet's title, text, buttons and the window's frame around the list. */
    private static final double FRAME_ROOM = 300;

    private ChangesSheet() {
    }

    /**
     * The sheet for {@code offer}, not shown yet; {@code accept} and {@code keep} run on the runner's choice (Close and
     * Escape do neither). Shown with {@link Dialog#show()}, so nothing waits on it.
     */
    static Dialog<ButtonType> of(final Node owner, final String idPrefix, final Offer offer, final Runnable accept,
                                 final Runnable keep) {
        final Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initStyle(StageStyle.UTILITY);
        dialog.setTitle(Messages.get("adaptbanner.sheet.title"));
        dialog.setResizable(true);
        final ButtonType acceptType = new ButtonType(Messages.get(offer.asked() ? "adaptbanner.accept.asked" : "adaptbanner.accept"),
                ButtonBar.ButtonData.OK_DONE);
        final ButtonType keepType = new ButtonType(Messages.get(offer.asked() ? "adaptbanner.keep.asked" : "adaptbanner.keep"),
                ButtonBar.ButtonData.OTHER);
        final ButtonType close = new ButtonType(Messages.get("adaptbanner.sheet.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        final DialogPane pane = dialog.getDialogPane();
        pane.setId(idPrefix + "-sheet");
        pane.getButtonTypes().setAll(keepType, close, acceptType);
        pane.setHeaderText(null);
        pane.setGraphic(null);
        pane.getStyleClass().addAll("confirm-dialog", "adapt-sheet");

        final Label heading = new Label(offer.title());
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        final Label body = new Label(offer.body());
        body.setWrapText(true);
        body.getStyleClass().add(Styles.TEXT_MUTED);
        final Label count = new Label(Messages.get("adaptbanner.changes", offer.changes().size()));
        count.getStyleClass().add(Styles.TEXT_BOLD);
        final VBox content = new VBox(8, heading, body);
        for (String w : offer.warnings()) {
            final Label l = new Label(w, new FontIcon("mdi2i-information-outline"));
            l.setWrapText(true);
            l.getStyleClass().add("adapt-warning");
            content.getChildren().add(l);
        }
        final GridPane rows = new GridPane();
        rows.setId(idPrefix + "-sheet-changes");
        rows.getStyleClass().addAll("adapt-changes", "adapt-sheet-changes");
        int r = 0;
        for (ChangeRow c : offer.changes()) {
            final FontIcon arrow = new FontIcon("mdi2a-arrow-right");
            arrow.getStyleClass().add("adapt-change-arrow");
            rows.addRow(r++, AdaptBanner.cell(c.date(), "adapt-change-date"), AdaptBanner.cell(c.week(), "adapt-change-week"),
                    AdaptBanner.cell(c.from(), "adapt-change-from"), arrow, AdaptBanner.cell(c.to(), "adapt-change-to"));
        }
        final ScrollPane scroll = new ScrollPane(rows);
        scroll.setId(idPrefix + "-sheet-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("adapt-sheet-scroll");
        scroll.setFocusTraversable(true);
        content.getChildren().addAll(count, scroll);
        // As wide as the rows (no column cut, no sideways scrolling), the texts above wrapping to that width.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(560);
        for (Label l : java.util.List.of(heading, body)) {
            l.maxWidthProperty().bind(scroll.widthProperty());
        }
        pane.setContent(content);

        final Window window = owner != null && owner.getScene() != null ? owner.getScene().getWindow() : null;
        if (window != null) {
            dialog.initOwner(window);
            dialog.initModality(javafx.stage.Modality.WINDOW_MODAL);
            // A scrim over the window while the sheet is up: the page behind is dimmed, so the sheet reads as a
            // dialog on top of it and not as part of the page (at 720 it stood over the sidebar and banner).
            final Node behind = owner.getScene().getRoot();
            final javafx.scene.effect.Effect before = behind.getEffect();
            dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWING,
                    e -> behind.setEffect(new javafx.scene.effect.ColorAdjust(0, -0.2, -0.45, 0)));
            dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_HIDDEN, e -> behind.setEffect(before));
            app.stride.ui.common.DialogLook.follow(pane, owner);
        }
        // As tall as the rows need, up to the window's height: the whole list at once where it fits.
        final double rowHeight = new Text("Ag").getLayoutBounds().getHeight() + 4;
        final double wanted = offer.changes().size() * rowHeight + 12;
        final double room = (window != null ? window.getHeight() : 720) - FRAME_ROOM;
        scroll.setPrefViewportHeight(Math.max(4 * rowHeight, Math.min(wanted, room)));
        // Once shown (its texts wrapped), a sheet taller than the window gives up list height until it fits, and
        // stands centred over the window.
        dialog.setOnShown(e -> {
            rows.applyCss();
            rows.layout();
            // As wide as the list (the window allowing), then as tall as fits: the dialog opened at its first guess.
            final double listWidth = Math.max(480, rows.prefWidth(-1) + 16); // + room for the scroll bar
            final double frame = pane.getWidth() - scroll.getWidth();
            scroll.setPrefViewportWidth(listWidth);
            final double roomWide = window != null ? window.getWidth() - 48 : Double.MAX_VALUE;
            pane.setPrefWidth(Math.min(roomWide, Math.max(pane.getWidth(), listWidth + 2 + frame)));
            pane.getScene().getWindow().sizeToScene();
            if (window != null) {
                final double over = dialog.getHeight() - (window.getHeight() - 24);
                if (over > 0) {
                    scroll.setPrefViewportHeight(Math.max(3 * rowHeight, scroll.getPrefViewportHeight() - over));
                    pane.getScene().getWindow().sizeToScene();
                }
                dialog.setX(window.getX() + (window.getWidth() - dialog.getWidth()) / 2);
                dialog.setY(window.getY() + Math.max(0, (window.getHeight() - dialog.getHeight()) / 2));
            }
            scroll.requestFocus();
        });

        final Button acceptButton = (Button) pane.lookupButton(acceptType);
        acceptButton.setId(idPrefix + "-sheet-accept");
        acceptButton.getStyleClass().add(Styles.ACCENT);
        acceptButton.setDefaultButton(false);
        final Button keepButton = (Button) pane.lookupButton(keepType);
        keepButton.setId(idPrefix + "-sheet-keep");
        final Button closeButton = (Button) pane.lookupButton(close);
        closeButton.setId(idPrefix + "-sheet-close");
        closeButton.setDefaultButton(false);
        closeButton.setCancelButton(true);
        dialog.setOnHidden(e -> {
            final ButtonType chosen = dialog.getResult();
            if (chosen == acceptType) {
                accept.run();
            } else if (chosen == keepType) {
                keep.run();
            }
        });
        return dialog;
    }
}
