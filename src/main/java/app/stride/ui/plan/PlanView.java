package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.ui.common.PlaceholderScreen;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import java.util.Optional;
import javafx.scene.Parent;

/** The Plan screen; shows an empty state until there is something to show. */
public final class PlanView implements ScreenView {

    private final PlaceholderScreen screen;

    public PlanView(final ScreenContext context) {
        screen = new PlaceholderScreen(Screen.PLAN.key(), Messages.get("screen.plan.subtitle"), "mdi2c-calendar-month-outline", Optional.empty());
    }

    @Override
    public Parent root() {
        return screen.root();
    }
}
