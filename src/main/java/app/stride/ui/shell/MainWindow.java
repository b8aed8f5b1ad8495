package app.stride.ui.shell;

import app.stride.app.StrideServices;
import app.stride.common.Messages;
import app.stride.outfit.Effort;
import app.stride.settings.Settings;
import app.stride.settings.WindowPlacement;
import app.stride.ui.BinaryStylesheets;
import app.stride.ui.adapt.AdaptBanner;
import app.stride.ui.adapt.AdaptBannerViewModel;
import app.stride.ui.common.DateField;
import app.stride.ui.common.ScreenView;
import app.stride.ui.log.LogView;
import app.stride.ui.outfit.OutfitView;
import app.stride.ui.plan.PlanView;
import app.stride.ui.progress.ProgressView;
import app.stride.ui.settings.SettingsView;
import app.stride.ui.settings.SettingsViewModel;
import app.stride.ui.shoes.ShoesView;
import app.stride.ui.task.TaskRunner;
import app.stride.ui.today.TodayView;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The main window: a sidebar of screens on the left, the chosen screen on the right. */
public final class MainWindow {

    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;

    private final ShellViewModel viewModel;
    private final ScreenContext context;
    private final Map<Screen, ScreenView> views = new EnumMap<>(Screen.class);
    private Sidebar sidebar;
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private AdaptBannerViewModel adapt;
    private final ScreenPreparer screens;
    /** For a window built ahead: refuses work until {@link #showFirstScreen()} (otherwise empty). */
    private final Optional<app.stride.ui.task.GatedTaskRunner> gate;

    /** Today's data read at start-up before the window was built; handed to Today's first showing, then empty. */
    private Optional<app.stride.ui.today.TodayViewModel.Loaded> todayRead;

    public MainWindow(final StrideServices services, final TaskRunner tasks, final Settings initial) {
        this(services, tasks, initial, Optional.empty());
    }

    /** @param todayRead what the start read for Today (issue 11): its first frame then needs no second read */
    public MainWindow(final StrideServices services, final TaskRunner tasks, final Settings initial,
                      final Optional<app.stride.ui.today.TodayViewModel.Loaded> todayRead) {
        this(services, tasks, initial, todayRead, Optional.empty());
    }

    /**
     * The window's nodes and its first screen's view, built off the UI thread (JavaFX allows that for nodes in no
     * scene) once the toolkit is up, but not yet shown, loaded or checked: with {@code -Dstride.buildAhead=true} the
     * app builds it on the start's data thread (issue 11) and calls {@link #showFirstScreen()} on the UI thread. The
     * theme is handed to the toolkit first (waiting for the UI thread), so no control made here loads Modena. Until
     * shown, the window's task runner refuses work (its results would come back before it is shown): building then
     * fails and the UI thread builds the window instead. Throws {@link IllegalStateException} if the toolkit is not up.
     */
    public static MainWindow builtAhead(final StrideServices services, final TaskRunner tasks, final Settings initial,
                                        final Optional<app.stride.ui.today.TodayViewModel.Loaded> todayRead) {
        ThemeSwitcher.handOverAndWait(initial.theme());
        return new MainWindow(services, tasks, initial, todayRead, Optional.of(new app.stride.ui.task.GatedTaskRunner(tasks)));
    }

    private MainWindow(final StrideServices services, final TaskRunner given, final Settings initial,
                       final Optional<app.stride.ui.today.TodayViewModel.Loaded> todayRead,
                       final Optional<app.stride.ui.task.GatedTaskRunner> gate) {
        this.todayRead = todayRead;
        this.gate = gate;
        final TaskRunner tasks = gate.<TaskRunner>map(g -> g).orElse(given);
        this.viewModel = new ShellViewModel(services.settings(), tasks, initial);
        this.context = new ScreenContext(services, tasks, viewModel.settingsProperty(), viewModel::navigate, this::outfitFor,
                this::createPlan, new app.stride.ui.common.PlanChanges());
        this.screens = new ScreenPreparer(views, content, tasks, this::create);
        root.getStyleClass().add("main-window");
        // The theme before the first control: JavaFX's Control class, when first used, loads its default stylesheet
        // (Modena) unless the app already chose one, and that one would be parsed only to be replaced (issue 11).
        ThemeSwitcher.apply(root, initial.theme());
        app.stride.common.StartupMarks.mark("shell vm");
        sidebar = new Sidebar(viewModel);
        root.setLeft(sidebar.root());
        app.stride.common.StartupMarks.mark("sidebar");
        content.getStyleClass().addAll("content", "screen-area");
        content.setAlignment(Pos.TOP_CENTER);
        root.setCenter(centre());
        app.stride.common.StartupMarks.mark("centre");
        DateField.weekStartsOn(initial.firstDayOfWeek());
        viewModel.settingsProperty().addListener((o, a, s) -> DateField.weekStartsOn(s.firstDayOfWeek()));
        viewModel.currentProperty().addListener((o, a, screen) -> show(screen));
        if (gate.isEmpty()) {
            show(viewModel.currentProperty().get());
        } else {
            // Only built: showing it loads data and runs checks through the task runner, whose results come back on
            // the UI thread, so that waits for showFirstScreen() there.
            views.put(viewModel.currentProperty().get(), create(viewModel.currentProperty().get()));
            app.stride.common.StartupMarks.mark("view built");
        }
    }

    /** On the UI thread, for a window made by {@link #builtAhead}: shows (and so loads) the screen it was built with. */
    public void showFirstScreen() {
        gate.ifPresent(app.stride.ui.task.GatedTaskRunner::open);
        show(viewModel.currentProperty().get());
    }

    /**
     * The content with the re-plan offer above it, so it is there on opening the app after missed sessions. The Plan
     * screen shows its own banner at its top, so this one steps aside there.
     */
    private VBox centre() {
        adapt = new AdaptBannerViewModel(context.services().adapt(), AdaptBanner.dismissals(context.services()),
                context.tasks(), viewModel.settingsProperty(), context.services().clock(), context.planChanges(),
                context.freshness());
        // Accepted here: the screens hear of it through the context's plan-changed event and look again.
        final AdaptBanner banner = new AdaptBanner(adapt, "shell-adapt", true);
        // "Plan updated…" is read where it happened; it does not follow the runner across every screen.
        viewModel.currentProperty().addListener((o, a, b) -> adapt.screenChanged());
        // Lined up with the screen's cards: the same width, left of the room kept for the scroll bar.
        final StackPane inner = new StackPane(banner);
        inner.setMaxWidth(app.stride.ui.common.Layouts.CONTENT_WIDTH + app.stride.ui.common.Layouts.SCROLL_ROOM);
        inner.setPadding(new javafx.geometry.Insets(0, app.stride.ui.common.Layouts.SCROLL_ROOM, 0, 0));
        final StackPane bannerBox = new StackPane(inner);
        bannerBox.setAlignment(Pos.TOP_CENTER);
        bannerBox.getStyleClass().add("shell-adapt");
        // Today shows the offer after time away as its own card (TodayView.hostOffer): the banner steps aside then.
        bannerBox.visibleProperty().bind(banner.visibleProperty().and(
                viewModel.currentProperty().isNotEqualTo(Screen.PLAN))
                .and(viewModel.currentProperty().isNotEqualTo(Screen.TODAY).or(offerOnToday.not())));
        bannerBox.managedProperty().bind(bannerBox.visibleProperty());
        final VBox centre = new VBox(bannerBox, content);
        centre.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(content, Priority.ALWAYS);
        return centre;
    }

    /** The shell's re-plan banner, for tests. */
    public AdaptBannerViewModel adaptBanner() {
        return adapt;
    }

    /** Whether Today shows the re-plan offer itself (after time away), so the banner above it steps aside. */
    private final javafx.beans.property.BooleanProperty offerOnToday = new javafx.beans.property.SimpleBooleanProperty(false);

    private void show(final Screen screen) {
        final boolean built = views.containsKey(screen);
        final ScreenView view = views.computeIfAbsent(screen, screens::mount);
        if (view instanceof TodayView today && !offerOnToday.isBound()) {
            offerOnToday.bind(today.hostOffer(adapt));
        }
        if (!built) {
            app.stride.common.StartupMarks.mark("view built");
        }
        screens.show(screen, view);
        sidebar.select(screen);
        view.onShow();
        // Each screen change looks again (a tick-off elsewhere may have changed what is missed); kept-as-is stays away.
        adapt.check();
    }

    /**
     * From now on keeps every screen in the scene once built (hidden unless shown), and builds, styles, lays out and
     * loads the other screens one at a time in the quiet moments after start-up (see {@link ScreenPreparer}).
     */
    public void prepareScreensWhenIdle() {
        screens.prepareWhenIdle(viewModel.currentProperty().get());
    }

    /** Runs {@code drawn} once the screen shown now has drawn its data (see {@link ScreenView#whenLoaded}). */
    public void whenShownScreenLoaded(final Runnable drawn) {
        views.get(viewModel.currentProperty().get()).whenLoaded(drawn);
    }

    /**
     * Whether every screen has been built (by a visit or by {@link #prepareScreensWhenIdle()}) and, once preparing,
     * the last one also styled and laid out: until then, opening a screen competes with that last step.
     */
    public boolean screensPrepared() {
        return screens.prepared();
    }

    /** Opens the Outfit screen set up for a session on {@code date} at {@code effort}. */
    private void outfitFor(final LocalDate date, final Effort effort) {
        viewModel.navigate(Screen.OUTFIT);
        ((OutfitView) views.get(Screen.OUTFIT)).prepareFor(date, effort);
    }

    /** A first run that leads: "Create a plan" opens the form itself, not a second invitation. */
    private void createPlan() {
        viewModel.navigate(Screen.PLAN);
        ((PlanView) views.get(Screen.PLAN)).viewModel().newPlan();
    }

    private ScreenView create(final Screen screen) {
        return switch (screen) {
            case TODAY -> {
                final TodayView today = new TodayView(context, todayRead);
                todayRead = Optional.empty();
                yield today;
            }
            case PLAN -> new PlanView(context);
            case LOG -> new LogView(context);
            case PROGRESS -> new ProgressView(context);
            case OUTFIT -> new OutfitView(context);
            case SHOES -> new ShoesView(context);
            case SETTINGS -> new SettingsView(
                    new SettingsViewModel(context.services().settings(), context.tasks(), context.settings(),
                            context.services()::checkData),
                    new app.stride.ui.settings.WeatherSwitchViewModel(context.services().weather(), context.tasks()),
                    context.services().dataFolderPath(), new app.stride.ui.settings.ExportsPane(
                    new app.stride.ui.settings.ExportsViewModel(context.services().exports(), context.services().backups(),
                            context.tasks(), context.settings())), backupsPane());
        };
    }

    /** Settings' backups card (issue 10). */
    private app.stride.ui.settings.BackupsPane backupsPane() {
        final app.stride.ui.settings.BackupsViewModel vm = new app.stride.ui.settings.BackupsViewModel(
                context.services().backups(), context.tasks());
        vm.load();
        return new app.stride.ui.settings.BackupsPane(vm);
    }

    public ShellViewModel viewModel() {
        return viewModel;
    }

    public Parent root() {
        return root;
    }

    /** Puts the window on {@code stage}: scene, shortcuts (Ctrl+1..7), remembered placement, saving it on close. */
    public void attach(final Stage stage, final WindowPlacement placement) {
        attach(stage, placement, StartupIcons.icons());
    }

    /** As {@link #attach(Stage, WindowPlacement)}, with the window icons already decoded (the app does that off the UI thread). */
    public void attach(final Stage stage, final WindowPlacement placement, final java.util.List<javafx.scene.image.Image> icons) {
        final Scene scene = new Scene(root);
        // The window's first paint is the scene's fill (white by default): the theme's background instead, so a dark
        // start does not flash white before the first frame of Today.
        scene.setFill(ThemeSwitcher.background(viewModel.settingsProperty().get().theme()));
        scene.getStylesheets().add(BinaryStylesheets.forScene(MainWindow.class.getResource("/app/stride/ui/stride.css")));
        int index = 1;
        for (Screen s : Screen.values()) {
            final KeyCode digit = KeyCode.valueOf("DIGIT" + index++);
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> viewModel.navigate(s));
        }
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.name"));
        app.stride.common.StartupMarks.mark("scene");
        stage.getIcons().setAll(icons);
        app.stride.common.StartupMarks.mark("icons");
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        // The saved size is the window's outer size (Stage width/height), so it is restored on the stage, not the scene.
        stage.setWidth(Math.max(MIN_WIDTH, placement.width()));
        stage.setHeight(Math.max(MIN_HEIGHT, placement.height()));
        if (placement.hasPosition() && isOnSomeScreen(placement)) {
            stage.setX(placement.x());
            stage.setY(placement.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(placement.maximized());
        stage.setOnCloseRequest(e -> viewModel.rememberPlacement(new WindowPlacement(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        // The theme itself was set in the constructor, before the first control; here only its later changes.
        viewModel.settingsProperty().addListener((o, a, s) -> ThemeSwitcher.apply(root, s.theme()));
    }

    /** A window last seen on a monitor that is now unplugged would open out of reach. */
    private static boolean isOnSomeScreen(final WindowPlacement p) {
        return !javafx.stage.Screen.getScreensForRectangle(p.x(), p.y(), Math.max(1, p.width()), Math.max(1, p.height())).isEmpty();
    }
}
