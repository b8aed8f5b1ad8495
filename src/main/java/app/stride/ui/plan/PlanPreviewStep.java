package app.stride.ui.plan;

import static app.stride.ui.plan.FormParts.actionBar;
import static app.stride.ui.plan.FormParts.underBody;

import app.stride.common.Messages;
import app.stride.ui.common.Layouts;
import app.stride.ui.common.ScreenHeader;
import atlantafx.base.theme.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The plan form's second step: the plan the answers make, with "Change answers" and "Start this plan". */
final class PlanPreviewStep {

    private PlanPreviewStep() {
    }

    /** @param previewButton the answers' Preview button, which takes the keyboard back when this step is left */
    static Parent of(final PlanFormViewModel vm, final Button previewButton) {
        final PlanSheet sheet = new PlanSheet();
        sheet.setId("plan-preview-sheet");
        // The preview is the form's second step: the same column, so the main button stays where it was (it jumped
        // 48 px right at 1120 px, more on a wide screen, when the sheet filled the screen and the form did not).
        sheet.setMaxWidth(PlanFormView.FORM_WIDTH);
        final ScreenHeader header = new ScreenHeader(Messages.get("planscreen.preview.title"), "");
        vm.previewDisplayProperty().addListener((o, a, d) -> d.ifPresent(p -> {
            header.subtitle().setText(p.title() + (p.subtitle().isEmpty() ? "" : "\n" + p.subtitle()));
            sheet.show(p);
        }));
        final BorderPane pane = Layouts.screen(header, sheet);
        final Label error = new Label();
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        HBox.setHgrow(error, Priority.ALWAYS);
        error.setMaxWidth(Double.MAX_VALUE);
        final Button edit = new Button(Messages.get("planscreen.preview.edit"), new FontIcon("mdi2p-pencil-outline"));
        edit.setId("plan-edit");
        edit.setOnAction(e -> vm.edit());
        final Button start = new Button(Messages.get("planscreen.start"), new FontIcon("mdi2p-play-circle-outline"));
        start.setId("plan-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(vm.busyProperty());
        start.setOnAction(e -> vm.start());
        pane.setBottom(underBody(actionBar(error, edit, start), sheet));
        // Enter then starts the plan, Escape goes back to the answers.
        pane.visibleProperty().addListener((o, a, shown) -> {
            start.setDefaultButton(shown);
            edit.setCancelButton(shown);
            // The answers' field that had focus is hidden now; the next step is starting (or changing answers).
            if (shown) {
                start.requestFocus();
            } else {
                previewButton.requestFocus();
            }
        });
        return pane;
    }
}
