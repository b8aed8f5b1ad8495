package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.ui.common.PlaceholderScreen;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Button;

/** Today's session; until there is a plan, an invitation to make one. */
public final class TodayView implements ScreenView {

    private final PlaceholderScreen screen;

    public TodayView(final ScreenContext context) {
        final LocalDate today = LocalDate.now(context.services().clock());
        final String date = today.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.getDefault()));
        final Button create = new Button(Messages.get("today.createPlan"));
        create.setId("today-create-plan");
        create.setOnAction(e -> context.navigate().accept(Screen.PLAN));
        screen = new PlaceholderScreen(Screen.TODAY.key(), date, "mdi2r-run", Optional.of(create));
    }

    @Override
    public Parent root() {
        return screen.root();
    }
}
