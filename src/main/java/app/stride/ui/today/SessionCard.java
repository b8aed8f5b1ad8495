package app.stride.ui.today;

import app.stride.common.Messages;
import app.stride.format.Dates;
import app.stride.format.Distances;
import app.stride.format.Durations;
import app.stride.format.Paces;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.text.StepText;
import app.stride.settings.DistanceUnit;
import app.stride.text.TrackingText;
import app.stride.tracking.TickOff;
import atlantafx.base.theme.Styles;
import app.stride.ui.common.PlannedTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Today's session (or the next one on a rest day): its type, size, effort and description; once ticked off, what
 * was logged comes first and the plan is shown small below it.
 */
final class SessionCard extends VBox {

    private final Runnable reopen;

    SessionCard(final Runnable reopen) {
        super(8);
        this.reopen = reopen;
        getStyleClass().addAll("card-panel", "session-card");
        setId("today-session");
    }

    /**
     * Draws {@code d}; {@code logged} is what was logged today ("8 km · 52:10 · 6:30 /km") or empty, {@code details}
     * its effort and note ("Effort 4/10 · sunny") or empty.
     */
    void draw(final TickOff.Day d, final String logged, final String details, final DistanceUnit unit) {
        draw(d, logged, details, false, unit);
    }

    /** The same; {@code cutShort}: today's session was logged as cut short, badged so rather than "Done". */
    void draw(final TickOff.Day d, final String logged, final String details, final boolean cutShort, final DistanceUnit unit) {
        getChildren().clear();
        final Optional<SavedSession> shown = d.today().or(d::next);
        if (d.today().isEmpty()) {
            final Label rest = new Label(Messages.get("today.session.rest"), new FontIcon("mdi2s-sofa-outline"));
            rest.setId("today-rest");
            rest.getStyleClass().add(Styles.TITLE_4);
            rest.setWrapText(true);
            getChildren().add(rest);
        }
        if (shown.isEmpty()) {
            return;
        }
        final SavedSession s = shown.get();
        final boolean ticked = d.today().isPresent() && !s.status().isOpen();
        final Label when = new Label(d.today().isPresent() ? Messages.get("today.session.today")
                : Messages.get("today.session.next", Dates.day(s.date())));
        when.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
        final Label type = new Label(TrackingText.typeLabel(s));
        type.setId("today-session-type");
        type.getStyleClass().add(ticked ? Styles.TITLE_3 : Styles.TITLE_2);
        type.setWrapText(true);
        final HBox title = new HBox(12, type);
        title.setAlignment(Pos.CENTER_LEFT);
        status(s, ticked && cutShort).ifPresent(title.getChildren()::add);
        getChildren().addAll(when, title);

        if (ticked && s.status() == app.stride.plan.SessionStatus.DONE && !logged.isEmpty()) {
            final Label caption = new Label(Messages.get("today.logged.title"));
            caption.getStyleClass().addAll(Styles.TEXT_CAPTION, Styles.TEXT_MUTED);
            final Label numbers = new Label(logged);
            numbers.setId("today-logged");
            numbers.getStyleClass().addAll("session-facts", Styles.TITLE_4);
            numbers.setWrapText(true);
            getChildren().addAll(caption, numbers);
            if (!details.isEmpty()) {
                final Label more = new Label(details);
                more.setId("today-logged-details");
                more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                more.setWrapText(true);
                getChildren().add(more);
            }
        }
        final List<String> facts = facts(s, ticked, unit);
        if (!facts.isEmpty()) {
            final Label f = new Label((ticked ? Messages.get("today.session.planned") + "  " : "") + String.join("  ·  ", facts));
            f.setId("today-session-facts");
            f.getStyleClass().add(ticked ? Styles.TEXT_MUTED : "session-facts");
            f.setWrapText(true);
            getChildren().add(f);
        }
        if (!ticked) {
            s.effort().ifPresent(e -> {
                final Label effort = new Label(app.stride.text.PlanText.effort(e));
                effort.getStyleClass().add(Styles.TEXT_MUTED);
                effort.setWrapText(true);
                getChildren().add(effort);
            });
            final Label desc = new Label(description(s, unit));
            desc.setId("today-session-description");
            desc.setWrapText(true);
            getChildren().add(desc);
            final List<String> steps = stepList(s, unit);
            if (!steps.isEmpty()) {
                final VBox list = new VBox(2);
                list.setId("today-session-steps");
                list.getStyleClass().add("session-steps");
                steps.forEach(line -> {
                    final Label l = new Label("•  " + line);
                    l.setWrapText(true);
                    list.getChildren().add(l);
                });
                getChildren().add(list);
            }
            turnaround(s, unit).ifPresent(half -> {
                final Label turn = new Label(Messages.get("today.session.turnaround", half), new FontIcon("mdi2a-arrow-u-left-top"));
                turn.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                turn.setWrapText(true);
                getChildren().add(turn);
            });
        }
        if (ticked) {
            final Button undo = new Button(Messages.get("today.tickoff.reopen"), new FontIcon("mdi2u-undo"));
            undo.setId("today-undo");
            undo.getStyleClass().add(Styles.FLAT); // body size (new-user review 4)
            undo.setOnAction(e -> reopen.run());
            getChildren().add(undo);
        }
        NextSession.line(d, unit).ifPresent(text -> {
            final Label next = new Label(text, new FontIcon("mdi2c-calendar-arrow-right"));
            next.setId("today-next");
            next.getStyleClass().add(Styles.TEXT_MUTED);
            next.setWrapText(true);
            getChildren().add(next);
        });
    }

    /**
     * A run/walk whose runs differ in length (Couch to 5K weeks 3, 4, 6) lists its steps as the Plan dialog does, so the
     * runner reads "2 × (run 90 s, walk 90 s, run 3 min, walk 3 min)", not a range (new-user review 4); else nothing.
     */
    static List<String> stepList(final SavedSession s, final DistanceUnit unit) {
        return s.runWalk().isPresent() && StepText.mixed(s.steps()) ? StepText.runWalkLines(s.steps(), unit) : List.of();
    }

    /** The description; beside a step list it is the brief alone (week and running in all), not the steps twice. */
    static String description(final SavedSession s, final DistanceUnit unit) {
        return stepList(s, unit).isEmpty() ? app.stride.text.PlanText.description(s, unit)
                : app.stride.text.PlanText.description(s.description(), unit);
    }

    /** Where to turn on an out-and-back route; only for runs: not cross-training (a bike, a pool), nor the race. */
    static Optional<String> turnaround(final SavedSession s, final DistanceUnit unit) {
        final boolean running = s.sessionType().map(t -> t.isRun() && t != app.stride.plan.SessionType.RACE).orElse(false);
        return running ? Paces.turnaround(s.distanceM(), s.durationS().map(Long::valueOf), unit) : Optional.empty();
    }

    /** "run 8 min / walk 5 min", the same words as the Plan screen (not raw seconds). */
    static String runWalk(final app.stride.plan.RunWalk rw) {
        return Messages.get("planscreen.runWalkRatio", StepText.ratio(rw.runSec()), StepText.ratio(rw.walkSec()));
    }

    private static Optional<Label> status(final SavedSession s, final boolean cutShort) {
        final Label l;
        if (s.status() == app.stride.plan.SessionStatus.DONE && cutShort) {
            l = new Label(Messages.get("uifix1.today.session.cutShort"), new FontIcon("mdi2c-content-cut"));
            l.getStyleClass().addAll("status-chip", "status-cut-short");
        } else if (s.status() == app.stride.plan.SessionStatus.DONE) {
            l = new Label(Messages.get("today.session.done"), new FontIcon("mdi2c-check-circle-outline"));
            l.getStyleClass().addAll("status-chip", "status-done");
        } else if (s.status() == app.stride.plan.SessionStatus.SKIPPED) {
            l = new Label(Messages.get("today.session.skipped"));
            l.getStyleClass().addAll("status-chip", "status-skipped");
        } else if (s.moved()) {
            l = new Label(Messages.get("today.session.moved", Dates.day(s.originalDate())));
            l.getStyleClass().addAll("status-chip");
        } else {
            return Optional.empty();
        }
        l.setId("today-session-status");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return Optional.of(l);
    }

    /**
     * The planned numbers under the session. Once a workout is ticked off they stand beside what was logged for the
     * whole session, jogs included, so the pace shown is the plan's own average (its time over its distance), not the
     * rep pace: a runner who ran the workout as planned must not read as two minutes a kilometre slow.
     */
    static List<String> facts(final SavedSession s, final boolean ticked, final DistanceUnit unit) {
        final List<String> facts = new ArrayList<>();
        s.distanceM().ifPresent(m -> facts.add(Distances.format(m, unit)));
        // An effort-only race is a range, not the slow end of it read as a prediction (one rule with the Plan dialog).
        PlannedTime.text(s.description(), s.durationS().map(java.time.Duration::ofSeconds)).ifPresent(facts::add);
        final boolean workout = s.sessionType().map(t -> t.isQuality()).orElse(false) && !s.steps().isEmpty();
        if (ticked && workout) {
            if (s.distanceM().filter(m -> m > 0).isPresent() && s.durationS().isPresent()) {
                facts.add(Paces.format(s.durationS().get() / (s.distanceM().get() / 1000.0), unit));
            }
        } else {
            s.pace().ifPresent(p -> facts.add(StepText.pace(p, unit)));
        }
        s.runWalk().ifPresent(rw -> facts.add(StepText.runWalk(rw, s.steps())));
        return facts;
    }
}
