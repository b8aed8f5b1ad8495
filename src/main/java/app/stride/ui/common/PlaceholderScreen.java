package app.stride.ui.common;

import app.stride.common.Messages;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.control.Button;

/** A screen whose feature has nothing to show yet: a header and an empty state that says what to do next. */
public final class PlaceholderScreen implements ScreenView {

    private final Parent root;

    /** Texts come from {@code <key>.title}, {@code <key>.empty.title} and {@code <key>.empty.body}. */
    public PlaceholderScreen(final String key, final String subtitle, final String icon, final Optional<Button> action) {
        final ScreenHeader header = new ScreenHeader(Messages.get(key), subtitle);
        final EmptyState empty = new EmptyState(icon, Messages.get(key + ".empty.title"),
                Messages.get(key + ".empty.body"), action);
        empty.setId(key.replace('.', '-') + "-empty");
        root = Layouts.emptyScreen(header, empty);
    }

    @Override
    public Parent root() {
        return root;
    }
}
