package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.ui.common.ErrorLine;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Life happens": only N minutes, not feeling 100%, too cold or hot. A button shows a preview of what changes; Apply
 * stores it (Undo then sits in Today's message), "Keep as planned" closes it.
 */
final class LifeHappensCard extends VBox {

    /** Kept here: a binding only its sources' weak listeners hold would be collected. */
    private final javafx.beans.binding.BooleanBinding shortOffered;

    LifeHappensCard(final LifeHappensViewModel vm, final ObservableBooleanValue sessionOpen) {
        super(10);
        final Label title = new Label(Messages.get("life.title"));
        title.getStyleClass().add(Styles.TITLE_4);

        final Label only = new Label(Messages.get("life.shorten"));
        only.setMinWidth(Region.USE_PREF_SIZE);
        final TextField minutes = new TextField();
        minutes.setId("life-minutes");
        minutes.setPrefColumnCount(3);
        minutes.textProperty().bindBidirectional(vm.minutesProperty());
        only.setLabelFor(minutes);
        final Label unit = new Label(Messages.get("life.shorten.minutes"));
        unit.setMinWidth(Region.USE_PREF_SIZE);
        final Button shorten = new Button(Messages.get("life.shorten.go"));
        shorten.setMinWidth(Region.USE_PREF_SIZE);
        shorten.setId("life-shorten");
        shorten.setOnAction(e -> vm.previewShorten());
        final HBox shortRow = new HBox(8, only, minutes, unit, shorten);
        shortRow.setAlignment(Pos.CENTER_LEFT);

        final Button ease = new Button(Messages.get("life.ease"), new FontIcon("mdi2e-emoticon-sick-outline"));
        ease.setId("life-ease");
        ease.setOnAction(e -> vm.previewEase());
        final Button weather = new Button(Messages.get("life.weather"), new FontIcon("mdi2w-weather-snowy-rainy"));
        weather.setId("life-weather");
        weather.setOnAction(e -> vm.previewIndoor());
        weather.visibleProperty().bind(vm.indoorOfferedProperty());
        weather.managedProperty().bind(vm.indoorOfferedProperty());
        vm.weatherWarnsProperty().addListener((o, a, warns) -> prominent(weather, warns));
        prominent(weather, vm.weatherWarnsProperty().get());
        final FlowPane more = new FlowPane(8, 8, ease, weather);

        final VBox preview = preview(vm);
        getChildren().addAll(title, shortRow, more, preview, new ErrorLine("life-error", vm.errorProperty()));
        // On a rest day or once today is ticked off, only easing the next days is left to offer. Out of the scene then,
        // not only hidden: a hidden text field is still styled and skinned for the first frame (issue 11).
        shortOffered = Bindings.and(sessionOpen, vm.shortenOfferedProperty());
        app.stride.ui.common.InSceneWhile.bind(this, shortRow, shortOffered);
        setId("today-life");
        getStyleClass().add("card-panel");
        setStyle("-fx-padding: 12 16 14 16;");
    }

    private static void prominent(final Button weather, final boolean warns) {
        weather.getStyleClass().remove(Styles.WARNING);
        if (warns) {
            weather.getStyleClass().add(Styles.WARNING);
        }
    }

    private static VBox preview(final LifeHappensViewModel vm) {
        final Label title = new Label();
        title.setId("life-preview-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        title.textProperty().bind(vm.previewTitleProperty());
        final VBox lines = new VBox(4);
        lines.setId("life-preview-lines");
        vm.previewLines().addListener((javafx.collections.ListChangeListener<String>) c -> {
            lines.getChildren().clear();
            for (String line : vm.previewLines()) {
                final Label l = new Label(line);
                l.setWrapText(true);
                lines.getChildren().add(l);
            }
        });
        final Button apply = new Button(Messages.get("life.preview.apply"), new FontIcon("mdi2c-check"));
        apply.setId("life-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> vm.apply());
        apply.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.previewProperty().get().map(c -> c.isEmpty()).orElse(true), vm.previewProperty()));
        final Button cancel = new Button(Messages.get("life.preview.cancel"));
        cancel.setId("life-cancel");
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.setOnAction(e -> vm.cancel());
        final Button other = new Button();
        other.setId("life-another-day");
        other.textProperty().bind(Bindings.createStringBinding(() -> vm.anotherDayProperty().get()
                .map(d -> Messages.get("life.preview.anotherDay", Dates.day(d))).orElse(""), vm.anotherDayProperty()));
        other.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.anotherDayProperty().get().isPresent(),
                vm.anotherDayProperty()));
        other.managedProperty().bind(other.visibleProperty());
        other.setOnAction(e -> vm.moveToAnotherDay());
        for (Button b : new Button[] {apply, cancel, other}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        final FlowPane buttons = new FlowPane(8, 8, apply, other, cancel);
        final VBox box = new VBox(8, title, lines, buttons);
        box.setId("life-preview");
        box.getStyleClass().add("life-preview");
        box.setStyle("-fx-padding: 10 12 10 12; -fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
        box.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.previewProperty().get().isPresent(), vm.previewProperty()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
