package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.tracking.TickOff;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Today once the race is ticked off and nothing is left in the plan (new-user review nu6 15): well done, the race as
 * logged, and what next. It takes the place of "Life happens", whose actions have nothing left to change.
 */
final class PlanEndCard extends VBox {

    private final Label result = new Label();

    PlanEndCard(final Runnable newPlan) {
        super(10);
        setId("today-plan-end");
        getStyleClass().add("card-panel");
        setStyle("-fx-padding: 12 16 14 16;");
        final FontIcon icon = new FontIcon("mdi2t-trophy-outline");
        icon.getStyleClass().add(Styles.ACCENT);
        final Label title = new Label(Messages.get("endplan.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        final HBox head = new HBox(8, icon, title);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        result.setId("today-plan-end-result");
        result.setWrapText(true);
        final Label body = new Label(Messages.get("endplan.body"));
        body.getStyleClass().add(Styles.TEXT_MUTED);
        body.setWrapText(true);
        final Button next = new Button(Messages.get("endplan.new"), new FontIcon("mdi2p-plus"));
        next.setId("today-plan-end-new");
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(e -> newPlan.run());
        getChildren().addAll(head, result, body, next);
    }

    /** Shows the race as logged, {@code numbers} rendering a run's figures as Today does. */
    void show(final TickOff.Finish finish, final Function<RunReport, String> numbers) {
        result.setText(resultLine(finish, numbers));
    }

    /** "Your race, as logged: 5 km · 27:12 · 5:26 /km"; a race ticked off without figures says where to add them. */
    static String resultLine(final TickOff.Finish finish, final Function<RunReport, String> numbers) {
        final Optional<RunReport> report = finish.run().filter(LoggedRun::ran).map(LoggedRun::report)
                .filter(r -> r.distanceM().isPresent() || r.duration().isPresent());
        return report.map(r -> Messages.get("endplan.result", numbers.apply(r))).orElse(Messages.get("endplan.result.none"));
    }
}
