package app.stride.ui.progress;

import app.stride.format.Distances;
import app.stride.format.Dates;
import app.stride.common.Messages;
import app.stride.settings.Settings;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.WeeklyDistance;
import app.stride.ui.common.EmptyState;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import app.stride.ui.task.TaskFailure;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Times the runner made it out, and distance week by week. */
public final class ProgressView implements ScreenView {

    private static final int WEEKS = 12;

    private final ScreenContext context;
    private final StackPane root = new StackPane();
    private final BorderPane emptyScreen;
    private final BorderPane charts;
    private final Label timesOut = new Label();
    private final Label thisWeek = new Label();
    private final BarChart<String, Number> chart;
    private List<LoggedRun> runs = List.of();
    private int timesOutCount;
    private final PartnerNoteViewModel note;
    private final javafx.beans.property.StringProperty problem = new javafx.beans.property.SimpleStringProperty("");

    /** The runs the chart needs (a week holds at most three a day) and the count of every run ever logged. */
    private record Loaded(List<LoggedRun> recent, int count) {
    }

    public ProgressView(final ScreenContext context) {
        this.context = context;
        final EmptyState empty = new EmptyState("mdi2c-chart-line", Messages.get("screen.progress.empty.title"),
                Messages.get("screen.progress.empty.body"), Optional.empty());
        empty.setId("screen-progress-empty");
        emptyScreen = Layouts.emptyScreen(header(), empty);
        emptyScreen.setBottom(new ErrorLine("progress-problem-empty", problem));

        timesOut.setId("progress-times-out");
        thisWeek.setId("progress-this-week");
        final HBox figures = new HBox(Layouts.GAP, figure(timesOut, "progress.timesOut"), figure(thisWeek, "progress.thisWeek"));
        final CategoryAxis x = new CategoryAxis();
        final NumberAxis y = new NumberAxis();
        chart = new BarChart<>(x, y);
        chart.setId("progress-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(Messages.get("progress.chart.title"));
        chart.setPrefHeight(360);
        note = new PartnerNoteViewModel(context.services().exports(), context.tasks(), context.settings());
        charts = Layouts.screen(header(), Layouts.column(figures, chart, new PartnerNoteCard(note),
                new ErrorLine("progress-problem", problem)));
        root.getChildren().setAll(emptyScreen);
        context.settings().addListener((o, a, b) -> {
            draw();
            note.load();
        });
    }

    private static ScreenHeader header() {
        return new ScreenHeader(Messages.get(Screen.PROGRESS.key()), Messages.get("screen.progress.subtitle"));
    }

    private static VBox figure(final Label value, final String captionKey) {
        value.getStyleClass().add("outfit-degrees");
        final Label caption = new Label(Messages.get(captionKey));
        caption.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        final VBox box = new VBox(2, caption, value);
        box.getStyleClass().add("card-panel");
        box.setStyle("-fx-padding: 12 20 12 20;");
        box.setMinWidth(200);
        return box;
    }

    @Override
    public void onShow() {
        note.load();
        context.tasks().run(() -> new Loaded(context.services().tickOff().recentRuns(WEEKS * 7 * 3),
                context.services().tickOff().today().runsLogged()), loaded -> {
            runs = loaded.recent();
            timesOutCount = loaded.count();
            problem.set("");
            draw();
        }, e -> problem.set(TaskFailure.message(e)));
    }

    private void draw() {
        if (runs.isEmpty()) {
            root.getChildren().setAll(emptyScreen);
            return;
        }
        root.getChildren().setAll(charts);
        final Settings s = context.settings().get();
        final LocalDate today = LocalDate.now(context.services().clock());
        final List<WeeklyDistance> weeks = WeeklyDistance.lastWeeks(runs, today, s.firstDayOfWeek(), WEEKS);
        timesOut.setText(Integer.toString(timesOutCount));
        final WeeklyDistance current = weeks.get(weeks.size() - 1);
        thisWeek.setText(Distances.format(current.metres(), s.distanceUnit()));
        final XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (WeeklyDistance w : weeks) {
            series.getData().add(new XYChart.Data<>(Dates.dayMonth(w.weekStart()), s.distanceUnit().fromMetres(w.metres())));
        }
        ((NumberAxis) chart.getYAxis()).setLabel(s.distanceUnit().code());
        chart.getData().setAll(List.of(series));
    }

    @Override
    public Parent root() {
        return root;
    }
}
