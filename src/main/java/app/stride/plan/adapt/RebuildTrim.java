package app.stride.plan.adapt;

import app.stride.plan.Phase;
import app.stride.plan.Plan;
import app.stride.plan.PlanRules;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import app.stride.plan.SessionType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import app.stride.plan.Step;

/**
 * The last word of {@link RebuildLimits}: a rebuilt week above the original plan's peak week (metres or minutes) has
 * every run shortened in proportion, and a session longer than the original plan's longest is shortened to it. Each
 * keeps its type, description and walk breaks (only its length changes). A Couch-to-5K week over either limit (a
 * stage the original plan never reached, when the race moved later) repeats the week before instead: NHS steps are
 * repeated, never cut. The race is never changed.
 */
final class RebuildTrim {

    private RebuildTrim() {
    }

    /** {@code rebuilt} within {@code original}'s peak week and longest session. */
    static Plan within(final Plan rebuilt, final Plan original, final java.time.LocalDate from) {
        final double peakM = RebuildLimits.peak(original);
        // A plan that goes by pace is held in metres (after a break the same metres take longer); one that goes by
        // time (effort-only runners, walkers) in minutes too.
        final boolean byTime = byTime(original);
        final double peakMin = byTime ? RebuildLimits.peakMinutes(original) : Double.MAX_VALUE;
        final double longestM = longest(original, false);
        final double longestMin = byTime ? longest(original, true) : Double.MAX_VALUE;
        if (peakM <= 0 || longestM <= 0) {
            return rebuilt;
        }
        // Couch-to-5K weeks first: a stage beyond the original's repeats the week before.
        final List<PlanWeek> weeks = new ArrayList<>();
        boolean changed = false;
        for (PlanWeek w : rebuilt.weeks()) {
            final PlanWeek before = weeks.isEmpty() ? null : weeks.get(weeks.size() - 1);
            final boolean over = minutes(w) > peakMin + 0.5 || w.trainingM() > peakM + 1
                    || runs(List.of(w)).stream().anyMatch(x -> minutes(x) > longestMin + 0.5 || x.load().totalM() > longestM + 1);
            if (w.phase() == Phase.RUN_WALK && over && before != null && before.phase() == Phase.RUN_WALK) {
                // NHS: any week can be repeated, never a step cut short.
                weeks.add(w.withSessions(before.sessions().stream().map(RebuildTrim::sevenDaysLater).toList()));
                changed = true;
            } else {
                weeks.add(w);
            }
        }
        // Then one factor for every running week, so shares, growth and the taper keep their proportions.
        double f = 1;
        for (PlanWeek w : weeks) {
            if (w.phase() == Phase.RUN_WALK || w.start().isBefore(from)) {
                continue;
            }
            f = Math.min(f, peakM / Math.max(1, w.trainingM()));
            f = Math.min(f, peakMin / Math.max(1e-9, minutes(w)));
            for (Session x : runs(List.of(w))) {
                f = Math.min(f, longestM / Math.max(1, x.load().totalM()));
                f = Math.min(f, longestMin / Math.max(1e-9, minutes(x)));
            }
        }
        final Plan repeated = changed ? with(rebuilt, weeks) : rebuilt;
        if (f >= 0.995) {
            return repeated;
        }
        final List<PlanWeek> trimmed = new ArrayList<>(weeks);
        for (int i = 0; i < trimmed.size(); i++) {
            // The week under way is left as made: half of it is the old plan's (trimming only its rest would skew it).
            if (trimmed.get(i).phase() != Phase.RUN_WALK && !trimmed.get(i).start().isBefore(from)) {
                trimmed.set(i, scaled(trimmed.get(i), f));
            }
        }
        final Plan out = with(rebuilt, trimmed);
        // Whole minutes in very small weeks can tip a share over its rule: the safety rules come first, so such a
        // trim is not used (the plan keeps what the generator made within its own rules).
        return PlanRules.check(out).size() <= PlanRules.check(repeated).size() ? out : repeated;
    }

    private static Plan with(final Plan p, final List<PlanWeek> weeks) {
        return new Plan(p.request(), p.startDate(), p.endDate(), p.raceDate(), p.fitness(), p.paces(), p.racePace(),
                p.raceTime(), p.predicted(), p.warnings(), weeks);
    }

    /** Every run of {@code w} at {@code f} of its length; a workout that would then break Daniels' limits runs easy. */
    static PlanWeek scaled(final PlanWeek w, final double f) {
        final List<Session> ss = new ArrayList<>();
        for (Session s : w.sessions()) {
            final boolean easyType = s.type().isRun() && s.type() != SessionType.RACE && !s.type().isQuality()
                    && s.load().workM() <= 0 && s.duration().isPresent();
            ss.add(easyType ? shorter(s, Duration.ofSeconds((long) Math.floor(s.duration().get().toSeconds() * f))) : s);
        }
        final double week = ss.stream().filter(s -> s.type().isRun() && s.type() != SessionType.RACE)
                .mapToDouble(s -> s.load().totalM()).sum();
        for (int i = 0; i < ss.size(); i++) {
            final Session s = ss.get(i);
            final Session.Load l = s.load();
            if (s.type().isQuality() && s.type() != SessionType.RACE && s.duration().isPresent()
                    && (l.thresholdM() > 0.10 * week || l.intervalM() > 0.08 * week || l.repetitionM() > 0.05 * week)) {
                ss.set(i, ShortenSession.easyRun(s, Duration.ofSeconds((long) Math.floor(s.duration().get().toSeconds() * f)),
                        app.stride.plan.SessionBrief.of("easy")));
            }
        }
        return w.withSessions(ss);
    }

    /**
     * {@code s} (an easy-type run) at {@code target}, keeping its type, description, pace and walk breaks: the running
     * step (or the run/walk cycles) shortened in proportion, strides kept (a long run stays the long run).
     */
    private static Session shorter(final Session s, final Duration target) {
        final double q = target.toSeconds() / (double) s.duration().orElseThrow().toSeconds();
        final List<Step> steps = new ArrayList<>();
        boolean first = true;
        for (Step st : s.steps()) {
            if (first && st.kind() == Step.Kind.REPEAT) {
                steps.add(new Step(st.kind(), st.distanceM(), st.duration(), st.pace(), st.effort(),
                        (int) Math.max(1, Math.floor(st.times() * q)), st.steps()));
            } else if (first && st.kind() == Step.Kind.RUN) {
                steps.add(new Step(st.kind(), st.distanceM().map(m -> Math.floor(m * q / 100) * 100),
                        st.duration().map(d -> Duration.ofSeconds((long) Math.floor(d.toSeconds() * q))), st.pace(),
                        st.effort(), st.times(), st.steps()));
            } else {
                steps.add(st);
            }
            first = false;
        }
        final double metres = s.load().totalM() * q;
        return new Session(s.date(), s.type(), s.distanceM().map(m -> m * q), Optional.of(target), s.pace(), s.effort(),
                s.runWalk(), steps, s.description(), Session.Load.easy(metres));
    }

    private static Session sevenDaysLater(final Session s) {
        return new Session(s.date().plusDays(7), s.type(), s.distanceM(), s.duration(), s.pace(), s.effort(), s.runWalk(),
                s.steps(), s.description(), s.load());
    }

    /** Whether the plan goes by time: no paces (effort-only runners) or from walking (Couch to 5K). */
    static boolean byTime(final Plan p) {
        return p.paces().isEmpty() || p.fitness().level() == app.stride.plan.Fitness.Level.WALK_RUN;
    }

    /** The longest run of the plan (the race left out): minutes when it goes by time, else metres. */
    static double longest(final Plan p, final boolean byTime) {
        return runs(p.weeks()).stream().mapToDouble(s -> byTime ? minutes(s) : s.load().totalM()).max().orElse(0);
    }

    /** A session's minutes (zero when it has no time). */
    static double minutes(final Session s) {
        return s.duration().map(d -> d.toSeconds() / 60.0).orElse(0.0);
    }

    /** A week's minutes of running, the race left out. */
    static double minutes(final PlanWeek w) {
        return runs(List.of(w)).stream().mapToDouble(RebuildTrim::minutes).sum();
    }

    private static List<Session> runs(final List<PlanWeek> weeks) {
        return weeks.stream().flatMap(w -> w.sessions().stream())
                .filter(s -> s.type().isRun() && s.type() != SessionType.RACE).toList();
    }
}
