package app.stride.ui.plan;

import static app.stride.ui.plan.FormParts.actionBar;
import static app.stride.ui.plan.FormParts.addLabelled;
import static app.stride.ui.plan.FormParts.capitalised;
import static app.stride.ui.plan.FormParts.card;
import static app.stride.ui.plan.FormParts.datePicker;
import static app.stride.ui.plan.FormParts.help;
import static app.stride.ui.plan.FormParts.muted;
import static app.stride.ui.plan.FormParts.number;
import static app.stride.ui.plan.FormParts.rows;
import static app.stride.ui.plan.FormParts.withUnit;
import static app.stride.ui.plan.FormParts.underBody;
import static app.stride.ui.plan.FormParts.LABEL_WIDTH;

import app.stride.common.Messages;
import app.stride.plan.PlanDates;
import app.stride.plan.RaceDistance;
import app.stride.ui.common.Choices;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.SegmentedChoice;
import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Create your plan" form and, after Preview, the plan it makes with a button to start it. */
final class PlanFormView {


    private final PlanFormViewModel vm;
    /** The form's column width, shared by its preview so both steps' buttons end at the same place. */
    static final double FORM_WIDTH = 760;

    private final Map<FormField, Node> fields = new EnumMap<>(FormField.class);
    private final StackPane root = new StackPane();
    private final Button back = new Button(Messages.get("planscreen.cancel"));
    private SegmentedChoice<GoalChoice> goalChoice;
    private final Button previewButton = new Button(Messages.get("planscreen.preview"), new FontIcon("mdi2e-eye-outline"));

    PlanFormView(final PlanFormViewModel vm, final Runnable cancel) {
        this.vm = vm;
        back.setId("plan-cancel");
        back.setOnAction(e -> cancel.run());
        final Parent answers = answers();
        final Parent preview = PlanPreviewStep.of(vm, previewButton);
        root.getChildren().addAll(answers, preview);
        final ObservableBooleanValue previewing = Bindings.createBooleanBinding(() -> vm.previewDisplayProperty().get().isPresent(),
                vm.previewDisplayProperty());
        preview.visibleProperty().bind(previewing);
        answers.visibleProperty().bind(preview.visibleProperty().not());
        // One default button at a time: Enter previews the answers, then starts the previewed plan.
        previewButton.defaultButtonProperty().bind(answers.visibleProperty());
        vm.invalidFieldProperty().addListener((o, a, b) -> fields.forEach((f, n) -> n.pseudoClassStateChanged(Styles.STATE_DANGER,
                b.equals(Optional.of(f)))));
    }

    Parent root() {
        return root;
    }

    /** Puts the keyboard on the first question. */
    void focusFirst() {
        goalChoice.button(vm.goalProperty().get()).requestFocus();
    }

    /** Shows "Back to my plan" only when there is a plan to go back to. */
    void canGoBack(final boolean yes) {
        back.setVisible(yes);
        back.setManaged(yes);
    }

    private Parent answers() {
        final VBox body = new VBox(Layouts.GAP, goalCard(), todayCard(), weekCard());
        vm.why().ifPresent(w -> body.getChildren().add(whyCard(w)));
        body.setId("plan-form");
        body.setMaxWidth(FORM_WIDTH);
        body.getStyleClass().add("plan-form");
        final BorderPane pane = Layouts.screen(new ScreenHeader(Messages.get("planscreen.form.title"),
                Messages.get("planscreen.form.subtitle")), body);

        final Label error = new Label();
        error.setId("plan-error");
        error.setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
        error.setWrapText(true);
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        error.getStyleClass().addAll(Styles.DANGER, "plan-error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        final Button preview = previewButton;
        preview.setId("plan-preview");
        preview.getStyleClass().add(Styles.ACCENT);
        preview.disableProperty().bind(vm.busyProperty());
        preview.setOnAction(e -> vm.preview());
        preview.setMinWidth(Region.USE_PREF_SIZE);
        back.setMinWidth(Region.USE_PREF_SIZE);
        // The suggestions answer the error, so they come after it (they came first, above the error they answer).
        pane.setBottom(underBody(new VBox(8, actionBar(error, back, preview), PlanAlternativesBar.of(vm)), body));
        return pane;
    }

    private VBox goalCard() {
        final SegmentedChoice<GoalChoice> goal = new SegmentedChoice<>(List.of(GoalChoice.values()),
                g -> Messages.get("planscreen.goal." + g.key()));
        for (GoalChoice g : GoalChoice.values()) {
            goal.button(g).setId("plan-goal-" + g.key());
        }
        goalChoice = goal;
        goal.valueProperty().bindBidirectional(vm.goalProperty());
        final Label help = help();
        help.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("planscreen.goal." + vm.goalProperty().get().key()
                + ".help"), vm.goalProperty()));

        final ComboBox<RaceDistance> distance = Choices.combo(List.of(RaceDistance.FIVE_K, RaceDistance.TEN_K, RaceDistance.HALF),
                d -> capitalised(PlanHeading.distanceName(d)));
        distance.valueProperty().bindBidirectional(vm.distanceProperty());
        distance.setPrefWidth(180);
        distance.setMaxWidth(Region.USE_PREF_SIZE);
        final DatePicker race = datePicker(vm.raceDateProperty());
        final TextField target = new TextField();
        target.textProperty().bindBidirectional(vm.targetTimeProperty());
        target.setPromptText(Messages.get("planscreen.time.prompt"));
        target.setPrefWidth(180);
        target.setMaxWidth(Region.USE_PREF_SIZE);
        final DatePicker start = datePicker(vm.startDateProperty());
        final ComboBox<Integer> weeks = Choices.combo(IntStream.rangeClosed(PlanDates.MIN_WEEKS, PlanDates.MAX_WEEKS).boxed().toList(),
                w -> Messages.get("planscreen.weeks.option", w));
        weeks.valueProperty().bindBidirectional(vm.weeksProperty());
        weeks.setPrefWidth(180);
        weeks.setMaxWidth(Region.USE_PREF_SIZE);
        final Label length = help();
        length.setId("plan-length");
        length.textProperty().bind(vm.lengthHintProperty());

        final ObservableBooleanValue isRace = vm.goalProperty().isNotEqualTo(GoalChoice.REGULAR);
        final VBox grid = rows();
        add(grid, FormField.DISTANCE, distance, isRace);
        add(grid, FormField.RACE_DATE, race, isRace);
        add(grid, FormField.TARGET_TIME, target, vm.goalProperty().isEqualTo(GoalChoice.RACE));
        add(grid, FormField.START_DATE, start, null);
        add(grid, FormField.WEEKS, weeks, vm.goalProperty().isEqualTo(GoalChoice.REGULAR));
        length.setPadding(new Insets(0, 0, 0, LABEL_WIDTH + Layouts.GAP));
        grid.getChildren().add(length);
        return card("planscreen.form.goal", goal, help, grid);
    }

    private VBox todayCard() {
        final SegmentedChoice<FitnessChoice> choice = new SegmentedChoice<>(List.of(FitnessChoice.values()),
                f -> Messages.get("planscreen.fitness." + f.key()));
        for (FitnessChoice f : FitnessChoice.values()) {
            choice.button(f).setId("plan-fitness-" + f.key());
        }
        choice.valueProperty().bindBidirectional(vm.fitnessProperty());
        final Label help = help();
        help.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("planscreen.fitness."
                + vm.fitnessProperty().get().key() + ".help"), vm.fitnessProperty()));

        final VBox grid = rows();
        final TextField minutes = number(vm.minutesProperty());
        add(grid, FormField.MINUTES, withUnit(minutes, Messages.get("planscreen.unit.minutes")), minutes,
                vm.fitnessProperty().isEqualTo(FitnessChoice.MINUTES));

        final ObservableBooleanValue training = vm.fitnessProperty().isEqualTo(FitnessChoice.TRAINING);
        final TextField weekly = number(vm.weeklyProperty());
        add(grid, FormField.WEEKLY, withUnit(weekly, vm.unitSymbolProperty()), weekly, training);
        final TextField runs = number(vm.runsPerWeekProperty());
        add(grid, FormField.RUNS_PER_WEEK, runs, training);
        final TextField longest = number(vm.longestRunProperty());
        add(grid, FormField.LONGEST_RUN, withUnit(longest, vm.unitSymbolProperty()), longest, training);

        final ObservableBooleanValue raced = vm.fitnessProperty().isEqualTo(FitnessChoice.RACE);
        final ComboBox<RaceDistance> recent = Choices.combo(List.of(RaceDistance.MILE, RaceDistance.FIVE_K, RaceDistance.TEN_K,
                RaceDistance.HALF, RaceDistance.MARATHON), d -> capitalised(PlanHeading.distanceName(d)));
        recent.valueProperty().bindBidirectional(vm.recentDistanceProperty());
        recent.setId("plan-recentDistance");
        recent.setPrefWidth(180);
        recent.setMaxWidth(Region.USE_PREF_SIZE);
        final TextField time = new TextField();
        time.textProperty().bindBidirectional(vm.recentTimeProperty());
        time.setPromptText(Messages.get("planscreen.time.prompt"));
        time.setPrefWidth(180);
        time.setMaxWidth(Region.USE_PREF_SIZE);
        addLabelled(grid, "planscreen.field.recentDistance", recent, recent, raced);
        add(grid, FormField.RECENT_TIME, time, raced);

        final TextField run = number(vm.runSecondsProperty());
        run.setId("plan-runSeconds");
        final TextField walk = number(vm.walkSecondsProperty());
        walk.setId("plan-walkSeconds");
        final HBox ratio = new HBox(8, muted(Messages.get("planscreen.runWalk.run")), run, muted(Messages.get("planscreen.unit.seconds")),
                muted("/"), muted(Messages.get("planscreen.runWalk.walk")), walk, muted(Messages.get("planscreen.unit.seconds")));
        ratio.setAlignment(Pos.CENTER_LEFT);
        ratio.setId("plan-runWalk");
        fields.put(FormField.RUN_WALK, ratio);
        add(grid, FormField.RUN_WALK, ratio, ratio, vm.fitnessProperty().isEqualTo(FitnessChoice.RUN_WALK));

        final VBox after = rows();
        final TextField off = number(vm.weeksOffProperty());
        add(after, FormField.WEEKS_OFF, withUnit(off, Messages.get("planscreen.unit.weeks")), off, null);
        final CheckBox cross = new CheckBox(Messages.get("planscreen.field.crossTrained"));
        cross.setId("plan-crossTrained");
        cross.setWrapText(true);
        cross.selectedProperty().bindBidirectional(vm.crossTrainedProperty());
        cross.setPadding(new Insets(0, 0, 0, LABEL_WIDTH + Layouts.GAP));
        after.getChildren().add(cross);
        return card("planscreen.form.today", choice, help, grid, new Separator(), after);
    }

    private VBox weekCard() {
        final HBox days = new HBox(0);
        days.setId("plan-days");
        days.getStyleClass().add("plan-days");
        fillDays(days);
        // The week starts on the runner's first day, also when they change it in Settings with the form open.
        vm.firstDayProperty().addListener((o, a, b) -> fillDays(days));
        fields.put(FormField.DAYS, days);
        final List<DayOfWeek> order = List.of(DayOfWeek.values());

        final ComboBox<Optional<DayOfWeek>> longRun = new ComboBox<>();
        longRun.setPrefWidth(180);
        longRun.setId("plan-longRunDay");
        longRun.setConverter(new StringConverter<>() {
            @Override
            public String toString(final Optional<DayOfWeek> d) {
                return d == null ? "" : d.map(x -> x.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        .orElse(Messages.get("planscreen.longRunDay.any"));
            }

            @Override
            public Optional<DayOfWeek> fromString(final String s) {
                return Optional.empty();
            }
        });
        final Runnable fill = () -> {
            final Optional<DayOfWeek> keep = vm.longRunDayProperty().get();
            final List<Optional<DayOfWeek>> items = new ArrayList<>();
            items.add(Optional.empty());
            vm.weekdays().stream().filter(d -> vm.dayProperty(d).get()).forEach(d -> items.add(Optional.of(d)));
            longRun.getItems().setAll(items);
            longRun.setValue(items.contains(keep) ? keep : Optional.empty());
        };
        fill.run();
        order.forEach(d -> vm.dayProperty(d).addListener((o, a, b) -> fill.run()));
        longRun.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.longRunDayProperty().set(b);
            }
        });
        vm.longRunDayProperty().addListener((o, a, b) -> longRun.setValue(b));

        final VBox grid = rows();
        add(grid, FormField.DAYS, days, days, null);
        add(grid, FormField.LONG_RUN_DAY, longRun, null);
        return card("planscreen.form.week", grid);
    }

    private void fillDays(final HBox days) {
        days.getChildren().forEach(n -> ((ToggleButton) n).selectedProperty().unbindBidirectional(
                vm.dayProperty((DayOfWeek) n.getUserData())));
        days.getChildren().clear();
        final List<DayOfWeek> order = vm.weekdays();
        for (int i = 0; i < order.size(); i++) {
            final DayOfWeek d = order.get(i);
            final ToggleButton b = new ToggleButton(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            b.setId("plan-day-" + d.name().substring(0, 3).toLowerCase(Locale.ROOT));
            b.setUserData(d);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == order.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.selectedProperty().bindBidirectional(vm.dayProperty(d));
            b.setMnemonicParsing(false);
            b.setPrefWidth(58);
            days.getChildren().add(b);
        }
    }

    private void add(final VBox rows, final FormField field, final Node control, final ObservableBooleanValue shown) {
        add(rows, field, control, control, shown);
    }

    /** A labelled row; {@code control} gets the field's id and the red outline when the field is wrong. */
    private void add(final VBox rows, final FormField field, final Node cell, final Node control, final ObservableBooleanValue shown) {
        control.setId("plan-" + field.id());
        fields.putIfAbsent(field, control);
        addLabelled(rows, "planscreen.field." + field.id(), cell, control, shown);
    }

    /** The optional last question: why the runner runs, one sentence for Today. */
    private static VBox whyCard(final WhyAnswer why) {
        final javafx.scene.control.TextField text = new javafx.scene.control.TextField();
        text.setId("plan-why");
        text.setPromptText(Messages.get("planscreen.why.hint"));
        text.textProperty().bindBidirectional(why.textProperty());
        final Label help = new Label(Messages.get("planscreen.why.help"));
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        help.setLabelFor(text);
        return card("planscreen.form.why", help, text);
    }
}
