package app.stride.ui.shoes;

import app.stride.common.Messages;
import app.stride.ui.common.PlaceholderScreen;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import java.util.Optional;
import javafx.scene.Parent;

/** The Shoes screen; shows an empty state until there is something to show. */
public final class ShoesView implements ScreenView {

    private final PlaceholderScreen screen;

    public ShoesView(final ScreenContext context) {
        screen = new PlaceholderScreen(Screen.SHOES.key(), Messages.get("screen.shoes.subtitle"), "mdi2s-shoe-sneaker", Optional.empty());
    }

    @Override
    public Parent root() {
        return screen.root();
    }
}
