package app.stride.ui.log;

import app.stride.common.Messages;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.ui.common.Choices;
import app.stride.ui.common.EmptyState;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Every run the runner logged, newest first, one plan's or all: add a run the plan did not ask for, edit or delete one
 * (Enter and Delete on the list), each undoable from the notice above the list. A virtualised list whose rows grow
 * with their notes, so ten years of runs stay quick and nothing is cut to "…".
 */
public final class LogView implements ScreenView {

    private static final javafx.scene.input.KeyCombination UNDO_KEY =
            new javafx.scene.input.KeyCodeCombination(KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final ScreenContext context;
    private final LogViewModel vm;
    private final StackPane root = new StackPane();
    private final ListView<LoggedRun> list;

    public LogView(final ScreenContext context) {
        this.context = context;
        this.vm = new LogViewModel(context.services().runLog(), context.services().planPeriods(), context.services().shoes(),
                context.tasks(), context.services().unitOfWork(), this::unit, context.services().clock(), context.freshness());
        final RunImportViewModel importVm = new RunImportViewModel(context.services().imports(), context.tasks(), vm::load);

        // Empty: what the log is for, a way to log the first run, and the import.
        final Button first = new Button(Messages.get("log.add"), new FontIcon("mdi2p-plus"));
        first.setId("log-add-first");
        first.setOnAction(e -> add());
        final EmptyState empty = new EmptyState("mdi2n-notebook-outline", Messages.get("screen.log.empty.title"),
                Messages.get("screen.log.empty.body"), Optional.of(first));
        empty.setId("screen-log-empty");
        final RunImportBar emptyImport = new RunImportBar(importVm);
        final ScreenHeader emptyHeader = header();
        emptyHeader.getChildren().add(emptyImport);
        VBox.setMargin(emptyImport, new Insets(8, 0, 0, 0));
        final BorderPane emptyScreen = Layouts.emptyScreen(emptyHeader, empty);
        emptyScreen.setBottom(new ErrorLine("log-problem-empty", vm.problemProperty()));

        // The list.
        list = new ListView<>(vm.runs());
        list.setId("log-list");
        list.getStyleClass().addAll("run-list", Styles.STRIPED);
        list.setCellFactory(l -> new RunCell(l, vm, this::unit, this::thisYear, this::edit, this::delete));
        final Label none = new Label(Messages.get("log.filter.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.setOnKeyPressed(e -> {
            final LoggedRun selected = list.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                edit(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                delete(selected);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                edit(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // The list's selection and the ViewModel's are kept in step: a change made from the screen selects the run it
        // saved (or the row after a deleted one) without moving the list.
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != vm.selectedProperty().get()) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (b != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(b);
            }
        });

        final Button add = new Button(Messages.get("log.add"), new FontIcon("mdi2p-plus"));
        add.setId("log-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> add());
        final Label showLabel = new Label(Messages.get("log.filter.label"));
        final ComboBox<PlanFilter> filter = Choices.combo(java.util.List.of(), vm::label);
        filter.setId("log-filter");
        filter.setItems(vm.filters());
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        // Wide enough for "Half marathon plan from Mon 6 Apr 2026".
        filter.setPrefWidth(340);
        filter.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMaxWidth(Region.USE_PREF_SIZE);
        showLabel.setLabelFor(filter);
        showLabel.setMinWidth(Region.USE_PREF_SIZE);
        final Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        final HBox tools = new HBox(10, add, spring, showLabel, filter);
        tools.setAlignment(Pos.CENTER_LEFT);

        final VBox body = new VBox(12, tools, noticeBar(), list, new ErrorLine("log-problem", vm.problemProperty()));
        final BorderPane listScreen = Layouts.bounded();
        final ScreenHeader listHeader = header();
        final RunImportBar listImport = new RunImportBar(importVm);
        listHeader.getChildren().add(listImport);
        VBox.setMargin(listImport, new Insets(8, 0, 0, 0));
        listScreen.setTop(listHeader);
        BorderPane.setMargin(listHeader, new Insets(0, 0, Layouts.GAP, 0));
        listScreen.setCenter(body);
        BorderPane.setMargin(body, new Insets(0, Layouts.SCROLL_ROOM, 0, 0));

        listImport.acceptDrops(root);
        // Ctrl+Z (Cmd+Z) undoes the last add, edit or delete while its notice offers Undo.
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (UNDO_KEY.match(e) && vm.undoableProperty().get()) {
                vm.undo();
                e.consume();
            }
        });
        // Nothing until the first load: an empty state that flashes before the runs arrive would mislead.
        // After deleting the last run the list stays while its Undo is offered.
        final Runnable choose = () -> root.getChildren().setAll(vm.anyRunsProperty().get() || vm.undoableProperty().get()
                ? listScreen : emptyScreen);
        vm.anyRunsProperty().addListener((o, a, b) -> choose.run());
        vm.undoableProperty().addListener((o, a, b) -> choose.run());
        none.textProperty().bind(Bindings.when(vm.anyRunsProperty()).then(Messages.get("log.filter.none"))
                .otherwise(Messages.get("screen.log.empty.title")));
        vm.loadedProperty().addListener((o, a, b) -> choose.run());
        // Opened or filtered: start at the newest run (rows measured after the first pass would leave the top one cut).
        final Runnable top = () -> javafx.application.Platform.runLater(() -> list.scrollTo(0));
        vm.loadedProperty().addListener((o, a, b) -> top.run());
        vm.filterProperty().addListener((o, a, b) -> top.run());
        context.settings().addListener((o, a, b) -> list.refresh());
    }

    /** "Deleted Tue 12 Jan's easy run. Undo": calm, in the screen, until the next change or ×. */
    private HBox noticeBar() {
        final Label text = new Label();
        text.setId("log-notice");
        text.setWrapText(true);
        text.textProperty().bind(vm.noticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        final Button undo = new Button(Messages.get("log.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("log-undo");
        undo.getStyleClass().add(Styles.SMALL);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.visibleProperty().bind(vm.undoableProperty());
        undo.managedProperty().bind(vm.undoableProperty());
        undo.setOnAction(e -> {
            vm.undo();
            list.requestFocus();
        });
        final Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setAccessibleText(Messages.get("log.notice.dismiss"));
        close.setOnAction(e -> vm.dismiss());
        final HBox bar = new HBox(10, new FontIcon("mdi2i-information-outline"), text, undo, close);
        bar.setId("log-notice-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("log-notice");
        bar.visibleProperty().bind(Bindings.isNotEmpty(vm.noticeProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static ScreenHeader header() {
        return new ScreenHeader(Messages.get(Screen.LOG.key()), Messages.get("screen.log.subtitle"));
    }

    private void add() {
        RunDialog.create(root, vm, vm.newRun(), unit()).showAndWait();
        list.requestFocus();
    }

    private void edit(final LoggedRun run) {
        if (run != null) {
            RunDialog.create(root, vm, vm.edit(run), unit()).showAndWait();
            list.requestFocus();
        }
    }

    private void delete(final LoggedRun run) {
        if (run != null) {
            vm.delete(run);
            list.requestFocus();
        }
    }

    private DistanceUnit unit() {
        return context.settings().get().distanceUnit();
    }

    private int thisYear() {
        return LocalDate.now(context.services().clock()).getYear();
    }

    /** The screen's state, for tests. */
    LogViewModel viewModel() {
        return vm;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    @Override
    public Parent root() {
        return root;
    }
}
