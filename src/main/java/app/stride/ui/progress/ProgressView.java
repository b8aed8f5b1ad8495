package app.stride.ui.progress;

import app.stride.common.Messages;
import app.stride.ui.common.PlaceholderScreen;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import java.util.Optional;
import javafx.scene.Parent;

/** The Progress screen; shows an empty state until there is something to show. */
public final class ProgressView implements ScreenView {

    private final PlaceholderScreen screen;

    public ProgressView(final ScreenContext context) {
        screen = new PlaceholderScreen(Screen.PROGRESS.key(), Messages.get("screen.progress.subtitle"), "mdi2c-chart-line", Optional.empty());
    }

    @Override
    public Parent root() {
        return screen.root();
    }
}
