package app.stride.plan;

import app.stride.plan.Fitness.Level;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A plan week's calendar: the days it runs on, the cross-training day it offers and the name of its phase. */
final class WeekCalendar {

    private final PlanContext c;
    private final PlanRequest req;
    private final Fitness fit;
    private final List<DayOfWeek> pattern;
    private final int runs;

    WeekCalendar(final PlanContext c, final List<DayOfWeek> pattern, final int runs) {
        this.c = c;
        this.req = c.req();
        this.fit = c.fit();
        this.pattern = pattern;
        this.runs = runs;
    }

    /** The phase of week {@code k} of {@code n}: base, build, peak or taper (runner weeks from {@code firstRunnerWeek}). */
    static Phase phase(final PlanContext c, final int k, final int n, final boolean early, final int firstRunnerWeek) {
        final PlanRequest req = c.req();
        if (req.hasRace() && Taper.isTaperWeek(c.distance(), k, n, early)) {
            return Phase.TAPER;
        }
        final int taperWeeks = req.hasRace() ? (c.distance() == RaceDistance.FIVE_K && !early ? 1 : 2) : 0;
        final int b = Math.max(1, n - taperWeeks - firstRunnerWeek + 1);
        final int i = k - firstRunnerWeek;
        if (!req.hasRace()) {
            return i < (b + 1) / 2 ? Phase.BASE : Phase.BUILD;
        }
        final int base = Math.max(1, (int) Math.round(b * 0.35));
        final int peak = Math.max(1, (int) Math.round(b * 0.3));
        return i < base ? Phase.BASE : i < b - peak ? Phase.BUILD : Phase.PEAK;
    }

    /** The running days of the week starting {@code ws} (race week: those before the race). */
    List<LocalDate> days(final LocalDate ws, final boolean raceWeek) {
        final List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            final LocalDate d = ws.plusDays(i);
            if (raceWeek && !d.isBefore(c.dates().race().orElseThrow())) {
                break;
            }
            if (pattern.contains(d.getDayOfWeek())) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * A cross-training session on a free day, for beginners, re-entry and cross-trainers. In the plan's first week it
     * goes after the first run: a plan that starts with cross-training starts a runner's comeback without running.
     */
    void addCrossTraining(final List<Session> ss, final LocalDate ws, final boolean raceWeek) {
        final boolean wanted = fit.level() == Level.WALK_RUN || fit.reentry() || req.fitness().crossTrained();
        if (!wanted || raceWeek || req.days().size() <= runs) {
            return;
        }
        final boolean firstWeek = !ws.isAfter(c.dates().start());
        final LocalDate after = firstWeek ? ss.stream().filter(s -> s.type().isRun()).map(Session::date)
                .min(LocalDate::compareTo).orElse(ws.plusDays(7)) : ws.minusDays(1);
        for (int i = 0; i < 7; i++) {
            final LocalDate d = ws.plusDays(i);
            if (d.isAfter(after) && ss.stream().noneMatch(s -> s.date().equals(d)) && req.days().contains(d.getDayOfWeek())) {
                ss.add(Sessions.crossTraining(d));
                return;
            }
        }
    }
}
