package app.stride.ui.progress;

import app.stride.common.Messages;
import app.stride.ui.common.EmptyState;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import app.stride.ui.common.ScreenView;
import app.stride.ui.common.SegmentedChoice;
import app.stride.ui.shell.Screen;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** How it is going: the summary in plain words, the figures as tiles, planned against done per week, the partner note. */
public final class ProgressView implements ScreenView {

    /** Tiles per row: three fit from the smallest window up. */
    private static final int TILE_COLUMNS = 3;

    private final ProgressViewModel vm;
    /** A re-plan or a new plan changes the weeks and adherence; held here, as the event holds listeners weakly. */
    private final app.stride.ui.common.PlanChanges.Listener planChanged = this::planChanged;
    private final StackPane root = new StackPane();
    private final BorderPane emptyScreen;
    private final BorderPane dashboard;
    private final GridPane tiles = new GridPane();
    private final VBox summary = new VBox(6);
    private final BarChart<String, Number> chart;
    private final NumberAxis y = new NumberAxis();
    private final PartnerNoteViewModel note;

    public ProgressView(final ScreenContext context) {
        this.vm = new ProgressViewModel(context.services().progress(), context.services().tickOff(), context.tasks(),
                context.settings()::get, context.freshness());
        final javafx.scene.control.Button create = new javafx.scene.control.Button(Messages.get("progress.empty.createPlan"));
        create.setId("progress-create-plan");
        create.setOnAction(e -> context.createPlan().run());
        final EmptyState empty = new EmptyState("mdi2c-chart-line", Messages.get("screen.progress.empty.title"),
                Messages.get("screen.progress.empty.body"), Optional.of(create));
        empty.setId("screen-progress-empty");
        emptyScreen = Layouts.emptyScreen(header(), empty);
        emptyScreen.setBottom(new ErrorLine("progress-problem-empty", vm.problemProperty()));

        summary.setId("progress-summary");
        summary.getStyleClass().addAll("card-panel", "progress-summary");
        tiles.setId("progress-tiles");
        tiles.setHgap(Layouts.GAP);
        tiles.setVgap(Layouts.GAP);
        for (int i = 0; i < TILE_COLUMNS; i++) {
            final ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / TILE_COLUMNS);
            c.setHgrow(Priority.ALWAYS);
            tiles.getColumnConstraints().add(c);
        }

        final CategoryAxis x = new CategoryAxis();
        x.setAutoRanging(false); // every week keeps its place, with or without a bar
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setMinorTickVisible(false);
        y.setMinorTickCount(0);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(final Number n) {
                return Long.toString(Math.round(n.doubleValue()));
            }

            @Override
            public Number fromString(final String s) {
                return Double.valueOf(s);
            }
        });
        chart = new BarChart<>(x, y);
        chart.setId("progress-chart");
        chart.getStyleClass().add("progress-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(2);
        chart.setCategoryGap(14);
        chart.setPrefHeight(320);
        chart.setMinHeight(260);
        final Label chartTitle = new Label();
        chartTitle.getStyleClass().add(Styles.TITLE_4);
        chartTitle.textProperty().bind(vm.chartTitleProperty());
        final SegmentedChoice<ProgressViewModel.Measure> measure = new SegmentedChoice<>(
                List.of(ProgressViewModel.Measure.DISTANCE, ProgressViewModel.Measure.SESSIONS),
                m -> Messages.get("progress.measure." + m.name().toLowerCase(java.util.Locale.ROOT)));
        measure.valueProperty().bindBidirectional(vm.measureProperty());
        measure.visibleProperty().bind(vm.hasPlanProperty());
        measure.managedProperty().bind(measure.visibleProperty());
        measure.button(ProgressViewModel.Measure.DISTANCE).setId("progress-measure-distance");
        // "Time" for a plan by time: the chart then counts minutes, as its axis and tooltips say.
        measure.button(ProgressViewModel.Measure.DISTANCE).textProperty().bind(vm.amountNameProperty());
        measure.button(ProgressViewModel.Measure.SESSIONS).setId("progress-measure-sessions");
        final HBox legend = new HBox(14, key("progress-key-planned", Messages.get("progress.chart.planned")),
                key("progress-key-done", Messages.get("progress.chart.done")));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.visibleProperty().bind(vm.hasPlanProperty());
        legend.managedProperty().bind(legend.visibleProperty());
        final Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        final HBox chartHead = new HBox(12, chartTitle, spring, legend, measure);
        chartHead.setAlignment(Pos.CENTER_LEFT);
        final VBox chartCard = new VBox(8, chartHead, chart);
        chartCard.getStyleClass().addAll("card-panel", "progress-chart-card");

        note = new PartnerNoteViewModel(context.services().exports(), context.tasks(), context.settings(), context.freshness());
        dashboard = Layouts.screen(header(), Layouts.column(summary, tiles, chartCard, new PartnerNoteCard(note),
                new ErrorLine("progress-problem", vm.problemProperty())));

        vm.tiles().addListener((ListChangeListener<ProgressViewModel.Tile>) c -> drawTiles());
        vm.summary().addListener((ListChangeListener<String>) c -> drawSummary());
        // Nothing until the first load, so neither an empty state nor empty tiles flash before the figures arrive.
        vm.chartProperty().addListener((o, a, b) -> {
            b.ifPresent(this::drawChart);
            // Putting the same page back would restyle all of it (a subtree joining the scene is restyled).
            final Parent page = vm.emptyProperty().get() ? emptyScreen : dashboard;
            if (root.getChildren().size() != 1 || root.getChildren().get(0) != page) {
                root.getChildren().setAll(page);
            }
        });
        context.settings().addListener((o, a, b) -> {
            vm.redraw();
            note.load();
        });
        context.planChanges().listen(planChanged);
    }

    private static ScreenHeader header() {
        return new ScreenHeader(Messages.get(Screen.PROGRESS.key()), Messages.get("screen.progress.subtitle"));
    }

    /** A legend entry: a swatch in the series' colour and its name. */
    private static Label key(final String id, final String text) {
        final Region swatch = new Region();
        swatch.getStyleClass().addAll("progress-swatch", id);
        swatch.setPrefSize(12, 12);
        swatch.setMinSize(12, 12);
        final Label l = new Label(text, swatch);
        l.getStyleClass().add(Styles.TEXT_SMALL);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void drawTiles() {
        tiles.getChildren().clear();
        int i = 0;
        for (ProgressViewModel.Tile t : vm.tiles()) {
            final Label caption = new Label(t.caption());
            caption.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
            final Label value = new Label(t.value());
            value.getStyleClass().add("progress-figure");
            value.setId(t.id());
            final Label detail = new Label(t.detail());
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            detail.setWrapText(true);
            final VBox box = new VBox(2, caption, value, detail);
            box.getStyleClass().addAll("card-panel", "progress-tile");
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMaxHeight(Double.MAX_VALUE);
            tiles.add(box, i % TILE_COLUMNS, i / TILE_COLUMNS);
            i++;
        }
    }

    private void drawSummary() {
        summary.getChildren().clear();
        for (String line : vm.summary()) {
            final Label l = new Label(line, new FontIcon("mdi2c-check-circle-outline"));
            l.getStyleClass().add("progress-summary-line");
            l.setWrapText(true);
            summary.getChildren().add(l);
        }
    }

    private void drawChart(final ProgressViewModel.Chart c) {
        final XYChart.Series<String, Number> planned = new XYChart.Series<>();
        planned.setName(Messages.get("progress.chart.planned"));
        final XYChart.Series<String, Number> done = new XYChart.Series<>();
        done.setName(Messages.get("progress.chart.done"));
        final List<String> categories = c.bars().stream().map(ProgressViewModel.Bar::label).toList();
        for (ProgressViewModel.Bar b : c.bars()) {
            b.planned().ifPresent(v -> planned.getData().add(tipped(b, v)));
            b.done().ifPresent(v -> done.getData().add(tipped(b, v)));
        }
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(categories);
        y.setUpperBound(c.upper());
        y.setTickUnit(c.tick());
        y.setLabel(c.axisLabel());
        // Always two series, so "done" keeps the accent colour with or without a plan.
        chart.getData().setAll(List.of(planned, done));
    }

    /** A bar that says its week and numbers when pointed at. */
    private static XYChart.Data<String, Number> tipped(final ProgressViewModel.Bar b, final double value) {
        final XYChart.Data<String, Number> d = new XYChart.Data<>(b.label(), value);
        d.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                javafx.scene.control.Tooltip.install(node, new javafx.scene.control.Tooltip(b.tip()));
            }
        });
        return d;
    }

    /** A plan change was stored somewhere in the window. */
    private void planChanged(final Object source) {
        // Hidden, it does not read now: onShow reads when the runner comes back.
        if (app.stride.ui.common.Showing.now(root())) {
            note.load();
            vm.load();
        }
    }

    @Override
    public void onShow() {
        note.load();
        vm.load();
    }

    @Override
    public Parent root() {
        return root;
    }
}
