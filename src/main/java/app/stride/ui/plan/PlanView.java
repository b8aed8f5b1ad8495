package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.plan.SessionType;
import app.stride.tracking.SessionEffort;
import app.stride.ui.adapt.AdaptBanner;
import app.stride.ui.adapt.AdaptBannerViewModel;
import app.stride.ui.common.Confirm;
import app.stride.ui.common.EmptyState;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.EventType;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Plan screen: an invitation to create a plan, the form, or the current plan week by week. */
public final class PlanView implements ScreenView {

    private final PlanViewModel vm;
    /** Held here: the context's plan-changed event holds its listeners weakly. */
    private final app.stride.ui.common.PlanChanges.Listener planChanged = this::planChanged;
    private final CalendarViewModel calendar;
    private final AdaptBannerViewModel adapt;
    private final PlanHistoryViewModel history;
    private final StackPane root = new StackPane();
    private final ScreenContext context;
    private final Parent empty;
    private final PlanFormView form;
    private final Parent planPane;
    private Optional<String> scrollTarget = Optional.empty();
    private final Button create = new Button(Messages.get("planscreen.empty.action"), new FontIcon("mdi2p-plus"));

    public PlanView(final ScreenContext context) {
        this.context = context;
        final PlanFormViewModel formVm = new PlanFormViewModel(context.services()::planGenerator, context.services().plans(),
                context.tasks(), context.settings(), context.services().clock());
        formVm.setWhy(new WhyAnswer(context.services().why(), context.tasks()));
        this.vm = new PlanViewModel(context.services().plans(), formVm, context.tasks(), context.settings(),
                context.services().clock(), context.freshness());
        vm.readCutShortWith(context.services().tickOff()::cutShortSessions);
        vm.readRunsWith(context.services().tickOff()::sessionRuns);
        this.calendar = new CalendarViewModel(Optional.of(context.services().tickOff()), context.tasks(),
                context.services().unitOfWork(), context.settings(),
                context.services().clock(), vm::load);
        this.adapt = new AdaptBannerViewModel(context.services().adapt(), AdaptBanner.dismissals(context.services()),
                context.tasks(), context.settings(), context.services().clock(), context.planChanges(), context.freshness());
        // A plan change stored anywhere in the window (either banner, the form) is read again here.
        context.planChanges().listen(planChanged);
        vm.setOnPlanStored(() -> context.planChanges().stored(vm));
        rememberLayout(context);
        this.history = new PlanHistoryViewModel(context.services().plans(), context.tasks(), context.settings(),
                context.services().clock());
        root.getStyleClass().add("plan-screen");

        create.setId("plan-create");
        create.setOnAction(e -> vm.newPlan());
        final EmptyState invitation = new EmptyState("mdi2c-calendar-month-outline", Messages.get("screen.plan.empty.title"),
                Messages.get("screen.plan.empty.body"), Optional.of(create));
        // The same id a placeholder screen gets, so links from other screens (Today) keep finding it.
        invitation.setId("screen-plan-empty");
        empty = Layouts.emptyScreen(new ScreenHeader(Messages.get("screen.plan"), Messages.get("screen.plan.subtitle")), invitation);

        form = new PlanFormView(formVm, vm::cancelForm);
        planPane = planPane();

        vm.modeProperty().addListener((o, a, m) -> show(m));
        vm.planProperty().addListener((o, a, p) -> form.canGoBack(p.isPresent()));
        form.canGoBack(false);
        show(vm.modeProperty().get());
    }

    private Parent planPane() {
        final ScreenHeader header = new ScreenHeader(Messages.get("screen.plan"), Messages.get("screen.plan.subtitle"));
        header.setId("plan-header");
        final Label goal = new Label();
        goal.setId("plan-title");
        // One line for the goal beside the buttons at 1120 wide (title-3 wrapped "· 12 / weeks" there).
        goal.getStyleClass().addAll(Styles.TITLE_4, "plan-goal-title");
        goal.setWrapText(true);
        goal.setMaxWidth(Double.MAX_VALUE);
        final Label sub = new Label();
        sub.setId("plan-subtitle");
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        sub.setWrapText(true);
        HBox.setHgrow(goal, Priority.ALWAYS);
        final Button again = new Button(Messages.get("planscreen.new"), new FontIcon("mdi2p-plus"));
        again.setId("plan-new");
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.setOnAction(e -> confirmNewPlan());
        final Button changePlan = new Button(Messages.get("planchange.open"), new FontIcon("mdi2c-calendar-edit"));
        changePlan.setId("plan-change-open");
        changePlan.setMinWidth(Region.USE_PREF_SIZE);
        changePlan.setOnAction(e -> vm.openChange());
        final javafx.scene.control.ToggleButton historyButton = new javafx.scene.control.ToggleButton(
                Messages.get("planhistory.button"), new FontIcon("mdi2h-history"));
        historyButton.setId("plan-history-toggle");
        historyButton.setMinWidth(Region.USE_PREF_SIZE);
        historyButton.setMnemonicParsing(false);
        final HBox titleRow = new HBox(8, goal, historyButton, changePlan, again);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        // The predictions get the whole width on a line of their own under the title and buttons.
        final VBox top = new VBox(4, titleRow, sub);
        top.getStyleClass().add("plan-top");

        final ErrorLine problem = new ErrorLine("plan-problem", vm.problemProperty());

        final PlanSheet sheet = new PlanSheet(Optional.of((day, type) ->
                context.outfitFor().accept(day, SessionEffort.of(SessionType.parse(type)))));
        final PlanCalendarView calendarView = new PlanCalendarView(calendar, sheet, new SessionDetails(calendar));
        vm.planProperty().addListener((o, a, p) -> {
            p.ifPresent(d -> {
                goal.setText(d.title());
                sub.setText(d.subtitle());
                sub.setVisible(!d.subtitle().isEmpty());
                sub.setManaged(sub.isVisible());
            });
            calendar.planProperty().set(p);
        });
        final AdaptBanner banner = new AdaptBanner(adapt, "plan-adapt");
        final PlanChangeForm change = new PlanChangeForm(vm.change(), () -> context.settings().get().firstDayOfWeek(),
                () -> vm.change().ifValid(adapt::preview), vm::closeChange);
        change.visibleProperty().bind(vm.changingProperty());
        change.managedProperty().bind(change.visibleProperty());
        vm.changingProperty().addListener((o, a, open) -> {
            if (open) {
                change.fillDays(context.settings().get().firstDayOfWeek());
                change.requestFocus();
            }
        });
        adapt.addOnApplied(vm::closeChange);
        final PlanHistoryPane historyPane = new PlanHistoryPane(history, new CalendarViewModel(Optional.empty(), context.tasks(),
                app.stride.common.UnitOfWork.NONE, context.settings(), context.services().clock(), () -> { }));
        historyPane.visibleProperty().bind(historyButton.selectedProperty());
        historyPane.managedProperty().bind(historyPane.visibleProperty());
        calendarView.visibleProperty().bind(historyButton.selectedProperty().not());
        calendarView.managedProperty().bind(calendarView.visibleProperty());
        historyButton.selectedProperty().addListener((o, a, open) -> {
            if (open) {
                history.close();
                history.load();
            }
        });
        final VBox body = new VBox(Layouts.GAP, top, change, banner, problem, calendarView, historyPane);
        final BorderPane pane = Layouts.screen(header, body);
        final javafx.scene.layout.HBox message = calendarView.message();
        BorderPane.setMargin(message, new javafx.geometry.Insets(8, Layouts.SCROLL_ROOM, 0, 0));
        pane.setBottom(message);
        final ScrollPane scroll = (ScrollPane) pane.getCenter();
        // Weeks scroll and a month may not: a scroll bar coming and going moved the whole bar 8 px sideways on each
        // switch (new-user review 6, 13), so its room is always kept.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        // Each time the plan is (re)loaded, open it at this week: week 9 of 12 should not need scrolling to. Wrapped
        // texts settle over a few layout passes, so the position is kept until the runner scrolls or clicks.
        vm.planProperty().addListener((o, a, p) -> {
            // Only a plan newly opened jumps to this week; a refresh after a move keeps the runner where they are.
            if (a.isPresent() && p.isPresent() && a.get().title().equals(p.get().title())) {
                return;
            }
            scrollTarget = p.flatMap(PlanDisplay::currentWeek).flatMap(w -> switch (calendar.layoutProperty().get()) {
                case WEEKS -> Optional.of("#plancal-row-" + w.number());
                case LIST -> Optional.of("#plan-week-" + w.number());
                default -> Optional.empty();
            });
            scrollTarget.map(body::lookup).ifPresent(n -> n.boundsInParentProperty().addListener((x, y, z) -> scrollTo(scroll, body)));
            Platform.runLater(() -> scrollTo(scroll, body));
        });
        body.heightProperty().addListener((o, a, b) -> scrollTo(scroll, body));
        scroll.viewportBoundsProperty().addListener((o, a, b) -> scrollTo(scroll, body));
        for (EventType<?> t : List.of(ScrollEvent.SCROLL,
                MouseEvent.MOUSE_PRESSED, KeyEvent.KEY_PRESSED)) {
            scroll.addEventFilter(t, e -> scrollTarget = Optional.empty());
        }
        return pane;
    }

    /** The calendar opens in the layout the runner last chose (kept in the settings table). */
    private void rememberLayout(final ScreenContext context) {
        // A layout that cannot be read or kept is not worth interrupting the runner for (the calendar still works,
        // in the weeks layout); the task runner logs the failure with its stack trace, and this says what it cost.
        context.tasks().run(() -> context.services().setting(LAYOUT_KEY), saved -> {
            saved.flatMap(CalendarViewModel::layout).ifPresent(calendar.layoutProperty()::set);
            calendar.layoutProperty().addListener((o, a, l) -> context.tasks().run(
                    () -> context.services().putSetting(LAYOUT_KEY, l.name().toLowerCase(java.util.Locale.ROOT)),
                    e -> LOG.warning(() -> "the calendar layout was not remembered (" + e + ")")));
        }, e -> LOG.warning(() -> "the remembered calendar layout could not be read (" + e + ")"));
    }

    private static final String LAYOUT_KEY = "plan.calendar.layout";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PlanView.class.getName());

    private void scrollTo(final ScrollPane scroll, final VBox body) {
        final Node target = scrollTarget.map(body::lookup).orElse(null);
        if (target == null || scroll.getScene() == null) {
            return;
        }
        final double y = body.sceneToLocal(target.localToScene(0, 0)).getY();
        final double room = body.getHeight() - scroll.getViewportBounds().getHeight();
        // A week already in view with room for its first sessions stays where it is, under the goal and paces.
        if (y + 160 <= scroll.getViewportBounds().getHeight()) {
            scroll.setVvalue(0);
        } else if (room > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - Layouts.GAP) / room)));
        }
    }

    private void confirmNewPlan() {
        if (Confirm.ask(root, Messages.get("planscreen.new.confirm.title"), Messages.get("planscreen.new.confirm.body"),
                Messages.get("planscreen.new.confirm.ok"), false)) {
            vm.newPlan();
        }
    }

    private void show(final PlanViewModel.Mode mode) {
        switch (mode) {
            case NO_PLAN -> swapTo(empty, create::requestFocus);
            case FORM -> swapTo(form.root(), form::focusFirst);
            case PLAN -> swapTo(planPane, () -> { });
            default -> {
                // Only the first load of the screen; later refreshes keep what is shown.
                final ProgressIndicator waiting = new ProgressIndicator();
                waiting.setMaxSize(48, 48);
                root.getChildren().setAll(waiting);
            }
        }
    }

    /**
     * Shows {@code next} and focuses in it before the old content goes: when the focused node leaves the scene,
     * JavaFX moves focus to the sidebar, and the runner would have to tab back.
     */
    private void swapTo(final Parent next, final Runnable focus) {
        if (!root.getChildren().contains(next)) {
            root.getChildren().add(next);
        }
        // Skins (and so the scroll pane's content) exist only after CSS; focus needs the node in the scene.
        next.applyCss();
        focus.run();
        root.getChildren().retainAll(next);
    }

    /** The calendar's view model, for tests that drive the screen. */
    public CalendarViewModel calendar() {
        return calendar;
    }

    /** The re-plan banner's view model, for tests that drive the screen. */
    public AdaptBannerViewModel adapt() {
        return adapt;
    }

    /** Plan history's view model, for tests. */
    public PlanHistoryViewModel history() {
        return history;
    }

    /** The view model, for tests that drive the screen. */
    public PlanViewModel viewModel() {
        return vm;
    }

    /** A plan change was stored somewhere in the window. */
    private void planChanged(final Object source) {
        // Its own save has loaded already; hidden, onShow reads when the runner comes back.
        if (source != vm && app.stride.ui.common.Showing.now(root())) {
            vm.load();
        }
    }

    @Override
    public void onShow() {
        vm.load();
        adapt.check();
    }

    @Override
    public Parent root() {
        return root;
    }
}
