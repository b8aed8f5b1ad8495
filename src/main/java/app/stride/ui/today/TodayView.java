package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.tracking.SessionEffort;
import app.stride.tracking.TickOff;
import app.stride.ui.common.EmptyState;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.outfit.OutfitCard;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Today: the runner's why and where they are in the plan, the session and its tick-off side by side with "life
 * happens" and what to wear, all in view at 1120×720; a calm message with Undo after any change.
 */
public final class TodayView implements ScreenView {

    private final ScreenContext context;
    private final TodayViewModel vm;
    /** Held here: the context's plan-changed event holds its listeners weakly. */
    private final app.stride.ui.common.PlanChanges.Listener planChanged = this::planChanged;
    private final TodayBriefViewModel brief;
    private final LifeHappensViewModel life;
    private final StackPane root = new StackPane();
    /** "Done! …" or "Opened again … Undo": floats over the screen, so nothing moves when it shows. */
    private final DoneNotice notice;
    /** "No plan yet", built the first time it is shown (see {@link #noPlan()}); null until then. */
    private BorderPane noPlan;
    /** The day's date as the headers show it. */
    private final String date;
    private final StackPane withPlan;
    /** Sessions of the last week still open: "I ran it" or "Let it go". */
    private final MissedSessions missed;
    private final SessionCard sessionCard;
    /** Built when a session is first open on screen (see {@link #tickOffForm()}); null until then. */
    private TickOffForm tickOffCard;
    /** The session's column: the tick-off form is in it only while today's session is open. */
    private final VBox left;
    private final LifeHappensCard lifeCard;
    private final PlanEndCard planEnd;
    /** The race as logged on the finished-plan screen, when the race was run. */
    private final Label finishedResult = new Label();
    private final OutfitCard outfitCard = new OutfitCard();
    private final Label outfitNote = new Label();
    private final VBox outfitMissing;
    /** What to wear: hidden once today's run is over and there is nothing to show for it. */
    private final VBox wear;
    private final Label streak = new Label();
    private final Label wearing = new Label();
    private final javafx.scene.layout.FlowPane wearingItems = new javafx.scene.layout.FlowPane(6, 6);

    /** Today's read made at start-up, shown by the first {@link #onShow()} instead of reading again; then empty. */
    private Optional<TodayViewModel.Loaded> preread;
    /** Where the offer after time away shows, as Today's one card ({@link #hostOffer}). */
    private final VBox welcome = new VBox();
    /** Whether Today shows the offer now; held here, the shell binds to it. */
    private BooleanBinding hostedOffer;
    /** "Plan finished", built the first time it is shown; null until then. */
    private Parent finished;

    public TodayView(final ScreenContext context) {
        this(context, Optional.empty());
    }

    /** @param preread what the start read for Today while the toolkit started (issue 11), shown on the first visit */
    public TodayView(final ScreenContext context, final Optional<TodayViewModel.Loaded> preread) {
        this.context = context;
        this.preread = preread;
        this.vm = new TodayViewModel(context.services().tickOff(), context.services().outfit(), context.services().weather(),
                context.services().shoes(), context.services().unitOfWork(), context.tasks(), context.settings());
        this.brief = new TodayBriefViewModel(context.services().progress(), context.services().why(), context.services().outfit(),
                context.tasks(), context.settings());
        this.life = new LifeHappensViewModel(context.services().lifeHappens(), context.services().tickOff(), vm,
                context.services().unitOfWork(), context.tasks(), context.settings());
        // A re-plan accepted in the shell's banner (shown above Today) replaces today's session: show the new one.
        context.planChanges().listen(planChanged);
        // A tick-off, skip or move changes what is missed: the banner above (and Plan, Progress) look again.
        vm.setOnWritten(() -> context.planChanges().stored(this));
        final String date = Dates.dayLong(LocalDate.now(context.services().clock()));

        this.date = date;

        sessionCard = new SessionCard(vm::reopen);
        final BooleanBinding sessionOpen = Bindings.createBooleanBinding(() -> vm.dayProperty().get()
                .flatMap(TickOff.Day::today).map(s -> s.status().isOpen()).orElse(false), vm.dayProperty());
        lifeCard = new LifeHappensCard(life, sessionOpen);
        outfitMissing = outfitMissing();
        outfitNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        outfitNote.setWrapText(true);
        final Label wearTitle = new Label(Messages.get("today.outfit.title"));
        wearTitle.getStyleClass().add(Styles.TITLE_4);
        wearing.setId("today-wearing");
        wearing.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        wearing.setWrapText(true);
        wearingItems.setId("today-wearing-items");
        wear = new VBox(10, wearTitle, outfitCard, wearing, wearingItems, outfitNote, outfitMissing);
        wear.getStyleClass().add("card-panel");
        wear.setStyle("-fx-padding: 12 16 14 16;");

        left = new VBox(12, sessionCard);
        left.setPrefWidth(540);
        left.setMinWidth(440);
        missed = new MissedSessions(vm, context);
        planEnd = new PlanEndCard(() -> context.createPlan().run());
        planEnd.setVisible(false);
        planEnd.setManaged(false);
        final VBox right = new VBox(12, planEnd, lifeCard, missed, wear);
        right.setPrefWidth(400);
        right.setMinWidth(300);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.SOMETIMES);
        final HBox columns = new HBox(Layouts.GAP, left, right);
        columns.setFillHeight(false);

        notice = new DoneNotice(vm);
        streak.setId("today-streak");
        streak.getStyleClass().add(Styles.TEXT_MUTED);
        streak.setGraphic(new FontIcon("mdi2s-shoe-print"));

        // The why has its row to itself: the notice floats as a toast (DoneNotice), so it never squeezes the why.
        final WhyLine why = new WhyLine(brief);
        welcome.setId("today-welcome");
        welcome.setVisible(false);
        welcome.setManaged(false);
        final VBox body = new VBox(12, why, welcome, columns, streak, notice.room());
        body.setFillWidth(true);
        final ScreenHeader header = new ScreenHeader(Messages.get(Screen.TODAY.key()), date);
        header.subtitle().setId("today-where");
        header.subtitle().textProperty().bind(Bindings.createStringBinding(() -> brief.whereProperty().get().isEmpty() ? date
                : date + "  ·  " + brief.whereProperty().get(), brief.whereProperty()));
        // The notice floats over the screen's own column (kept to the content width), not the window's far edge.
        final StackPane screen = new StackPane(Layouts.screen(header, body), notice);
        screen.setMaxWidth(Layouts.CONTENT_WIDTH + Layouts.SCROLL_ROOM);
        withPlan = screen;

        drawOutfit();
        vm.dayProperty().addListener((o, a, d) -> {
            brief.load();
            draw(d);
            drawOutfit();
        });
        brief.loggedProperty().addListener((o, a, b) -> draw(vm.dayProperty().get()));
        brief.briefProperty().addListener((o, a, b) -> draw(vm.dayProperty().get()));
        brief.loggedDetailsProperty().addListener((o, a, b) -> draw(vm.dayProperty().get()));
        brief.cutShortProperty().addListener((o, a, b) -> draw(vm.dayProperty().get()));
        vm.late().sessionProperty().addListener((o, a, b) -> vm.dayProperty().get().ifPresent(d -> missed.draw(d.missed())));
        vm.outfitProperty().addListener((o, a, b) -> drawOutfit());
        vm.outfitNoteProperty().addListener((o, a, b) -> drawOutfit());
        brief.wearingProperty().addListener((o, a, b) -> drawOutfit());
        context.settings().addListener((o, a, b) -> {
            draw(vm.dayProperty().get());
            drawOutfit();
        });
    }

    /**
     * Shows the window's re-plan offer made after time away (a week or more without running, for a runner who has
     * run before) as Today's one card:
     * what happened, what the plan proposes, the sessions left open with their "I ran it" and "Skip it", and Accept
     * or Keep as is (new-user review: a banner above cards saying the same). Returns whether Today shows the offer
     * now, for the shell to leave its banner out meanwhile. Any other offer stays in the shell's banner.
     */
    public javafx.beans.value.ObservableBooleanValue hostOffer(final app.stride.ui.adapt.AdaptBannerViewModel adapt) {
        final app.stride.ui.adapt.AdaptBanner card = new app.stride.ui.adapt.AdaptBanner(adapt, "today-adapt");
        welcome.getChildren().setAll(card);
        // Time away, not a start that never happened: a runner with no run logged yet keeps the banner and cards.
        final BooleanBinding hosting = Bindings.createBooleanBinding(() -> adapt.offerProperty().get()
                .map(app.stride.ui.adapt.AdaptBannerViewModel.Offer::welcomeBack).orElse(false)
                && vm.dayProperty().get().map(d -> d.runsLogged() > 0).orElse(false),
                adapt.offerProperty(), vm.dayProperty());
        welcome.visibleProperty().bind(hosting);
        welcome.managedProperty().bind(hosting);
        final java.util.function.Consumer<Boolean> place = in -> {
            final javafx.scene.layout.Pane right = (javafx.scene.layout.Pane) lifeCard.getParent();
            if (in) {
                right.getChildren().remove(missed);
                card.setDetail(Optional.of(missed));
            } else if (!right.getChildren().contains(missed)) {
                card.setDetail(Optional.empty());
                right.getChildren().add(right.getChildren().indexOf(lifeCard) + 1, missed);
            }
            missed.setInline(in);
        };
        hosting.addListener((o, a, in) -> place.accept(in));
        place.accept(hosting.get());
        hostedOffer = hosting;
        return hosting;
    }

    /** A plan change was stored somewhere in the window (the shell's banner above Today). */
    private void planChanged(final Object source) {
        if (source == this) {
            return;
        }
        // Today is usually on show (the banner above it accepts re-plans); hidden, onShow reads when it comes back.
        if (app.stride.ui.common.Showing.now(root())) {
            vm.load();
        }
    }

    @Override
    public void onShow() {
        // The notice of a change made on an earlier visit is old news: it goes when the runner comes back.
        vm.clearMessage();
        if (preread.isPresent()) {
            // Read moments ago under the folder's lock, so nothing else can have written since: no second read.
            final TodayViewModel.Loaded loaded = preread.get();
            preread = Optional.empty();
            vm.show(loaded);
            return;
        }
        vm.load();
    }

    @Override
    public void whenLoaded(final Runnable drawn) {
        if (vm.dayProperty().get().isPresent()) {
            drawn.run();
            return;
        }
        // Added after the view's own listener, so it runs once today's day has been drawn.
        vm.dayProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(final javafx.beans.value.ObservableValue<? extends Optional<TickOff.Day>> o,
                                final Optional<TickOff.Day> a, final Optional<TickOff.Day> b) {
                vm.dayProperty().removeListener(this);
                drawn.run();
            }
        });
    }

    @Override
    public Parent root() {
        return root;
    }

    /** "run 8 min / walk 5 min", the same words as the Plan screen (not raw seconds). */
    static String runWalk(final app.stride.plan.RunWalk rw) {
        return SessionCard.runWalk(rw);
    }

    /**
     * The invitation to make a plan. Built when first shown, as is the finished-plan screen: with a plan, neither is
     * ever shown, and the window's first frame (Today with its data) no longer builds them (issue 11).
     */
    private BorderPane noPlan() {
        if (noPlan == null) {
            final Button create = new Button(Messages.get("today.createPlan"));
            create.setId("today-create-plan");
            create.setOnAction(e -> context.createPlan().run());
            final EmptyState empty = new EmptyState("mdi2r-run", Messages.get("screen.today.empty.title"),
                    Messages.get("screen.today.empty.body"), Optional.of(create));
            empty.setId("screen-today-empty");
            noPlan = Layouts.emptyScreen(new ScreenHeader(Messages.get(Screen.TODAY.key()), date), empty);
        }
        return noPlan;
    }

    /** "Plan finished: what next?", built when first shown. */
    private Parent finished() {
        if (finished == null) {
            final Button next = new Button(Messages.get("today.finished.next"));
            next.setId("today-next-plan");
            next.setDefaultButton(true);
            next.setOnAction(e -> context.createPlan().run());
            final EmptyState complete = new EmptyState("mdi2t-trophy-outline", Messages.get("today.finished.title"),
                    Messages.get("today.finished.body"), Optional.of(next));
            complete.setId("today-finished");
            finishedResult.setId("today-plan-end-result");
            finishedResult.setWrapText(true);
            complete.getChildren().add(2, finishedResult);
            finished = Layouts.emptyScreen(new ScreenHeader(Messages.get(Screen.TODAY.key()), date), complete);
        }
        return finished;
    }

    private void draw(final Optional<TickOff.Day> loaded) {
        if (loaded.isEmpty() || !loaded.get().hasPlan()) {
            root.getChildren().setAll(noPlan());
            return;
        }
        final Optional<TickOff.Finish> end = loaded.get().finish();
        if (brief.briefProperty().get().filter(b -> b.planState() == app.stride.progress.TodayBrief.PlanState.FINISHED).isPresent()) {
            root.getChildren().setAll(finished());
            finishedResult.setText(end.map(f -> PlanEndCard.resultLine(f, brief::numbers)).orElse(""));
            finishedResult.setVisible(end.isPresent());
            finishedResult.setManaged(end.isPresent());
            return;
        }
        // The race is run and nothing is left: well done and what next, in place of actions with nothing to change.
        end.ifPresent(f -> planEnd.show(f, brief::numbers));
        planEnd.setVisible(end.isPresent());
        planEnd.setManaged(end.isPresent());
        lifeCard.setVisible(end.isEmpty());
        lifeCard.setManaged(end.isEmpty());
        root.getChildren().setAll(withPlan);
        app.stride.common.StartupMarks.mark("today draw");
        final TickOff.Day d = loaded.get();
        missed.draw(d.missed());
        sessionCard.draw(d, brief.loggedProperty().get(), brief.loggedDetailsProperty().get(), brief.cutShortProperty().get(),
                context.settings().get().distanceUnit());
        final boolean open = d.today().map(s -> s.status().isOpen()).orElse(false);
        // Out of the scene while closed, not only hidden: JavaFX styles hidden nodes too and gives each control its
        // skin, and on a rest day the form's combo boxes, date picker and segmented button were a third of the
        // window's first styling pass (issue 11).
        // Built only when first needed: on a rest day or a day already ticked off, the form's text fields, combo boxes,
        // date picker, segmented choice and validation marks cost the first frame their classes and construction
        // (50-110 ms of the UI thread under load) for nothing it shows.
        if (open && (tickOffCard == null || !left.getChildren().contains(tickOffCard))) {
            left.getChildren().add(tickOffForm());
        } else if (!open && tickOffCard != null) {
            left.getChildren().remove(tickOffCard);
        }
        streak.setText(Messages.get("today.streak", d.runsLogged()));
    }

    /** The tick-off form, built on first use; its fields are bound to the view-model, so they show what it holds. */
    private TickOffForm tickOffForm() {
        if (tickOffCard == null) {
            tickOffCard = new TickOffForm(vm, context);
        }
        return tickOffCard;
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
        // Without a forecast on Today, the outfit kept on the Outfit screen ("I'm wearing this") is what to wear.
        final boolean kept = !has && !brief.wearingProperty().get().isEmpty();
        wearing.setText(Messages.get("today.outfit.kept"));
        wearingItems.getChildren().clear();
        if (kept) {
            for (String item : brief.wearingItems()) {
                final Label chip = new Label(item);
                chip.getStyleClass().add("status-chip");
                wearingItems.getChildren().add(chip);
            }
        }
        for (javafx.scene.Node n : List.of(wearing, wearingItems)) {
            n.setVisible(kept);
            n.setManaged(kept);
        }
        // Once today's run is over, an outfit for it is no longer wanted (the next session has its day).
        final boolean offer = !has && !kept && NextSession.offerOutfit(vm.dayProperty().get());
        outfitMissing.setVisible(offer);
        outfitMissing.setManaged(offer);
        wear.setVisible(has || kept || offer);
        wear.setManaged(wear.isVisible());
        outfitNote.setText(vm.outfitNoteProperty().get());
        outfitNote.setVisible(!outfitNote.getText().isEmpty());
        outfitNote.setManaged(outfitNote.isVisible());
    }
}
