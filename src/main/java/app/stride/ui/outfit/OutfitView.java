package app.stride.ui.outfit;

import app.stride.format.Dates;
import app.stride.common.Messages;
import app.stride.outfit.Effort;
import app.stride.outfit.LearnedExplanation;
import app.stride.outfit.Light;
import app.stride.outfit.Precipitation;
import app.stride.outfit.Sky;
import app.stride.outfit.Tendency;
import app.stride.ui.common.DateField;
import app.stride.ui.common.Choices;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.FieldMarks;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.common.SegmentedChoice;
import app.stride.ui.shell.ScreenContext;
import app.stride.weather.Place;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What to wear: conditions on the left (typed or from the forecast), the outfit on the right. */
public final class OutfitView implements ScreenView {

    private final OutfitViewModel vm;
    private final Parent root;
    private final VBox learnedList = new VBox(8);

    public OutfitView(final ScreenContext context) {
        this.vm = new OutfitViewModel(context.services().outfit(), context.services().weather(), context.tasks(),
                context.settings(), context.services().clock());

        final VBox left = new VBox(Layouts.GAP, weatherCard(), conditionsCard(), youCard());
        // Wide enough for the widest card (the effort and "how you run" choices), so all three cards line up.
        left.setMinWidth(370);
        left.setPrefWidth(370);
        left.setMaxWidth(390);

        final OutfitCard card = new OutfitCard();
        card.setId("outfit-result");
        final Runnable redraw = () -> card.show(vm.outfitProperty().get(), context.settings().get().temperatureUnit());
        vm.outfitProperty().addListener((o, a, b) -> redraw.run());
        context.settings().addListener((o, a, b) -> redraw.run());
        final Label wearTitle = new Label(Messages.get("outfit.screen.wear"));
        wearTitle.getStyleClass().add(Styles.TITLE_3);
        final Button wear = new Button(Messages.get("outfit.screen.wearThis"), new FontIcon("mdi2h-hanger"));
        wear.setId("outfit-wear-this");
        wear.setMinWidth(Region.USE_PREF_SIZE);
        wear.setOnAction(e -> vm.wearThis());
        wear.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.outfitProperty().get().isEmpty(), vm.outfitProperty()));
        final Label wearing = new Label();
        wearing.setId("outfit-wearing");
        wearing.setWrapText(true);
        wearing.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        wearing.textProperty().bind(vm.wearStatusProperty());
        final HBox wearRow = new HBox(12, wear, wearing);
        wearRow.setAlignment(Pos.CENTER_LEFT);
        final VBox right = new VBox(Layouts.GAP, wearTitle, card, wearRow, learnedSection());
        HBox.setHgrow(right, Priority.ALWAYS);

        final HBox body = new HBox(28, left, right);
        root = Layouts.screen(new ScreenHeader(Messages.get("screen.outfit"), Messages.get("screen.outfit.subtitle")), body);
    }

    @Override
    public void onShow() {
        vm.load();
    }

    /** Sets the screen up for a session: its day and effort, and the forecast when weather is on. */
    public void prepareFor(final java.time.LocalDate date, final Effort effort) {
        vm.prepareFor(date, effort);
    }

    @Override
    public Parent root() {
        return root;
    }

    private VBox weatherCard() {
        final Label off = new Label(Messages.get("outfit.weather.offTyped"));
        off.setWrapText(true);
        off.getStyleClass().add(Styles.TEXT_MUTED);
        final Button turnOn = new Button(Messages.get("outfit.weather.turnOn"), new FontIcon("mdi2w-weather-partly-cloudy"));
        turnOn.setId("outfit-weather-turn-on");
        turnOn.setOnAction(e -> vm.turnWeatherOn());
        final VBox offBox = new VBox(10, off, turnOn);
        final Label chooseTown = new Label(Messages.get("outfit.weather.chooseTown"));
        chooseTown.setWrapText(true);
        chooseTown.getStyleClass().add(Styles.TEXT_MUTED);
        final TextField query = new TextField();
        query.setId("outfit-place-query");
        query.setPromptText(Messages.get("outfit.weather.place"));
        query.textProperty().bindBidirectional(vm.placeQueryProperty());
        query.setOnAction(e -> vm.searchPlaces());
        HBox.setHgrow(query, Priority.ALWAYS);
        final Button search = new Button(Messages.get("outfit.weather.search"), new FontIcon("mdi2m-magnify"));
        search.setId("outfit-place-search");
        search.setOnAction(e -> vm.searchPlaces());
        search.disableProperty().bind(vm.busyProperty());
        final ListView<Place> results = new ListView<>(vm.placeResults());
        results.setId("outfit-place-results");
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(final Place p, final boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.label());
            }
        });
        results.setOnMouseClicked(e -> choose(results));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                choose(results);
            }
        });
        results.setPrefHeight(140);
        results.visibleProperty().bind(Bindings.isNotEmpty(vm.placeResults()));
        results.managedProperty().bind(results.visibleProperty());
        final VBox searchBox = new VBox(10, chooseTown, new HBox(8, query, search), results);

        final Label place = new Label();
        place.setId("outfit-place");
        place.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("outfit.weather.on", vm.placeLabelProperty().get()), vm.placeLabelProperty()));
        place.setGraphic(new FontIcon("mdi2m-map-marker-outline"));
        final DatePicker date = DateField.create();
        date.valueProperty().bindBidirectional(vm.forecastDateProperty());
        date.setPrefWidth(180);
        date.setPromptText(Messages.get("outfit.weather.date"));
        date.setAccessibleText(Messages.get("outfit.weather.date"));
        final ComboBox<Integer> hour = Choices.combo(IntStream.range(0, 24).boxed().toList(), h -> Dates.time(java.time.LocalTime.of(h, 0)));
        hour.valueProperty().bindBidirectional(vm.forecastHourProperty());
        hour.setPrefWidth(100);
        hour.setPromptText(Messages.get("outfit.weather.hour"));
        hour.setAccessibleText(Messages.get("outfit.weather.hour"));
        final Button fetch = new Button(Messages.get("outfit.weather.fetch"), new FontIcon("mdi2r-refresh"));
        fetch.setId("outfit-fetch");
        fetch.setOnAction(e -> vm.fetchForecast());
        fetch.disableProperty().bind(vm.busyProperty());
        final Hyperlink turnOff = new Hyperlink(Messages.get("outfit.weather.turnOff"));
        turnOff.setOnAction(e -> vm.turnWeatherOff());
        final VBox onBox = new VBox(10, place, new HBox(8, date, hour), new HBox(8, fetch, turnOff));

        offBox.visibleProperty().bind(vm.switchedOnProperty().not());
        offBox.managedProperty().bind(offBox.visibleProperty());
        searchBox.visibleProperty().bind(vm.switchedOnProperty().and(vm.weatherOnProperty().not()));
        searchBox.managedProperty().bind(searchBox.visibleProperty());
        onBox.visibleProperty().bind(vm.weatherOnProperty());
        onBox.managedProperty().bind(onBox.visibleProperty());

        final Label status = new Label();
        status.setId("outfit-weather-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.textProperty().bind(vm.weatherStatusProperty());
        status.visibleProperty().bind(vm.weatherStatusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        final Label attribution = new Label(vm.attribution());
        attribution.setId("outfit-attribution");
        attribution.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        attribution.visibleProperty().bind(vm.forecastShownProperty());
        attribution.managedProperty().bind(attribution.visibleProperty());

        return panel("outfit.screen.forecast", offBox, searchBox, onBox, status, attribution);
    }

    private void choose(final ListView<Place> results) {
        final Place p = results.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.choosePlace(p);
        }
    }

    private VBox conditionsCard() {
        final GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        final ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        final ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        final TextField temp = numberField("outfit-temperature", vm.temperatureProperty().get());
        temp.textProperty().bindBidirectional(vm.temperatureProperty());
        final TextField wind = numberField("outfit-wind", vm.windProperty().get());
        wind.textProperty().bindBidirectional(vm.windProperty());
        final TextField humidity = numberField("outfit-humidity", vm.humidityProperty().get());
        humidity.textProperty().bindBidirectional(vm.humidityProperty());
        final Label tempUnit = new Label();
        final Label windUnit = new Label();
        final Runnable units = () -> {
            tempUnit.setText(vm.temperatureSymbol());
            windUnit.setText(vm.windSymbol());
        };
        units.run();
        vm.outfitProperty().addListener((o, a, b) -> units.run());

        final ComboBox<Precipitation> precip = Choices.combo(List.of(Precipitation.values()), app.stride.text.OutfitText::label);
        precip.valueProperty().bindBidirectional(vm.precipitationProperty());
        final ComboBox<Sky> sky = Choices.combo(List.of(Sky.values()), app.stride.text.OutfitText::label);
        sky.valueProperty().bindBidirectional(vm.skyProperty());
        final ComboBox<Light> light = Choices.combo(List.of(Light.values()), app.stride.text.OutfitText::label);
        light.valueProperty().bindBidirectional(vm.lightProperty());
        final CheckBox thunder = new CheckBox(Messages.get("outfit.form.thunderstorm"));
        thunder.selectedProperty().bindBidirectional(vm.thunderstormProperty());
        final CheckBox ice = new CheckBox(Messages.get("outfit.form.freezing"));
        ice.selectedProperty().bindBidirectional(vm.freezingProperty());

        int row = 0;
        grid.addRow(row++, formLabel("outfit.form.temperature", temp), withUnit(temp, tempUnit));
        grid.addRow(row++, formLabel("outfit.form.wind", wind), withUnit(wind, windUnit));
        grid.addRow(row++, formLabel("outfit.form.humidity", humidity), withUnit(humidity, new Label("%")));
        grid.addRow(row++, formLabel("outfit.form.precipitation", precip), precip);
        grid.addRow(row++, formLabel("outfit.form.sky", sky), sky);
        grid.addRow(row++, formLabel("outfit.form.light", light), light);
        grid.add(new VBox(6, thunder, ice), 1, row);

        final ErrorLine error = new ErrorLine("outfit-input-error", vm.inputErrorProperty());
        FieldMarks.attach(vm.invalidFieldProperty(), vm.inputErrorProperty(), java.util.Map.of("precipitation", precip,
                "temperature", temp, "wind", wind, "humidity", humidity));
        final Label example = new Label(Messages.get("outfit.form.example"));
        example.setId("outfit-example");
        example.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        example.setWrapText(true);
        example.visibleProperty().bind(vm.exampleConditionsProperty());
        example.managedProperty().bind(example.visibleProperty());
        return panel("outfit.screen.conditions", example, grid, error);
    }

    private VBox youCard() {
        final SegmentedChoice<Effort> effort = new SegmentedChoice<>(List.of(Effort.values()), app.stride.text.OutfitText::label);
        effort.setId("outfit-effort");
        effort.valueProperty().bindBidirectional(vm.effortProperty());
        final SegmentedChoice<Tendency> tendency = new SegmentedChoice<>(List.of(Tendency.values()), app.stride.text.OutfitText::label);
        tendency.setId("outfit-tendency");
        tendency.valueProperty().bindBidirectional(vm.tendencyProperty());
        final ComboBox<java.time.LocalTime> usual = Choices.combo(
                IntStream.rangeClosed(8, 44).mapToObj(h -> java.time.LocalTime.of(h / 2, (h % 2) * 30)).toList(),
                Dates::time);
        usual.setId("outfit-usual-time");
        usual.setMaxWidth(120);
        usual.valueProperty().bindBidirectional(vm.usualTimeProperty());
        // Labelled like the Conditions card's fields (one style for every form label on the screen), above the
        // choice rather than beside it because the pills need the card's width.
        return panel("outfit.screen.you", new VBox(6, formLabel("outfit.form.effort", effort), effort),
                new VBox(6, formLabel("outfit.form.tendency", tendency), tendency),
                new VBox(6, formLabel("outfit.form.usualTime", usual), usual));
    }

    private VBox learnedSection() {
        final Label title = new Label(Messages.get("outfit.screen.learned"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        final Hyperlink resetAll = new Hyperlink(Messages.get("outfit.screen.resetAll"));
        resetAll.setId("outfit-reset-all");
        resetAll.setOnAction(e -> vm.resetAll());
        resetAll.visibleProperty().bind(Bindings.isNotEmpty(vm.learned()));
        resetAll.setMinWidth(Region.USE_PREF_SIZE);
        final Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        final HBox head = new HBox(8, title, grow, resetAll);
        head.setAlignment(Pos.CENTER_LEFT);
        learnedList.setId("outfit-learned");
        vm.learned().addListener((ListChangeListener<LearnedExplanation>) c -> drawLearned());
        drawLearned();
        final VBox box = new VBox(8, head, learnedList);
        box.getStyleClass().add("card-panel");
        box.setStyle("-fx-padding: 12 16 12 16;");
        return box;
    }

    private void drawLearned() {
        learnedList.getChildren().clear();
        if (vm.learned().isEmpty()) {
            final Label none = new Label(Messages.get("outfit.screen.learned.none"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            learnedList.getChildren().add(none);
            return;
        }
        for (LearnedExplanation l : vm.learned()) {
            final Label text = new Label(l.text().text());
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            final Button forget = new Button(Messages.get("outfit.screen.reset"));
            forget.getStyleClass().add(Styles.FLAT); // body size (new-user review 4)
            forget.setMinWidth(Region.USE_PREF_SIZE);
            forget.setOnAction(e -> vm.reset(l.band().bandC()));
            final HBox row = new HBox(8, text, forget);
            row.setAlignment(Pos.CENTER_LEFT);
            learnedList.getChildren().add(row);
        }
    }

    private static VBox panel(final String titleKey, final Node... children) {
        final Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        final VBox box = new VBox(12, title);
        box.getChildren().addAll(children);
        box.getStyleClass().add("card-panel");
        box.setStyle("-fx-padding: 12 16 16 16;");
        return box;
    }

    private static TextField numberField(final String id, final String initial) {
        final TextField f = new TextField(initial);
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
    }

    private static HBox withUnit(final TextField field, final Label unit) {
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        final HBox box = new HBox(8, field, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label formLabel(final String key, final Node field) {
        final Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        return l;
    }
}
