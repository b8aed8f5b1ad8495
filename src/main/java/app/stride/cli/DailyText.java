package app.stride.cli;

import app.stride.common.Messages;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.text.StepText;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.LoggedRun;
import app.stride.text.TrackingText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The daily loop in words for the terminal: sessions, logged runs, dates, times and paces. */
final class DailyText {

    private DailyText() {
    }

    /** "Tue 12 Jan 2027". */
    static String date(final LocalDate d) {
        return app.stride.format.Dates.dayWithYear(d);
    }

    /** "Easy run · 5 km · 6:10–6:40 /km", "Run/walk · 33:00 · run 5–8 min / walk 3 min". */
    static String session(final SavedSession s, final DistanceUnit unit) {
        final List<String> parts = new ArrayList<>();
        parts.add(TrackingText.typeLabel(s));
        s.distanceM().ifPresentOrElse(m -> parts.add(StepText.distance(m, unit)),
                () -> s.durationS().ifPresent(t -> parts.add(app.stride.format.Durations.seconds(t))));
        s.pace().ifPresent(p -> parts.add(StepText.pace(p, unit)));
        // The same run/walk headline as Today and the Plan screen, read from the steps.
        s.runWalk().ifPresent(rw -> parts.add(StepText.runWalk(rw, s.steps())));
        return String.join(" · ", parts);
    }

    /** "5.2 km in 33:00 (6:21 /km)", or what is known of it. */
    static String numbers(final LoggedRun r, final DistanceUnit unit) {
        final var rep = r.report();
        if (rep.distanceM().isPresent() && rep.duration().isPresent()) {
            final String both = Messages.get("cli.log.distanceTime", distance(rep.distanceM().get(), unit), time(rep.duration().get()));
            return rep.paceSecPerKm().map(p -> Messages.get("cli.log.pace", both, pace(p, unit))).orElse(both);
        }
        if (rep.distanceM().isPresent()) {
            return distance(rep.distanceM().get(), unit);
        }
        return rep.duration().map(DailyText::time).orElse(Messages.get("cli.log.noNumbers"));
    }

    /** "run 12: Tue 12 Jan 2027, easy run, done, 5.2 km in 33:00 (6:21 /km)." with the given message key. */
    static String line(final String key, final LoggedRun r, final DistanceUnit unit) {
        final String what = r.extra() ? Messages.get("run.extra") : label(r);
        final String how = r.ran() ? Messages.get("run.status." + r.status().code()) + ", " + numbers(r, unit)
                : Messages.get("run.status." + r.status().code()) + (r.report().notes().isEmpty() ? "" : ", \"" + r.report().notes() + "\"");
        return Messages.get(key, Messages.get("cli.log.entry", r.id()), date(r.date()), what, how);
    }

    static String label(final LoggedRun r) {
        final String l = app.stride.plan.SessionType.parse(r.type()).map(app.stride.text.PlanText::typeName).orElse(r.type());
        return l.substring(0, 1).toLowerCase(Locale.getDefault()) + l.substring(1);
    }

    /** A distance by the one rule the app follows too ("5.2 km", "1.9 mi"; see {@link app.stride.format.Distances}). */
    static String distance(final double m, final DistanceUnit unit) {
        return app.stride.format.Distances.format(m, unit);
    }

    /** {@code H:MM:SS} or {@code M:SS}, to the second. */
    static String time(final Duration d) {
        return app.stride.format.Durations.format(d);
    }

    /** "6:21 /km". */
    static String pace(final double secPerKm, final DistanceUnit unit) {
        final long s = Math.round(secPerKm * unit.metres() / 1000);
        return s / 60 + ":" + String.format(Locale.ROOT, "%02d", s % 60) + " /" + unit.code();
    }

    /** A number with one decimal at most: 83.3, 100. */
    static String number(final double v) {
        return StepText.number(v);
    }
}
