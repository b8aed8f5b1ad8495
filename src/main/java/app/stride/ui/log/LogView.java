package app.stride.ui.log;

import app.stride.format.Paces;
import app.stride.format.Durations;
import app.stride.format.Distances;
import app.stride.format.Dates;
import app.stride.common.Messages;
import app.stride.outfit.FeedbackAnswer;
import app.stride.plan.SessionType;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.ui.common.EmptyState;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Every run the runner logged, newest first. */
public final class LogView implements ScreenView {

    private final ScreenContext context;
    private final LogViewModel vm;
    private final StackPane root = new StackPane();

    public LogView(final ScreenContext context) {
        this.context = context;
        this.vm = new LogViewModel(context.services().tickOff(), context.tasks());
        final ScreenHeader header = new ScreenHeader(Messages.get(Screen.LOG.key()), Messages.get("screen.log.subtitle"));
        final EmptyState empty = new EmptyState("mdi2n-notebook-outline", Messages.get("screen.log.empty.title"),
                Messages.get("screen.log.empty.body"), Optional.empty());
        empty.setId("screen-log-empty");
        final RunImportViewModel importVm = new RunImportViewModel(context.services().imports(), context.tasks(), vm::load);
        final RunImportBar emptyImport = new RunImportBar(importVm);
        final RunImportBar listImport = new RunImportBar(importVm);
        final BorderPane emptyScreen = Layouts.emptyScreen(header, empty);
        header.getChildren().add(emptyImport);
        emptyScreen.setBottom(new ErrorLine("log-problem-empty", vm.problemProperty()));

        final TableView<LoggedRun> table = new TableView<>(vm.runs());
        table.setId("log-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        final int thisYear = java.time.LocalDate.now(context.services().clock()).getYear();
        table.getColumns().add(column("log.column.date", 104, r -> Dates.dayNear(r.date(), thisYear)));
        table.getColumns().add(column("log.column.session", 150,
                r -> SessionType.parse(r.type()).map(SessionType::label).orElse(r.type())));
        table.getColumns().add(column("log.column.distance", 90, r -> r.report().distanceM().map(m -> Distances.format(m, unit())).orElse("")));
        table.getColumns().add(column("log.column.time", 72, r -> r.report().duration().map(Durations::format).orElse("")));
        table.getColumns().add(column("log.column.pace", 84, r -> r.report().paceSecPerKm()
                .map(p -> Paces.format(p, unit())).orElse("")));
        table.getColumns().add(column("log.column.effort", 64, r -> r.report().effortRpe().map(String::valueOf).orElse("")));
        // How it went and how it felt, in the same words the CLI log uses.
        table.getColumns().add(column("log.column.status", 80, r -> capital(Messages.get("run.status." + r.status().code()))));
        table.getColumns().add(column("log.column.feel", 64, r -> r.report().feel()
                .map(f -> capital(Messages.get("run.feel." + f.code()))).orElse("")));
        table.getColumns().add(column("log.column.outfit", 90, r -> r.outfitFeedback().flatMap(FeedbackAnswer::parse)
                .map(FeedbackAnswer::label).orElse("")));
        final TableColumn<LoggedRun, String> notes = column("log.column.notes", 150, r -> r.report().notes());
        // Notes are the runner's own words: wrap them rather than cut them.
        notes.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(final String text, final boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
            }
        });
        table.getColumns().add(notes);
        // A wrapped cell's height depends on its width: lay the rows out again when the window changes size.
        notes.widthProperty().addListener((o, a, b) -> table.refresh());
        table.setPlaceholder(new javafx.scene.control.Label(""));
        table.getStyleClass().add("screen-body");
        final BorderPane list = Layouts.bounded();
        list.setCenter(table);
        BorderPane.setMargin(table, new javafx.geometry.Insets(0, Layouts.SCROLL_ROOM, 0, 0));
        list.setBottom(new ErrorLine("log-problem", vm.problemProperty()));
        final ScreenHeader listHeader = new ScreenHeader(Messages.get(Screen.LOG.key()), Messages.get("screen.log.subtitle"));
        listHeader.getChildren().add(listImport);
        VBox.setMargin(listImport, new javafx.geometry.Insets(8, 0, 0, 0));
        VBox.setMargin(emptyImport, new javafx.geometry.Insets(8, 0, 0, 0));
        list.setTop(listHeader);
        BorderPane.setMargin(listHeader, new javafx.geometry.Insets(0, 0, Layouts.GAP, 0));

        listImport.acceptDrops(root);
        root.getChildren().setAll(emptyScreen);
        vm.runs().addListener((javafx.collections.ListChangeListener<LoggedRun>) c ->
                root.getChildren().setAll(vm.runs().isEmpty() ? emptyScreen : list));
        context.settings().addListener((o, a, b) -> table.refresh());
    }

    private DistanceUnit unit() {
        return context.settings().get().distanceUnit();
    }

    private static String capital(final String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.getDefault()) + s.substring(1);
    }

    private static TableColumn<LoggedRun, String> column(final String key, final double width, final Function<LoggedRun, String> text) {
        final TableColumn<LoggedRun, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        // Never narrower than its header and values need: a narrow window scrolls sideways instead of cutting text.
        c.setMinWidth(width);
        c.setCellValueFactory(cell -> (ObservableValue<String>) new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
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
