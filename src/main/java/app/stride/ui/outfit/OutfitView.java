package app.stride.ui.outfit;

import app.stride.common.Messages;
import app.stride.ui.common.PlaceholderScreen;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import java.util.Optional;
import javafx.scene.Parent;

/** The Outfit screen; shows an empty state until there is something to show. */
public final class OutfitView implements ScreenView {

    private final PlaceholderScreen screen;

    public OutfitView(final ScreenContext context) {
        screen = new PlaceholderScreen(Screen.OUTFIT.key(), Messages.get("screen.outfit.subtitle"), "mdi2t-tshirt-crew-outline", Optional.empty());
    }

    @Override
    public Parent root() {
        return screen.root();
    }
}
