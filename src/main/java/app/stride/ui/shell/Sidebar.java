package app.stride.ui.shell;

import app.stride.common.Messages;
import app.stride.ui.common.ArrowFocus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's sidebar: the brand and one button per screen, kept in step with the screen shown; arrows move along it. */
final class Sidebar {

    private final ShellViewModel viewModel;
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private final VBox root;

    Sidebar(final ShellViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = build();
    }

    VBox root() {
        return root;
    }

    /** Highlights {@code screen}'s button (the screen is being shown). */
    void select(final Screen screen) {
        final ToggleButton b = buttons.get(screen);
        if (!b.isSelected()) {
            b.setSelected(true);
        }
    }

    private static final String LOGO = "mdi2r-run-fast";

    // The item the arrow keys moved to is :arrowed (ArrowFocus.ARROWED). The sidebar stays one Tab stop, like a
    // desktop source list (Finder, Mail, Things): Tab reaches the screen shown and goes on to the screen, the arrows
    // move along the list, Ctrl+1…7 jump.

    /**
     * Makes (and drops) one icon of each the sidebar shows. Run on a worker once the toolkit is up: the first Ikonli
     * icon loads the 1.3 MB icon font and its resolver, and each letter's icon table is an enum of hundreds of
     * constants, 60-90 ms of CPU that the UI thread otherwise spends on its first sidebar button (issue 11). An icon
     * is a text node, so it may be made on any thread while it is in no scene.
     */
    static void loadIcons() {
        new FontIcon(LOGO);
        for (Screen s : Screen.values()) {
            new FontIcon(s.icon());
        }
    }

    /**
     * Only the item of the screen shown takes Tab (or Shift+Tab, which reached Settings from the window's start): the
     * sidebar is one stop whichever way the runner comes in, and the arrows move along it.
     */
    private void oneTabStop() {
        buttons.values().forEach(b -> b.setFocusTraversable(b.isSelected()));
    }

    private VBox build() {
        final FontIcon logo = new FontIcon(LOGO);
        logo.getStyleClass().add("brand-icon");
        final Label brand = new Label(Messages.get("app.name"), logo);
        brand.getStyleClass().add("brand");

        final VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        final ToggleGroup group = new ToggleGroup();
        final Map<ToggleButton, String> tips = new LinkedHashMap<>();
        int index = 1;
        for (Screen s : Screen.values()) {
            final ToggleButton b = new ToggleButton(Messages.get(s.key()), new FontIcon(s.icon()));
            b.setId("nav-" + s.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().add("nav-item");
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setMnemonicParsing(false);
            tips.put(b, Messages.get("nav.shortcut", Messages.get(s.key()), index));
            b.setOnAction(e -> viewModel.navigate(s));
            b.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    b.pseudoClassStateChanged(ArrowFocus.ARROWED, false);
                }
            });
            buttons.put(s, b);
            if (s == Screen.SETTINGS) {
                final Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                nav.getChildren().add(spacer);
            }
            nav.getChildren().add(b);
            index++;
        }
        // The shortcut tooltips are made when the pointer first comes to the sidebar, not before the first frame.
        app.stride.ui.common.HoverTooltips.onFirstHover(nav, tips);
        // Clicking the screen you are on must not leave the sidebar with nothing selected.
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
            oneTabStop();
        });
        oneTabStop();
        // Up and down move to the previous or next screen, the highlight and the screen together (never one without the other).
        nav.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            final int step = e.getCode() == KeyCode.UP || e.getCode() == KeyCode.LEFT ? -1
                    : e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.RIGHT ? 1 : 0;
            if (step != 0) {
                final Screen[] all = Screen.values();
                final int next = Math.floorMod(viewModel.currentProperty().get().ordinal() + step, all.length);
                viewModel.navigate(all[next]);
                final ToggleButton to = buttons.get(all[next]);
                to.requestFocus();
                // Focus given by code is not :focus-visible, so the ring would vanish as the arrows move it; say
                // it came from the keyboard, until the item loses focus (a click gives no ring).
                to.pseudoClassStateChanged(ArrowFocus.ARROWED, true);
                e.consume();
            }
        });
        VBox.setVgrow(nav, Priority.ALWAYS);
        final VBox sidebar = new VBox(20, brand, nav);
        sidebar.getStyleClass().add("sidebar");
        return sidebar;
    }
}
