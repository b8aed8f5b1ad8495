package app.stride.ui.plan;

import app.stride.common.Messages;
import app.stride.ui.common.Layouts;
import app.stride.ui.plan.PlanDisplay.PaceRow;
import app.stride.ui.plan.PlanDisplay.SessionDisplay;
import app.stride.ui.plan.PlanDisplay.Status;
import app.stride.ui.plan.PlanDisplay.WeekDisplay;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.function.BiConsumer;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A plan drawn for reading: warnings first, then the paces, then week cards with one row per session. Used for the
 * preview and for the current plan, so the runner sees the same thing before and after starting it.
 */
final class PlanSheet extends VBox {

    /** Weeks and sessions the runner opened or closed, kept across redraws (e.g. after a refresh). */
    private final Set<Integer> toggledWeeks = new HashSet<>();
    private final Set<String> openSessions = new HashSet<>();

    /** What "What to wear" does for a session (its day and type code); absent in the preview. */
    private final Optional<BiConsumer<LocalDate, String>> wear;

    PlanSheet() {
        this(Optional.empty());
    }

    PlanSheet(final Optional<BiConsumer<LocalDate, String>> wear) {
        super(Layouts.GAP);
        this.wear = wear;
        getStyleClass().add("plan-sheet");
    }

    void show(final PlanDisplay plan) {
        getChildren().clear();
        getChildren().addAll(warnings(plan));
        getChildren().add(paces(plan));
        for (WeekDisplay w : plan.weeks()) {
            getChildren().add(week(w));
        }
    }

    /** The plan's warnings, one line each, as the list and the calendar layouts both show them. */
    static java.util.List<Label> warnings(final PlanDisplay plan) {
        final java.util.List<Label> out = new java.util.ArrayList<>();
        for (String w : plan.warnings()) {
            final Label warning = new Label(w, new FontIcon("mdi2a-alert-outline"));
            warning.getStyleClass().add("plan-warning");
            warning.setWrapText(true);
            warning.setMaxWidth(Double.MAX_VALUE);
            warning.setMinHeight(Region.USE_PREF_SIZE);
            out.add(warning);
        }
        return out;
    }

    private VBox paces(final PlanDisplay plan) {
        final Label title = new Label(Messages.get("planscreen.paces"));
        title.getStyleClass().add(Styles.TITLE_4);
        final VBox box = new VBox(10, title);
        box.setId("plan-paces");
        box.getStyleClass().addAll("card-panel", "plan-card");
        if (plan.byEffort()) {
            final Label note = new Label(plan.effortNote());
            note.setId("plan-by-effort");
            note.setWrapText(true);
            note.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(note);
            return box;
        }
        final FlowPane tiles = new FlowPane(12, 12);
        for (PaceRow p : plan.paces()) {
            final Label name = new Label(p.name());
            name.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            final Label value = new Label(p.pace());
            value.getStyleClass().add("plan-pace-value");
            final VBox tile = new VBox(2, name, value);
            tile.getStyleClass().add("plan-pace");
            tiles.getChildren().add(tile);
        }
        box.getChildren().add(tiles);
        return box;
    }

    private VBox week(final WeekDisplay w) {
        final VBox card = new VBox();
        card.setId("plan-week-" + w.number());
        card.getStyleClass().addAll("card-panel", "plan-week");
        if (w.current()) {
            card.getStyleClass().add("plan-week-current");
        }
        if (w.past()) {
            card.getStyleClass().add("plan-week-past");
        }
        // Past weeks start folded away; the runner can open any week and the choice survives a refresh.
        final boolean open = w.past() == toggledWeeks.contains(w.number());

        final FontIcon chevron = new FontIcon(open ? "mdi2c-chevron-down" : "mdi2c-chevron-right");
        chevron.getStyleClass().add("plan-chevron");
        final Label heading = new Label(w.heading());
        heading.getStyleClass().add("plan-week-title");
        final HBox left = new HBox(10, chevron, heading);
        left.setAlignment(Pos.CENTER_LEFT);
        if (!w.phase().isEmpty()) {
            left.getChildren().add(tag(w.phase(), "plan-tag"));
        }
        if (w.cutback()) {
            left.getChildren().add(tag(Messages.get("planscreen.week.cutback"), "plan-tag-cutback"));
        }
        if (w.current()) {
            left.getChildren().add(tag(Messages.get("planscreen.week.now"), "plan-tag-now"));
        }
        final Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        final Label planned = new Label(w.planned());
        planned.getStyleClass().add(Styles.TEXT_MUTED);
        final HBox headerBox = new HBox(10, left, grow, planned);
        headerBox.setAlignment(Pos.CENTER_LEFT);
        final Button header = new Button();
        header.setId("plan-week-" + w.number() + "-toggle");
        header.setGraphic(headerBox);
        header.setMaxWidth(Double.MAX_VALUE);
        headerBox.prefWidthProperty().bind(header.widthProperty().subtract(24));
        header.getStyleClass().addAll(Styles.FLAT, "plan-week-header");
        header.setMnemonicParsing(false);
        header.setOnAction(e -> {
            if (!toggledWeeks.remove(w.number())) {
                toggledWeeks.add(w.number());
            }
            final int at = getChildren().indexOf(card);
            getChildren().set(at, week(w));
            lookupFocus(w.number());
        });
        card.getChildren().add(header);
        if (open) {
            final VBox rows = new VBox();
            rows.getStyleClass().add("plan-sessions");
            for (int i = 0; i < w.sessions().size(); i++) {
                if (i > 0) {
                    rows.getChildren().add(new Separator());
                }
                rows.getChildren().add(session(w.number(), i, w.sessions().get(i)));
            }
            card.getChildren().add(rows);
        }
        return card;
    }

    private void lookupFocus(final int week) {
        final Node n = lookup("#plan-week-" + week + "-toggle");
        if (n != null) {
            n.requestFocus();
        }
    }

    private VBox session(final int week, final int index, final SessionDisplay s) {
        final String key = week + ":" + index;
        final Label weekday = new Label(s.weekday());
        weekday.getStyleClass().add("plan-weekday");
        final Label date = new Label(s.date());
        date.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        final VBox day = new VBox(0, weekday, date);
        day.getStyleClass().add("plan-day");
        // Fixed columns keep day, type and amount aligned from row to row, whatever buttons sit at the end.
        day.setMinWidth(64);
        day.setPrefWidth(64);

        final Label chip = new Label(s.typeLabel());
        chip.getStyleClass().addAll("plan-chip", "plan-chip-" + s.typeCode());
        chip.setMinWidth(Region.USE_PREF_SIZE);
        final HBox chipBox = new HBox(chip);
        chipBox.getStyleClass().add("plan-chip-box");
        chipBox.setAlignment(Pos.TOP_LEFT);
        chipBox.setMinWidth(104);
        chipBox.setPrefWidth(104);

        final Label amount = new Label(s.amount());
        amount.getStyleClass().add("plan-amount");
        // The effort text wraps; the amount never shrinks to an ellipsis.
        amount.setMinWidth(Region.USE_PREF_SIZE);
        final Label how = new Label(s.how());
        how.getStyleClass().add(Styles.TEXT_MUTED);
        how.setWrapText(true);
        final HBox line = new HBox(10, amount, how);
        line.setAlignment(Pos.BASELINE_LEFT);
        final Label description = new Label(s.description());
        description.setWrapText(true);
        description.getStyleClass().add("plan-description");
        final VBox main = new VBox(4, line, description);
        HBox.setHgrow(main, Priority.ALWAYS);
        main.setMaxWidth(Double.MAX_VALUE);

        final HBox row = new HBox(14, day, chipBox, main);
        row.setAlignment(Pos.TOP_LEFT);
        final Label status = status(s);
        if (status != null) {
            row.getChildren().add(status);
        }
        if (s.status() == Status.PLANNED && !"cross-training".equals(s.typeCode())) {
            wear.ifPresent(action -> {
                final Button clothes = new Button(null, new FontIcon("mdi2t-tshirt-crew-outline"));
                clothes.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "plan-wear");
                clothes.setTooltip(new Tooltip(Messages.get("planscreen.wear")));
                clothes.setAccessibleText(Messages.get("planscreen.wear"));
                clothes.setOnAction(e -> action.accept(s.day(), s.typeCode()));
                row.getChildren().add(clothes);
            });
        }
        final VBox box = new VBox(8, row);
        box.setId(s.id() > 0 ? "plan-session-" + s.id() : "plan-session-" + week + "-" + index);
        box.getStyleClass().add("plan-session");
        if (s.status() != Status.PLANNED) {
            box.getStyleClass().add("plan-session-" + s.status().name().toLowerCase(Locale.ROOT));
        }
        if (!s.steps().isEmpty() || s.turnaround().isPresent()) {
            final boolean open = openSessions.contains(key);
            final Button more = new Button(null, new FontIcon(open ? "mdi2c-chevron-up" : "mdi2c-chevron-down"));
            more.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            more.setId(box.getId() + "-more");
            more.setTooltip(new Tooltip(Messages.get("planscreen.steps.show")));
            row.getChildren().add(more);
            final VBox details = details(s);
            details.setVisible(open);
            details.setManaged(open);
            box.getChildren().add(details);
            more.setOnAction(e -> {
                final boolean now = !details.isVisible();
                details.setVisible(now);
                details.setManaged(now);
                ((FontIcon) more.getGraphic()).setIconLiteral(now ? "mdi2c-chevron-up" : "mdi2c-chevron-down");
                if (now) {
                    openSessions.add(key);
                } else {
                    openSessions.remove(key);
                }
            });
        }
        return box;
    }

    private static VBox details(final SessionDisplay s) {
        final VBox details = new VBox(4);
        details.getStyleClass().add("plan-details");
        for (String step : s.steps()) {
            final Label l = new Label(step, new FontIcon("mdi2c-circle-small"));
            l.setWrapText(true);
            l.getStyleClass().add("plan-step");
            details.getChildren().add(l);
        }
        s.turnaround().ifPresent(t -> {
            final Label l = new Label(t, new FontIcon("mdi2s-swap-horizontal"));
            l.setWrapText(true);
            l.getStyleClass().addAll("plan-step", Styles.TEXT_MUTED);
            details.getChildren().add(l);
        });
        return details;
    }

    /** The icon of a session whose day went by without it being ticked off. */
    static final String MISSED_ICON = "mdi2c-calendar-remove-outline";

    private static Label status(final SessionDisplay s) {
        final Label l;
        switch (s.status()) {
            case DONE -> l = new Label(Messages.get("planscreen.status.done"), new FontIcon("mdi2c-check-circle"));
            case CUT_SHORT -> l = new Label(Messages.get("planscreen.status.cut_short"), new FontIcon("mdi2c-circle-half-full"));
            case SKIPPED -> l = new Label(Messages.get("planscreen.status.skipped"), new FontIcon("mdi2m-minus-circle-outline"));
            case MISSED -> l = new Label(Messages.get("planscreen.status.missed"), new FontIcon(MISSED_ICON));
            default -> l = s.movedFrom().map(m -> new Label(m, new FontIcon("mdi2c-calendar-arrow-right"))).orElse(null);
        }
        if (l != null) {
            l.getStyleClass().addAll("plan-status", "plan-status-" + s.status().name().toLowerCase(Locale.ROOT));
            l.setMinWidth(Region.USE_PREF_SIZE);
            if (s.status() == Status.MISSED) {
                l.setTooltip(new Tooltip(Messages.get("planscreen.status.missed.tip")));
            } else if (s.status() != Status.PLANNED && s.movedFrom().isPresent()) {
                l.setTooltip(new Tooltip(s.movedFrom().get()));
            }
        }
        return l;
    }

    private static Label tag(final String text, final String style) {
        final Label l = new Label(text);
        l.getStyleClass().addAll("plan-tag", style);
        return l;
    }
}
