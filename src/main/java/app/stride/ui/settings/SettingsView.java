package app.stride.ui.settings;

import app.stride.common.Messages;
import app.stride.settings.DistanceUnit;
import app.stride.settings.TemperatureUnit;
import app.stride.settings.Theme;
import app.stride.ui.common.Choices;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.Notices;
import app.stride.ui.common.OpenFolder;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.common.SegmentedChoice;
import atlantafx.base.controls.Tile;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

/** Units, calendar and theme; changes apply immediately. */
public final class SettingsView implements ScreenView {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final Parent root;
    /**
     * Held on purpose: bidirectional bindings keep only weak references, so without this field the ViewModel was
     * garbage collected after a visit to another screen and later changes were neither applied nor saved.
     */
    private final SettingsViewModel vm;

    /** Held for the same reason as {@link #vm}; empty when the screen has no weather switch (some tests). */
    private final java.util.Optional<WeatherSwitchViewModel> weather;

    public SettingsView(final SettingsViewModel vm, final Path dataFolder) {
        this(vm, dataFolder, new Node[0]);
    }

    /** With more cards under "Your data" (backups, exports). */
    public SettingsView(final SettingsViewModel vm, final Path dataFolder, final Node... dataCards) {
        this(vm, java.util.Optional.empty(), dataFolder, dataCards);
    }

    /** With the weather switch among the display settings, and more cards under "Your data". */
    public SettingsView(final SettingsViewModel vm, final WeatherSwitchViewModel weather, final Path dataFolder,
                        final Node... dataCards) {
        this(vm, java.util.Optional.of(weather), dataFolder, dataCards);
    }

    private SettingsView(final SettingsViewModel vm, final java.util.Optional<WeatherSwitchViewModel> weather,
                         final Path dataFolder, final Node... dataCards) {
        this.vm = vm;
        this.weather = weather;
        final SegmentedChoice<DistanceUnit> distance = new SegmentedChoice<>(List.of(DistanceUnit.values()),
                u -> Messages.get("settings.distance." + u.code()));
        distance.setId("settings-distance");
        distance.valueProperty().bindBidirectional(vm.distanceUnitProperty());

        final SegmentedChoice<TemperatureUnit> temperature = new SegmentedChoice<>(List.of(TemperatureUnit.values()),
                u -> Messages.get("settings.temperature." + u.code()));
        temperature.setId("settings-temperature");
        temperature.valueProperty().bindBidirectional(vm.temperatureUnitProperty());

        final ComboBox<DayOfWeek> firstDay = Choices.combo(List.of(DayOfWeek.values()),
                d -> d.getDisplayName(TextStyle.FULL, Locale.getDefault()));
        firstDay.setId("settings-first-day");
        firstDay.valueProperty().bindBidirectional(vm.firstDayOfWeekProperty());
        firstDay.setPrefWidth(160);

        final SegmentedChoice<Theme> theme = new SegmentedChoice<>(List.of(Theme.values()),
                t -> Messages.get("settings.theme." + t.code()));
        theme.setId("settings-theme");
        theme.valueProperty().bindBidirectional(vm.themeProperty());

        final Node folderRow = folderRow(dataFolder);

        final Label status = new Label();
        status.setId("settings-status");
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        // The runner may already be looking elsewhere: a failed save also shows as a notice in the corner.
        vm.saveFailuresProperty().addListener((o, a, b) -> Notices.saveFailed(status, vm.statusProperty().get()));

        final VBox card = new VBox(
                tile("settings.distance", distance),
                new Separator(),
                tile("settings.temperature", temperature),
                new Separator(),
                tile("settings.firstDay", firstDay),
                new Separator(),
                tile("settings.theme", theme));
        weather.ifPresent(w -> card.getChildren().addAll(new Separator(), weatherTile(w)));
        card.getStyleClass().add("card-panel");

        final Button check = new Button(Messages.get("settings.check.button"));
        check.setId("settings-check");
        check.disableProperty().bind(vm.checkingProperty());
        check.setOnAction(e -> vm.checkData());
        final Label checkResult = new Label();
        checkResult.setId("settings-check-result");
        checkResult.setWrapText(true);
        checkResult.textProperty().bind(vm.checkResultProperty());
        checkResult.visibleProperty().bind(vm.checkResultProperty().isNotEmpty());
        checkResult.managedProperty().bind(checkResult.visibleProperty());
        vm.checkFoundProblemsProperty().addListener((o, was, bad) -> checkResult.pseudoClassStateChanged(PROBLEM, bad));
        checkResult.getStyleClass().addAll(Styles.TEXT_SMALL, "check-result");

        final VBox dataCard = new VBox(folderRow, new Separator(), tile("settings.check", check), checkResult);
        dataCard.getStyleClass().add("card-panel");

        final VBox body = Layouts.column(section("settings.section.display"), card,
                section("settings.section.data"), dataCard);
        // Issue 10: the first extra card is "Share and keep" (exports), the next ones are backups.
        for (int i = 0; i < dataCards.length; i++) {
            body.getChildren().add(section(i == 0 ? "settings.exports" : "settings.backups"));
            body.getChildren().add(dataCards[i]);
        }
        body.getChildren().add(status);
        root = Layouts.screen(new ScreenHeader(Messages.get("screen.settings"), Messages.get("settings.subtitle")), body);
    }

    /**
     * The data folder's row: title, hint and a Copy button in the tile, the path on its own lines under it. A long path
     * (Windows profiles, ~100 characters) as the tile's action squeezed the title to "…", ran the hint one letter a
     * line and widened the screen past the window; under the tile it wraps, even inside a name without spaces.
     */
    private static Node folderRow(final Path dataFolder) {
        final Button copy = new Button(Messages.get("note.copy"), new org.kordamp.ikonli.javafx.FontIcon("mdi2c-content-copy"));
        copy.setId("settings-data-folder-copy");
        copy.setOnAction(e -> {
            final javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(dataFolder.toString());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        final Button open = OpenFolder.button(Messages.get("export.openFolder"), () -> dataFolder);
        open.setId("settings-data-folder-open");
        final javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, copy, open);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        actions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        final Label folder = new Label(dataFolder.toString());
        folder.setId("settings-data-folder");
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "data-folder");
        folder.setWrapText(true);
        // The label's natural width is the whole path: kept out of the screen's width, which follows the window.
        folder.setMinWidth(0);
        folder.setPrefWidth(0);
        folder.setMaxWidth(Double.MAX_VALUE);
        folder.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        folder.setTooltip(new javafx.scene.control.Tooltip(dataFolder.toString()));
        // Indented like the tile's own text, as the weather detail is.
        folder.setPadding(new javafx.geometry.Insets(0, 16, 12, 14));
        return new VBox(tile("settings.dataFolder", actions), folder);
    }

    private static Node weatherTile(final WeatherSwitchViewModel w) {
        final SegmentedChoice<Boolean> onOff = new SegmentedChoice<>(List.of(Boolean.FALSE, Boolean.TRUE),
                on -> Messages.get(on ? "settings.weather.on" : "settings.weather.off"));
        onOff.setId("settings-weather");
        onOff.valueProperty().bindBidirectional(w.onProperty());
        final Label detail = new Label();
        detail.setId("settings-weather-detail");
        detail.setWrapText(true);
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        detail.textProperty().bind(w.detailProperty());
        detail.visibleProperty().bind(w.detailProperty().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        // Indented like the tile's own text, so the line reads as part of the setting above it.
        detail.setPadding(new javafx.geometry.Insets(0, 16, 12, 14));
        return new VBox(tile("settings.weather", onOff), detail);
    }

    @Override
    public void onShow() {
        weather.ifPresent(WeatherSwitchViewModel::load);
    }

    private static Tile tile(final String key, final Node action) {
        final Tile t = new Tile(Messages.get(key), Messages.get(key + ".hint"));
        t.setAction(action);
        // The tile only explains; Tab should land on the choice itself, not on an inert row first.
        t.setFocusTraversable(false);
        return t;
    }

    private static Label section(final String key) {
        final Label l = new Label(Messages.get(key));
        l.getStyleClass().addAll(Styles.TEXT_CAPTION, "section-title");
        return l;
    }

    @Override
    public Parent root() {
        return root;
    }
}
