package app.stride.ui.common;

import javafx.event.Event;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab leave a multi-line note as they leave any other field, and Ctrl+Tab types the tab character
 * (new-user review nu6 1: Tab typed tabs into Today's note, so Done, Skip it and Move could not be reached by keyboard).
 * Every note field in the app goes through here so that they all behave alike.
 */
public final class TabMovesFocus {

    private static final String FORWARDED = "stride.tab.forwarded";

    private TabMovesFocus() {
    }

    /** Makes Tab / Shift+Tab move the focus out of {@code area}, Ctrl+Tab insert a tab. */
    public static void on(final TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()
                    || Boolean.TRUE.equals(area.getProperties().get(FORWARDED))) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                area.replaceSelection("\t");
                return;
            }
            // The text area's own keys move the focus on Ctrl+Tab (Ctrl+Shift+Tab backwards): hand it that, once.
            final KeyEvent move = new KeyEvent(area, area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                    e.isShiftDown(), true, false, false);
            area.getProperties().put(FORWARDED, Boolean.TRUE);
            try {
                Event.fireEvent(area, move);
            } finally {
                area.getProperties().remove(FORWARDED);
            }
        });
    }
}
