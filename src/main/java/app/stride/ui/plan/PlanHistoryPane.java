package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.plan.PlanHistoryViewModel.Entry;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Plan history: the stored plans and versions, newest first; "Open" shows one in the calendar, read-only. Binds to
 * {@link PlanHistoryViewModel} only.
 */
final class PlanHistoryPane extends VBox {

    private final PlanHistoryViewModel vm;
    private final VBox list = new VBox();
    private final Label reading = new Label();

    PlanHistoryPane(final PlanHistoryViewModel vm, final CalendarViewModel readOnly) {
        super(12);
        this.vm = vm;
        setId("plan-history");

        final Label title = new Label(Messages.get("planhistory.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        final Label help = new Label(Messages.get("planhistory.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        list.setId("plan-history-list");
        final VBox card = new VBox(8, title, help, list);
        card.getStyleClass().addAll("card-panel", "plan-history");

        reading.setId("plan-history-reading");
        reading.setWrapText(true);
        reading.getStyleClass().add("plan-history-reading");
        HBox.setHgrow(reading, Priority.ALWAYS);
        reading.setMaxWidth(Double.MAX_VALUE);
        final Button back = new Button(Messages.get("planhistory.back"), new FontIcon("mdi2a-arrow-left"));
        back.setId("plan-history-back");
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(e -> vm.close());
        final HBox readingBar = new HBox(12, new FontIcon("mdi2h-history"), reading, back);
        readingBar.setAlignment(Pos.CENTER_LEFT);
        readingBar.getStyleClass().add("plancal-message");
        final PlanCalendarView calendar = new PlanCalendarView(readOnly, new PlanSheet(), new SessionDetails(readOnly));
        calendar.setId("plan-history-calendar");
        final VBox opened = new VBox(12, readingBar, calendar);

        final ErrorLine problem = new ErrorLine("plan-history-problem", vm.problemProperty());
        getChildren().addAll(problem, card, opened);
        card.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.openedProperty().get().isEmpty(),
                vm.openedProperty()));
        card.managedProperty().bind(card.visibleProperty());
        opened.visibleProperty().bind(card.visibleProperty().not());
        opened.managedProperty().bind(opened.visibleProperty());
        vm.entriesProperty().addListener((o, a, entries) -> fill(entries));
        vm.openedProperty().addListener((o, a, d) -> readOnly.planProperty().set(d));
        vm.openedEntryProperty().addListener((o, a, e) -> reading.setText(e.map(x -> Messages.get("planhistory.reading",
                x.title(), x.detail())).orElse("")));
        fill(vm.entriesProperty().get());
    }

    private void fill(final List<Entry> entries) {
        list.getChildren().clear();
        if (entries.isEmpty()) {
            final Label none = new Label(Messages.get("planhistory.empty"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                list.getChildren().add(new Separator());
            }
            list.getChildren().add(row(entries.get(i)));
        }
    }

    private HBox row(final Entry e) {
        final Label title = new Label(e.title());
        title.getStyleClass().add("plan-history-title");
        title.setWrapText(true);
        final Label detail = new Label(e.detail());
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setWrapText(true);
        final HBox titleLine = new HBox(8, title);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        if (e.current()) {
            final Label now = new Label(Messages.get("planhistory.current"));
            now.getStyleClass().addAll("plan-tag", "plan-tag-now");
            now.setMinWidth(Region.USE_PREF_SIZE);
            titleLine.getChildren().add(now);
        }
        final VBox words = new VBox(2, titleLine, detail);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        final Button open = new Button(Messages.get("planhistory.open"));
        open.setId("plan-history-open-" + e.id());
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(x -> vm.open(e.id()));
        final HBox row = new HBox(12, words, open);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("plan-history-row");
        return row;
    }
}
