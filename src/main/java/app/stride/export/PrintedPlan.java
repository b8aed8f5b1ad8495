package app.stride.export;

import app.stride.common.Messages;
import app.stride.plan.PlanRepository.PlanOutline;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRepository.SavedWeek;
import app.stride.settings.DistanceUnit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plan laid out for paper: a row per week (number, phase, dates), a column per day, the runner's why on top. Both
 * the PDF and the app's print preview draw this, so they show the same plan.
 */
public record PrintedPlan(String title, Optional<String> why, String subtitle, List<String> dayNames, List<Row> rows) {

    /** One week. */
    public record Row(int number, String phase, String dates, List<Optional<Cell>> days) {
        public Row {
            days = List.copyOf(days);
        }
    }

    /** One day's session. {@code typeCode} picks a colour; {@code status} is where the session stands. */
    public record Cell(String type, String typeCode, String amount, String how, app.stride.plan.SessionStatus status) {
    }

    public PrintedPlan {
        dayNames = List.copyOf(dayNames);
        rows = List.copyOf(rows);
    }

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.getDefault());
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.getDefault());

    /** Lays out {@code plan}; weeks start on the plan's start day. */
    public static PrintedPlan of(final SavedPlan plan, final Optional<PlanOutline> outline, final PlanExtras extras,
                                 final DistanceUnit unit) {
        final LocalDate first = plan.startDate();
        final List<String> names = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            names.add(first.plusDays(d).getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()));
        }
        final LocalDate last = plan.sessions().stream().map(SavedSession::date).max(LocalDate::compareTo).orElse(first);
        final int weeks = Math.max(plan.weeks(), (int) (ChronoUnit.DAYS.between(first, last) / 7) + 1);
        final List<Row> rows = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            final LocalDate start = first.plusWeeks(w);
            final int number = w + 1;
            final String phase = outline.flatMap(o -> o.weeks().stream().filter(x -> x.number() == number).findFirst())
                    .map(SavedWeek::phase).map(p -> Messages.get("planscreen.phase." + p.code())).orElse("");
            final List<Optional<Cell>> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                final LocalDate day = start.plusDays(d);
                days.add(plan.sessions().stream().filter(s -> s.date().equals(day)).findFirst().map(s -> cell(s, unit)));
            }
            rows.add(new Row(number, phase, start.format(SHORT) + " – " + start.plusDays(6).format(SHORT), days));
        }
        final String goal = plan.raceDate().map(d -> Messages.get("print.title.race",
                plan.distance().map(x -> Messages.has("plan.distance." + x) ? Messages.get("plan.distance." + x) : x).orElse(""),
                d.format(LONG))).orElse(Messages.get("print.title"));
        final String subtitle = Messages.get("print.subtitle", first.format(LONG), weeks, unit.code());
        return new PrintedPlan(goal, extras.why(), subtitle, names, rows);
    }

    private static Cell cell(final SavedSession s, final DistanceUnit unit) {
        return new Cell(SessionText.type(s), s.type(), SessionText.amount(s, unit), SessionText.how(s, unit).orElse(""), s.status());
    }

    /** The day-of-week of column 0. */
    public static DayOfWeek firstDay(final SavedPlan plan) {
        return plan.startDate().getDayOfWeek();
    }
}
