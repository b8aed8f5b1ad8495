package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.ui.common.DateField;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.common.SegmentedChoice;
import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Change plan…" card: race date, running days and goal. "Preview" hands the change to the re-plan banner above,
 * which shows what would change and stores it only on Accept. Binds to {@link PlanChangeViewModel} only.
 */
final class PlanChangeForm extends VBox {

    private final PlanChangeViewModel vm;
    private final HBox days = new HBox(0);
    private final SegmentedChoice<GoalChoice> goal;

    PlanChangeForm(final PlanChangeViewModel vm, final Supplier<DayOfWeek> firstDay, final Runnable preview, final Runnable close) {
        super(12);
        this.vm = vm;
        setId("plan-change");
        getStyleClass().addAll("card-panel", "plan-change");

        final Label title = new Label(Messages.get("planchange.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        final Label help = new Label(Messages.get("planchange.help"));
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);

        goal = new SegmentedChoice<>(List.of(GoalChoice.values()), g -> Messages.get("planscreen.goal." + g.key()));
        for (GoalChoice g : GoalChoice.values()) {
            goal.button(g).setId("plan-change-goal-" + g.key());
        }
        goal.valueProperty().bindBidirectional(vm.goalProperty());

        final DatePicker race = DateField.create();
        race.setId("plan-change-race");
        race.valueProperty().bindBidirectional(vm.raceDateProperty());
        final TextField target = new TextField();
        target.setId("plan-change-target");
        target.setPromptText(Messages.get("planchange.target.prompt"));
        target.setPrefColumnCount(8);
        target.textProperty().bindBidirectional(vm.targetProperty());

        days.setId("plan-change-days");
        fillDays(firstDay.get());

        final Node raceRow = row("planchange.race", race);
        final Node targetRow = row("planchange.target", target);
        raceRow.visibleProperty().bind(vm.goalProperty().isNotEqualTo(GoalChoice.REGULAR));
        raceRow.managedProperty().bind(raceRow.visibleProperty());
        targetRow.visibleProperty().bind(vm.goalProperty().isEqualTo(GoalChoice.RACE));
        targetRow.managedProperty().bind(targetRow.visibleProperty());

        final Button go = new Button(Messages.get("planchange.preview"));
        go.setId("plan-change-preview");
        go.getStyleClass().add(Styles.ACCENT);
        go.setDefaultButton(false);
        go.setOnAction(e -> preview.run());
        final Button cancel = new Button(Messages.get("planchange.cancel"));
        cancel.setId("plan-change-cancel");
        cancel.setOnAction(e -> close.run());
        final Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        final HBox actions = new HBox(8, grow, cancel, go);
        final ErrorLine error = new ErrorLine("plan-change-error", vm.errorProperty());

        getChildren().addAll(title, help, row("planchange.goal", goal), raceRow, targetRow, row("planchange.days", days), error,
                actions);
    }

    /** The weekday pills in the runner's week order. */
    void fillDays(final DayOfWeek first) {
        days.getChildren().forEach(n -> ((ToggleButton) n).selectedProperty().unbindBidirectional(
                vm.dayProperty((DayOfWeek) n.getUserData())));
        days.getChildren().clear();
        for (int i = 0; i < 7; i++) {
            final DayOfWeek d = first.plus(i);
            final ToggleButton b = new ToggleButton(d.getDisplayName(TextStyle.SHORT, Locale.getDefault(Locale.Category.FORMAT)));
            b.setId("plan-change-day-" + d.name().substring(0, 3).toLowerCase(Locale.ROOT));
            b.setUserData(d);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == 6 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            b.selectedProperty().bindBidirectional(vm.dayProperty(d));
            b.setMnemonicParsing(false);
            b.setPrefWidth(58);
            b.setMinWidth(Region.USE_PREF_SIZE);
            days.getChildren().add(b);
        }
    }

    private static HBox row(final String key, final Node control) {
        final Label label = new Label(Messages.get(key));
        label.setMinWidth(140);
        label.setPrefWidth(140);
        label.setLabelFor(control);
        final HBox row = new HBox(16, label, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
