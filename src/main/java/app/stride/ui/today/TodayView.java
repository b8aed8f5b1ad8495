package app.stride.ui.today;

import app.stride.format.Paces;
import app.stride.format.Durations;
import app.stride.format.Distances;
import app.stride.format.Dates;
import app.stride.common.Messages;
import app.stride.gear.Shoe;
import app.stride.outfit.FeedbackAnswer;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.text.StepText;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.SessionEffort;
import app.stride.tracking.TickOff;
import app.stride.ui.common.DateField;
import app.stride.ui.common.Choices;
import app.stride.ui.common.EmptyState;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.FieldMarks;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.common.SegmentedChoice;
import app.stride.ui.outfit.OutfitCard;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Today's session, what to wear for it, and ticking it off. */
public final class TodayView implements ScreenView {


    private final ScreenContext context;
    private final TodayViewModel vm;
    private final StackPane root = new StackPane();
    private final BorderPane noPlan;
    private final BorderPane withPlan;
    private final VBox missed = new VBox(8);
    private final VBox sessionCard = new VBox(10);
    private final VBox tickOffCard;
    private final OutfitCard outfitCard = new OutfitCard();
    private final Label outfitNote = new Label();
    private final VBox outfitMissing;
    private final Label streak = new Label();
    private final Label message = new Label();

    public TodayView(final ScreenContext context) {
        this.context = context;
        this.vm = new TodayViewModel(context.services().tickOff(), context.services().outfit(), context.services().weather(),
                context.services().shoes(), context.services().unitOfWork(), context.tasks(), context.settings());
        final String date = Dates.dayLong(LocalDate.now(context.services().clock()));

        final Button create = new Button(Messages.get("today.createPlan"));
        create.setId("today-create-plan");
        create.setOnAction(e -> context.createPlan().run());
        final EmptyState empty = new EmptyState("mdi2r-run", Messages.get("screen.today.empty.title"),
                Messages.get("screen.today.empty.body"), Optional.of(create));
        empty.setId("screen-today-empty");
        noPlan = Layouts.emptyScreen(new ScreenHeader(Messages.get(Screen.TODAY.key()), date), empty);

        tickOffCard = tickOffCard();
        outfitMissing = outfitMissing();
        outfitNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        outfitNote.setWrapText(true);
        final Label wearTitle = new Label(Messages.get("today.outfit.title"));
        wearTitle.getStyleClass().add(Styles.TITLE_4);
        final VBox wear = new VBox(12, wearTitle, outfitCard, outfitNote, outfitMissing);
        wear.getStyleClass().add("card-panel");
        wear.setStyle("-fx-padding: 12 16 16 16;");

        sessionCard.getStyleClass().addAll("card-panel", "session-card");
        sessionCard.setId("today-session");
        final VBox left = new VBox(Layouts.GAP, sessionCard, tickOffCard);
        left.setPrefWidth(450);
        left.setMinWidth(380);
        HBox.setHgrow(wear, Priority.ALWAYS);
        final HBox columns = new HBox(24, left, wear);
        columns.setFillHeight(false);

        message.setId("today-message");
        message.getStyleClass().add("success-banner");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        streak.setId("today-streak");
        streak.getStyleClass().add(Styles.TEXT_MUTED);
        streak.setGraphic(new FontIcon("mdi2h-heart-outline"));

        final VBox body = Layouts.column(message, missed, columns, streak);
        withPlan = Layouts.screen(new ScreenHeader(Messages.get(Screen.TODAY.key()), date), body);

        root.getChildren().setAll(noPlan);
        drawOutfit();
        vm.dayProperty().addListener((o, a, d) -> draw(d));
        vm.outfitProperty().addListener((o, a, b) -> drawOutfit());
        vm.outfitNoteProperty().addListener((o, a, b) -> drawOutfit());
        context.settings().addListener((o, a, b) -> {
            draw(vm.dayProperty().get());
            drawOutfit();
        });
    }

    @Override
    public void onShow() {
        vm.load();
    }

    @Override
    public Parent root() {
        return root;
    }

    private void draw(final Optional<TickOff.Day> loaded) {
        if (loaded.isEmpty() || !loaded.get().hasPlan()) {
            root.getChildren().setAll(noPlan);
            return;
        }
        root.getChildren().setAll(withPlan);
        final TickOff.Day d = loaded.get();
        drawMissed(d.missed());
        drawSession(d);
        final boolean open = d.today().map(s -> "planned".equals(s.status())).orElse(false);
        tickOffCard.setVisible(open);
        tickOffCard.setManaged(open);
        streak.setText(Messages.get("today.streak", d.runsLogged()));
    }

    private void drawMissed(final List<SavedSession> list) {
        missed.getChildren().clear();
        for (SavedSession s : list) {
            final Label text = new Label(Messages.get("today.missed", TickOff.describeDated(s)), new FontIcon("mdi2c-calendar-question"));
            text.setWrapText(true);
            final Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            final Button ran = new Button(Messages.get("today.missed.ran"), new FontIcon("mdi2c-check"));
            ran.getStyleClass().add(Styles.SUCCESS);
            ran.setOnAction(e -> vm.doneLate(s));
            final Button letGo = new Button(Messages.get("today.missed.letGo"));
            letGo.getStyleClass().add(Styles.BUTTON_OUTLINED);
            letGo.setOnAction(e -> vm.letGo(s));
            final HBox row = new HBox(8, text, grow, ran, letGo);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("missed-banner");
            missed.getChildren().add(row);
        }
        missed.setVisible(!list.isEmpty());
        missed.setManaged(!list.isEmpty());
    }

    private void drawSession(final TickOff.Day d) {
        sessionCard.getChildren().clear();
        final DistanceUnit unit = context.settings().get().distanceUnit();
        final Optional<SavedSession> shown = d.today().or(d::next);
        if (d.today().isEmpty()) {
            final Label rest = new Label(Messages.get("today.session.rest"), new FontIcon("mdi2s-sofa-outline"));
            rest.getStyleClass().add(Styles.TITLE_4);
            rest.setWrapText(true);
            sessionCard.getChildren().add(rest);
        }
        if (shown.isEmpty()) {
            return;
        }
        final SavedSession s = shown.get();
        final Label when = new Label(d.today().isPresent() ? Messages.get("today.session.today")
                : Messages.get("today.session.next", Dates.day(s.date())));
        when.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        final Label type = new Label(TickOff.typeLabel(s));
        type.setId("today-session-type");
        type.getStyleClass().add(Styles.TITLE_2);
        final HBox title = new HBox(12, type);
        title.setAlignment(Pos.CENTER_LEFT);
        status(s).ifPresent(title.getChildren()::add);
        sessionCard.getChildren().addAll(when, title);

        final List<String> facts = new ArrayList<>();
        s.distanceM().ifPresent(m -> facts.add(Distances.format(m, unit)));
        s.durationS().ifPresent(sec -> facts.add(Durations.seconds(sec)));
        s.pace().ifPresent(p -> facts.add(StepText.pace(p, unit)));
        s.runWalk().ifPresent(rw -> facts.add(runWalk(rw)));
        if (!facts.isEmpty()) {
            final Label f = new Label(String.join("  ·  ", facts));
            f.setId("today-session-facts");
            f.getStyleClass().add("session-facts");
            sessionCard.getChildren().add(f);
        }
        s.effort().ifPresent(e -> {
            final Label effort = new Label(app.stride.text.PlanText.effort(e));
            effort.getStyleClass().add(Styles.TEXT_MUTED);
            effort.setWrapText(true);
            sessionCard.getChildren().add(effort);
        });
        final Label desc = new Label(app.stride.text.PlanText.description(s.description(), unit));
        desc.setWrapText(true);
        sessionCard.getChildren().add(desc);
        Paces.turnaround(s.distanceM(), s.durationS().map(Long::valueOf), unit)
                .ifPresent(half -> {
                    final Label turn = new Label(Messages.get("today.session.turnaround", half), new FontIcon("mdi2a-arrow-u-left-top"));
                    turn.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                    sessionCard.getChildren().add(turn);
                });
        if (d.today().isPresent() && !"planned".equals(s.status())) {
            final Button undo = new Button(Messages.get("today.tickoff.undo"));
            undo.setId("today-undo");
            undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            undo.setOnAction(e -> vm.reopen());
            sessionCard.getChildren().add(undo);
        }
    }

    /** "run 8 min / walk 5 min", the same words as the Plan screen (not raw seconds). */
    static String runWalk(final app.stride.plan.RunWalk rw) {
        return Messages.get("planscreen.runWalkRatio", StepText.ratio(rw.runSec()), StepText.ratio(rw.walkSec()));
    }

    private static Optional<Label> status(final SavedSession s) {
        final Label l;
        if ("done".equals(s.status())) {
            l = new Label(Messages.get("today.session.done"), new FontIcon("mdi2c-check-circle-outline"));
            l.getStyleClass().addAll("status-chip", "status-done");
        } else if ("skipped".equals(s.status())) {
            l = new Label(Messages.get("today.session.skipped"));
            l.getStyleClass().addAll("status-chip", "status-skipped");
        } else if (s.moved()) {
            l = new Label(Messages.get("today.session.moved", Dates.day(s.originalDate())));
            l.getStyleClass().addAll("status-chip");
        } else {
            return Optional.empty();
        }
        l.setId("today-session-status");
        return Optional.of(l);
    }

    private VBox tickOffCard() {
        final Label title = new Label(Messages.get("today.tickoff.title"));
        title.getStyleClass().add(Styles.TITLE_4);

        final TextField distance = field("today-distance", 7);
        distance.textProperty().bindBidirectional(vm.distanceProperty());
        final Label distanceUnit = new Label();
        distanceUnit.getStyleClass().add(Styles.TEXT_MUTED);
        distanceUnit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> context.settings().get().distanceUnit().code(), context.settings()));
        final TextField duration = field("today-duration", 7);
        duration.textProperty().bindBidirectional(vm.durationProperty());
        final ComboBox<Integer> effort = Choices.combo(IntStream.rangeClosed(1, 10).boxed().toList(),
                i -> Messages.get("today.rpe." + i));
        effort.setId("today-effort");
        effort.setPromptText(Messages.get("today.tickoff.effort.hint"));
        effort.valueProperty().bindBidirectional(vm.effortProperty());
        final TextField notes = field("today-notes", 20);
        notes.setPromptText(Messages.get("today.tickoff.notes.hint"));
        notes.textProperty().bindBidirectional(vm.notesProperty());

        final SegmentedChoice<FeedbackAnswer> answer = new SegmentedChoice<>(List.of(FeedbackAnswer.values()), FeedbackAnswer::label);
        answer.setId("today-outfit-answer");
        answer.valueProperty().bindBidirectional(vm.outfitAnswerProperty());
        final Label answerLabel = label("today.tickoff.outfit", answer);
        answer.visibleProperty().bind(vm.askOutfitFeedbackProperty());
        answer.managedProperty().bind(answer.visibleProperty());
        answerLabel.visibleProperty().bind(vm.askOutfitFeedbackProperty());
        answerLabel.managedProperty().bind(answerLabel.visibleProperty());

        final GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        grid.addRow(row++, label("today.tickoff.distance", distance), inline(distance, distanceUnit));
        final Label minutes = new Label(Messages.get("today.tickoff.minutes"));
        minutes.getStyleClass().add(Styles.TEXT_MUTED);
        grid.addRow(row++, label("today.tickoff.duration", duration), inline(duration, minutes));
        grid.addRow(row++, label("today.tickoff.effort", effort), effort);
        grid.addRow(row++, label("today.tickoff.notes", notes), notes);
        final ComboBox<Shoe> shoe = Choices.combo(List.of(), Shoe::name);
        shoe.setId("today-shoe");
        shoe.setItems(vm.shoes());
        shoe.valueProperty().bindBidirectional(vm.shoeProperty());
        final Label shoeLabel = label("today.tickoff.shoe", shoe);
        shoe.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.shoes()));
        shoe.managedProperty().bind(shoe.visibleProperty());
        shoeLabel.visibleProperty().bind(shoe.visibleProperty());
        shoeLabel.managedProperty().bind(shoe.visibleProperty());
        grid.addRow(row++, shoeLabel, shoe);
        final Label shoeWarning = new Label();
        shoeWarning.setId("today-shoe-warning");
        shoeWarning.setWrapText(true);
        shoeWarning.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        shoeWarning.setGraphic(new FontIcon("mdi2a-alert-outline"));
        shoeWarning.textProperty().bind(vm.shoeWarningProperty());
        shoeWarning.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.shoeWarningProperty()));
        shoeWarning.managedProperty().bind(shoeWarning.visibleProperty());
        grid.add(shoeWarning, 1, row++);
        grid.addRow(row, answerLabel, answer);

        final Button done = new Button(Messages.get("today.tickoff.done"), new FontIcon("mdi2c-check"));
        done.setId("today-done");
        done.getStyleClass().add(Styles.ACCENT);
        done.setDefaultButton(true);
        done.setOnAction(e -> vm.done());
        final Button skip = new Button(Messages.get("today.tickoff.skip"));
        skip.setId("today-skip");
        skip.setOnAction(e -> vm.skip());
        final DatePicker moveTo = DateField.create();
        moveTo.setId("today-move-date");
        // As wide as the fields above it, never squeezed: the whole date ("Mon 30 Nov") must show.
        moveTo.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(180, effort.widthProperty()));
        moveTo.setMinWidth(Region.USE_PREF_SIZE);
        moveTo.valueProperty().bindBidirectional(vm.moveToProperty());
        final Button move = new Button(Messages.get("today.tickoff.move"));
        move.setId("today-move");
        move.setOnAction(e -> vm.move());
        final HBox buttons = new HBox(8, done, skip);
        buttons.setAlignment(Pos.CENTER_LEFT);
        final Label notToday = new Label(Messages.get("today.tickoff.notToday"));
        notToday.getStyleClass().add(Styles.TEXT_MUTED);
        notToday.setMinWidth(Region.USE_PREF_SIZE);
        final HBox moveRow = new HBox(8, moveTo, move);
        moveRow.setAlignment(Pos.CENTER_LEFT);
        final VBox moving = new VBox(6, notToday, moveRow);
        for (Button b : List.of(done, skip, move)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        FieldMarks.attach(vm.errorFieldProperty(), vm.errorProperty(),
                Map.of("distance", distance, "duration", duration, "date", moveTo));

        final ErrorLine error = new ErrorLine("today-error", vm.errorProperty());
        final VBox card = new VBox(12, title, grid, error, buttons, new javafx.scene.control.Separator(), moving);
        card.setId("today-tickoff");
        card.getStyleClass().add("card-panel");
        card.setStyle("-fx-padding: 12 16 16 16;");
        return card;
    }

    private VBox outfitMissing() {
        final Label text = new Label(Messages.get("today.outfit.none"));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        final Button open = new Button(Messages.get("today.outfit.open"), new FontIcon("mdi2t-tshirt-crew-outline"));
        open.setId("today-open-outfit");
        open.setOnAction(e -> {
            final Optional<SavedSession> s = vm.dayProperty().get().flatMap(d -> d.today().or(d::next));
            if (s.isPresent()) {
                context.outfitFor().accept(s.get().date(), SessionEffort.of(s.get().sessionType()));
            } else {
                context.navigate().accept(Screen.OUTFIT);
            }
        });
        return new VBox(10, text, open);
    }

    private void drawOutfit() {
        final boolean has = vm.outfitProperty().get().isPresent();
        outfitCard.show(vm.outfitProperty().get(), context.settings().get().temperatureUnit());
        outfitCard.setVisible(has);
        outfitCard.setManaged(has);
        outfitMissing.setVisible(!has);
        outfitMissing.setManaged(!has);
        outfitNote.setText(vm.outfitNoteProperty().get());
        outfitNote.setVisible(!outfitNote.getText().isEmpty());
        outfitNote.setManaged(outfitNote.isVisible());
    }

    private TextField field(final String id, final int columns) {
        final TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static HBox inline(final Node field, final Label unit) {
        final HBox box = new HBox(8, field, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label label(final String key, final Node field) {
        final Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
