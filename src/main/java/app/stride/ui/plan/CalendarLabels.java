package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.ui.plan.PlanCalendar.Row;
import app.stride.ui.plan.PlanDisplay.SessionDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Decides how the calendar labels a week's row (name, phase, cutback, current) and a moved session's ghost. */
final class CalendarLabels {

    private CalendarLabels() {
    }

    static VBox rowLabel(final Row row, final int index) {
        final Label name = new Label(row.label());
        name.getStyleClass().add("plancal-row-title");
        name.setMinWidth(Region.USE_PREF_SIZE);
        final VBox box = new VBox(4, name);
        box.getStyleClass().add("plancal-row-label");
        box.setId("plancal-row-" + index);
        if (!row.phase().isEmpty()) {
            final Label phase = new Label(row.phase());
            phase.getStyleClass().addAll("plan-tag", "plancal-phase");
            phase.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(phase);
        }
        if (row.cutback()) {
            final Label cut = new Label(Messages.get("planscreen.week.cutback"));
            cut.getStyleClass().addAll("plan-tag", "plan-tag-cutback");
            cut.setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(cut);
        }
        if (row.current()) {
            box.getStyleClass().add("plancal-row-current");
        }
        return box;
    }

    static Label ghost(final SessionDisplay s) {
        final Label g = new Label(Messages.get("plancal.ghost", s.typeLabel(), s.weekday()));
        g.setId("plancal-ghost-" + s.id());
        g.getStyleClass().add("plancal-ghost");
        g.setWrapText(true);
        g.setMaxWidth(Double.MAX_VALUE);
        g.setMinHeight(Region.USE_PREF_SIZE);
        final String tip = Messages.get("plancal.ghost.tip", s.typeLabel(), s.weekday() + " " + s.date());
        g.setTooltip(new Tooltip(tip));
        g.setAccessibleText(tip);
        return g;
    }
}
