package app.stride.ui.log;

import app.stride.common.Messages;
import app.stride.ui.common.PlaceholderScreen;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import java.util.Optional;
import javafx.scene.Parent;

/** The Log screen; shows an empty state until there is something to show. */
public final class LogView implements ScreenView {

    private final PlaceholderScreen screen;

    public LogView(final ScreenContext context) {
        screen = new PlaceholderScreen(Screen.LOG.key(), Messages.get("screen.log.subtitle"), "mdi2n-notebook-outline", Optional.empty());
    }

    @Override
    public Parent root() {
        return screen.root();
    }
}
