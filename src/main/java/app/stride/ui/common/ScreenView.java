package app.stride.ui.common;

import javafx.scene.Parent;

/** A screen's view: builds its nodes once and binds them to its ViewModel. */
public interface ScreenView {

    Parent root();

    /** Called each time the screen is shown, e.g. to refresh data that other screens changed. */
    default void onShow() {
    }

    /**
     * Runs {@code drawn} on the UI thread once the screen shows what {@link #onShow()} asked for (at once for a screen
     * that does not say): the app shows its window then, so the first frame is the screen with its data.
     */
    default void whenLoaded(final Runnable drawn) {
        drawn.run();
    }
}
