package app.stride.ui.plan;

import static app.stride.ui.plan.FormParts.actionBar;

import app.stride.common.Messages;
import app.stride.plan.PlanAlternative;
import app.stride.text.PlanText;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A refused plan's alternatives ("the 5K first, then this race"), as buttons that fill the form and make the plan again. */
final class PlanAlternativesBar {

    private PlanAlternativesBar() {
    }

    static HBox of(final PlanFormViewModel vm) {
        final HBox bar = actionBar();
        bar.setId("plan-alternatives");
        bar.visibleProperty().bind(Bindings.isNotEmpty(vm.alternatives()));
        bar.managedProperty().bind(bar.visibleProperty());
        vm.alternatives().addListener((ListChangeListener<PlanAlternative>) c -> {
            bar.getChildren().setAll(new Label(Messages.get("planscreen.problem.alternatives")));
            int i = 0;
            for (PlanAlternative a : vm.alternatives()) {
                final String text = PlanText.alternative(a);
                // A button's text starts with a capital ("The 5K first, ..."); the CLI reads it inside a sentence.
                final Button b = new Button(text.substring(0, 1).toUpperCase(Locale.getDefault()) + text.substring(1));
                b.setId("plan-alternative-" + i++);
                // "the 5K first, then this race on Sat 6 Mar 2027 or later" is read whole, never cut to "…".
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setOnAction(e -> vm.choose(a));
                bar.getChildren().add(b);
            }
        });
        return bar;
    }
}
