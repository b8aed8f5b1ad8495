package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.ui.common.DateField;
import app.stride.ui.plan.PlanDisplay.SessionDisplay;
import app.stride.ui.plan.PlanDisplay.Status;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.StageStyle;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A session's details from the calendar, in the app's own dialog: what it is, how to run it, its steps, and a
 * keyboard way to move it ("Move to…" a day) by the same rules as dragging.
 */
final class SessionDetails {

    private final CalendarViewModel vm;
    private Dialog<ButtonType> open;

    SessionDetails(final CalendarViewModel vm) {
        this.vm = vm;
    }

    /** Shows {@code s}'s details over {@code owner}'s window (not waiting: the screen keeps working under it). */
    void open(final Node owner, final SessionDisplay s) {
        open(owner, s, () -> { });
    }

    /** As {@link #open(Node, SessionDisplay)}; {@code moving} runs just before a move is asked for. */
    void open(final Node owner, final SessionDisplay s, final Runnable moving) {
        if (open != null) {
            open.close();
        }
        final Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initStyle(StageStyle.UTILITY);
        dialog.setTitle(Messages.get("app.name"));
        final DialogPane pane = dialog.getDialogPane();
        pane.getButtonTypes().setAll(ButtonType.CLOSE);
        pane.setHeaderText(null);
        pane.setGraphic(null);
        pane.getStyleClass().addAll("confirm-dialog", "plancal-details");
        pane.setId("plancal-details");

        final Label chip = new Label(s.typeLabel());
        chip.getStyleClass().addAll("plan-chip", "plan-chip-" + s.typeCode());
        final Label when = new Label(Messages.get("plancal.details.when", s.weekday(), s.date()));
        when.getStyleClass().add(Styles.TITLE_3);
        final HBox top = new HBox(10, chip, when);
        top.setAlignment(Pos.CENTER_LEFT);

        final Label amount = new Label(s.amount());
        amount.getStyleClass().add("plan-amount");
        // The amount keeps its words ("45:00 · about 6 km"); the effort beside it wraps instead (was cut to "abou…").
        amount.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        final Label how = new Label(s.how());
        how.getStyleClass().add(Styles.TEXT_MUTED);
        how.setWrapText(true);
        final Label description = new Label(s.description());
        description.setWrapText(true);
        description.setId("plancal-details-description");
        final VBox content = new VBox(10, top);
        status(s).ifPresent(content.getChildren()::add);
        s.logged().map(SessionDetails::logged).ifPresent(content.getChildren()::add);
        // Beside what was logged, the plan's own numbers say they are the plan's, as Today does (new-user review 6, 8).
        if (s.logged().isPresent()) {
            amount.setText(Messages.get("today.session.planned") + " " + s.amount());
        }
        amount.setId("plancal-details-amount");
        // The effort goes under the amount when both do not fit, never squeezed into a narrow column beside it.
        how.setMaxWidth(460);
        final javafx.scene.layout.FlowPane facts = new javafx.scene.layout.FlowPane(10, 4, amount, how);
        facts.setPrefWrapLength(460);
        content.getChildren().addAll(facts, description);
        for (String step : s.steps()) {
            final Label l = new Label(step, new FontIcon("mdi2c-circle-small"));
            l.setWrapText(true);
            l.getStyleClass().add("plan-step");
            content.getChildren().add(l);
        }
        s.turnaround().ifPresent(t -> {
            final Label l = new Label(t, new FontIcon("mdi2s-swap-horizontal"));
            l.setWrapText(true);
            l.getStyleClass().addAll("plan-step", Styles.TEXT_MUTED);
            content.getChildren().add(l);
        });
        if (vm.canMove() && s.status().open() && !"race".equals(s.typeCode())) {
            final DatePicker to = DateField.create();
            to.setId("plancal-move-date");
            to.setValue(s.day());
            final Label label = new Label(Messages.get("plancal.move.label"));
            label.setLabelFor(to);
            final Button move = new Button(Messages.get("plancal.move.action"), new FontIcon("mdi2c-calendar-arrow-right"));
            move.setId("plancal-move");
            move.setOnAction(e -> {
                if (to.getValue() != null) {
                    moving.run();
                    dialog.close();
                    vm.move(s.id(), to.getValue());
                }
            });
            final HBox row = new HBox(10, label, to, move);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("plancal-move-row");
            content.getChildren().add(row);
        }
        content.setPrefWidth(460);
        pane.setContent(content);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
            // The page behind dims, as under the Log's Edit run dialog: without it the dialog read as part of the page.
            app.stride.ui.common.Backdrop.behind(dialog, owner.getScene().getRoot());
            app.stride.ui.common.DialogLook.follow(pane, owner);
        }
        open = dialog;
        dialog.setOnHidden(e -> {
            if (open == dialog) {
                open = null;
            }
            owner.requestFocus();
        });
        dialog.show();
    }

    /** Where the session stands ("Done", "Skipped", "Moved from Tue 1 Dec"), with the mark the calendar gives it. */
    private static java.util.Optional<Label> status(final SessionDisplay s) {
        final String text = s.status() == Status.PLANNED ? s.movedFrom().orElse("")
                : Messages.get("planscreen.status." + s.status().name().toLowerCase(Locale.ROOT))
                        + s.movedFrom().map(m -> " · " + m).orElse("");
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        final String icon = switch (s.status()) {
            case DONE -> "mdi2c-check-circle";
            case CUT_SHORT -> "mdi2c-circle-half-full";
            case SKIPPED -> "mdi2m-minus-circle-outline";
            case MISSED -> PlanSheet.MISSED_ICON;
            case PLANNED -> "mdi2c-calendar-arrow-right";
        };
        final Label l = new Label(text, new FontIcon(icon));
        l.getStyleClass().addAll("plan-status", "plan-status-" + s.status().name().toLowerCase(Locale.ROOT));
        l.setId("plancal-details-status");
        return java.util.Optional.of(l);
    }

    /** What was logged for a done or skipped session: its numbers, how it went and the note, only what there is. */
    private static VBox logged(final PlanDisplay.Logged logged) {
        final Label title = new Label(Messages.get("plancal.details.logged"));
        title.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        final VBox box = new VBox(4, title);
        box.setId("plancal-details-logged");
        box.getStyleClass().add("plancal-logged");
        line(box, logged.numbers(), "plancal-details-logged-numbers", "mdi2m-map-marker-distance", Styles.TEXT_BOLD);
        line(box, logged.howItWent(), "plancal-details-logged-how", "mdi2e-emoticon-outline", null);
        line(box, logged.note(), "plancal-details-logged-note", "mdi2n-note-text-outline", "plancal-logged-note");
        return box;
    }

    private static void line(final VBox box, final String text, final String id, final String icon, final String style) {
        if (text.isEmpty()) {
            return;
        }
        final Label l = new Label(text, new FontIcon(icon));
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add("plan-step");
        if (style != null) {
            l.getStyleClass().add(style);
        }
        box.getChildren().add(l);
    }
}
