package app.stride.ui.plan;

import app.stride.plan.PlanAlternative;
import app.stride.settings.DistanceUnit;
import app.stride.text.StepText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.beans.property.StringProperty;

/**
 * Changes the plan form makes to the runner's answers on their behalf: typed distances follow a change of unit, and
 * an alternative to a refused goal fills in what it changes.
 */
final class FormEdits {

    private FormEdits() {
    }

    /** Keeps typed distances meaning the same when the runner switches km and mi; blanks and typos stay as typed. */
    static void unitChanged(final PlanFormViewModel form, final DistanceUnit old, final DistanceUnit now) {
        if (old == now) {
            return;
        }
        for (StringProperty field : List.of(form.weeklyProperty(), form.longestRunProperty())) {
            try {
                final double v = Double.parseDouble(field.get().strip().replace(',', '.'));
                field.set(StepText.number(now.fromMetres(old.toMetres(v))));
            } catch (NumberFormatException e) {
                // Blank or a typing mistake: leave it as typed.
            }
        }
    }

    /** Takes an alternative into the form: a later race date (and the weeks to it), or a shorter distance to finish. */
    static void take(final PlanFormViewModel form, final PlanAlternative a) {
        // The shorter race first: its plan now, on the form's dates; the later date is when to aim for this race after.
        a.raceDate().filter(d -> !a.shorterFirst()).ifPresent(d -> {
            form.raceDateProperty().set(d);
            final LocalDate s = form.startDateProperty().get();
            if (s != null) {
                form.weeksProperty().set((int) (ChronoUnit.DAYS.between(s, d) / 7) + 1);
            }
        });
        a.distance().ifPresent(d -> {
            form.distanceProperty().set(d);
            if (form.goalProperty().get() == GoalChoice.RACE) {
                form.goalProperty().set(GoalChoice.FINISH);
                form.targetTimeProperty().set("");
            }
        });
    }
}
