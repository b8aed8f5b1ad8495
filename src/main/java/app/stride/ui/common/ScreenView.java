package app.stride.ui.common;

import javafx.scene.Parent;

/** A screen's view: builds its nodes once and binds them to its ViewModel. */
public interface ScreenView {

    Parent root();

    /** Called each time the screen is shown, e.g. to refresh data that other screens changed. */
    default void onShow() {
    }
}
