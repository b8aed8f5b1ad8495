package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.text.TrackingText;
import app.stride.ui.common.ErrorLine;
import app.stride.ui.shell.ScreenContext;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sessions of the last week still open, in a card beside today's: "I ran it" (with its distance and time) or "Let it go". */
final class MissedSessions extends VBox {

    private final TodayViewModel vm;
    private final ScreenContext context;

    MissedSessions(final TodayViewModel vm, final ScreenContext context) {
        super(8);
        this.vm = vm;
        this.context = context;
        setId("today-missed");
    }

    /** Whether the rows sit inside another card (Today's card after time away): one line each, no card of their own. */
    private boolean inline;
    private List<SavedSession> drawn = List.of();

    /** Lays the rows out inside another card ({@code true}) or as cards of their own, and draws them again. */
    void setInline(final boolean inline) {
        this.inline = inline;
        draw(drawn);
    }

    /** One row per missed session; the one being logged late shows its form instead of the two buttons. */
    void draw(final List<SavedSession> list) {
        drawn = List.copyOf(list);
        getChildren().clear();
        for (SavedSession s : list) {
            final Label text = new Label(Messages.get("today.missed", TrackingText.describeDated(s)), new FontIcon("mdi2c-calendar-question"));
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            if (vm.late().sessionProperty().get().filter(l -> l.id() == s.id()).isPresent()) {
                final VBox row = new VBox(8, text, lateForm());
                row.getStyleClass().add("missed-banner");
                if (inline) {
                    row.getStyleClass().add("missed-inline");
                }
                getChildren().add(row);
                continue;
            }
            final Button ran = new Button(Messages.get("today.missed.ran"), new FontIcon("mdi2c-check"));
            ran.getStyleClass().add(Styles.SUCCESS);
            ran.setMinWidth(Region.USE_PREF_SIZE);
            ran.setOnAction(e -> vm.late().start(s));
            final Button letGo = new Button(Messages.get("today.missed.letGo"));
            letGo.getStyleClass().add(Styles.BUTTON_OUTLINED);
            letGo.setMinWidth(Region.USE_PREF_SIZE);
            letGo.setOnAction(e -> vm.letGo(s));
            if (inline) {
                // In the card: the session and its two actions on one line, the buttons at the line's end.
                HBox.setHgrow(text, Priority.ALWAYS);
                final HBox row = new HBox(8, text, ran, letGo);
                row.setAlignment(Pos.CENTER_LEFT);
                row.getStyleClass().addAll("missed-banner", "missed-inline");
                getChildren().add(row);
                continue;
            }
            final HBox buttons = new HBox(8, ran, letGo);
            buttons.setAlignment(Pos.CENTER_LEFT);
            final VBox row = new VBox(8, text, buttons);
            row.getStyleClass().add("missed-banner");
            getChildren().add(row);
        }
        setVisible(!list.isEmpty());
        setManaged(!list.isEmpty());
    }

    /** "I ran it": the missed session's distance and time (planned ones filled in), then Log it or Cancel. */
    private VBox lateForm() {
        final Label hint = new Label(Messages.get("today.late.title"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        final TextField distance = new TextField();
        distance.setId("today-late-distance");
        distance.setPrefColumnCount(4);
        distance.setPromptText(Messages.get("log.form.unknown"));
        distance.textProperty().bindBidirectional(vm.late().distanceProperty());
        final Label unit = new Label(context.settings().get().distanceUnit().code());
        unit.getStyleClass().add(Styles.TEXT_MUTED);
        final TextField time = new TextField();
        time.setId("today-late-duration");
        time.setPrefColumnCount(5);
        time.setPromptText(Messages.get("run.field.timePrompt"));
        time.textProperty().bindBidirectional(vm.late().durationProperty());
        final Label timeLabel = new Label(Messages.get("today.tickoff.duration"));
        timeLabel.setLabelFor(time);
        final Label distanceLabel = new Label(Messages.get("today.tickoff.distance"));
        distanceLabel.setLabelFor(distance);
        // The words keep their size; the two fields share what is left of the narrow column.
        for (Label l : List.of(distanceLabel, unit, timeLabel)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        distance.setPrefColumnCount(3);
        time.setPrefColumnCount(4);
        distance.setMinWidth(44);
        time.setMinWidth(56);
        HBox.setHgrow(distance, Priority.SOMETIMES);
        HBox.setHgrow(time, Priority.SOMETIMES);
        final HBox fields = new HBox(6, distanceLabel, distance, unit, timeLabel, time);
        fields.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(timeLabel, new Insets(0, 0, 0, 6));
        final Button save = new Button(Messages.get("today.late.save"), new FontIcon("mdi2c-check"));
        save.setId("today-late-save");
        save.getStyleClass().add(Styles.SUCCESS);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> vm.late().save());
        final Button cancel = new Button(Messages.get("today.late.cancel"));
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.late().cancel());
        final HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        final ErrorLine error = new ErrorLine("today-late-error", vm.late().errorProperty());
        Platform.runLater(distance::requestFocus);
        return new VBox(8, hint, fields, error, buttons);
    }
}
