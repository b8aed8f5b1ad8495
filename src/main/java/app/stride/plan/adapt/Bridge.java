package app.stride.plan.adapt;

import app.stride.plan.PaceRange;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.plan.TrainingPaces;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bridge week's version of a session: easy, about 70% as long, no quality. Distance sessions become one easy
 * run at the plan's easy pace; timed run/walk sessions keep their shape with fewer repeats and shorter runs.
 */
final class Bridge {

    /** Share of the planned session a bridge session keeps. */
    static final double SHARE = 0.7;
    /** The shortest bridge run: shorter planned runs stay as planned. */
    static final double MIN_M = 2000;
    static final int DAYS = 7;
    /** Runs by pace come in half kilometres (the composer's rounding). */
    static final double HALF_KM_M = 500;
    /** Runs by effort come in five minutes. */
    static final long FIVE_MIN_S = 300;

    private Bridge() {
    }

    /** Whether the bridge changes this session: races and cross-training stay. */
    static boolean eases(final Session s) {
        return s.type() != SessionType.RACE && s.type() != SessionType.CROSS_TRAINING;
    }

    static Session ease(final Session s, final LocalDate date, final Optional<TrainingPaces> paces) {
        return ease(s, date, paces, HALF_KM_M);
    }

    /** {@link #ease(Session, LocalDate, Optional)} with runs by pace in steps of {@code stepM} (a mile runner: quarter miles). */
    static Session ease(final Session s, final LocalDate date, final Optional<TrainingPaces> paces, final double stepM) {
        final SessionType type = s.type() == SessionType.RUN_WALK || s.type() == SessionType.RECOVERY ? s.type() : SessionType.EASY;
        final SessionBrief description = SessionBrief.of("bridge");
        if (s.distanceM().isPresent()) {
            final double planned = s.distanceM().get();
            final Optional<PaceRange> pace = s.pace().isPresent() ? paces.map(TrainingPaces::easy) : Optional.empty();
            // The plan's own steps for runs: half kilometres by pace (a mile runner's half miles, the shortest
            // bridge run 1.5 mi), five minutes by effort (coach review B40: the bridge showed 8.8, 6.7 and 3.2 km).
            final double m = planned <= MIN_M ? planned : paces.isEmpty() && s.duration().isPresent()
                    ? byEffort(planned, s.duration().get())
                    : Math.max(Math.ceil(MIN_M / stepM - 1e-9) * stepM, Math.round(planned * SHARE / stepM) * stepM);
            final Optional<SessionEffort> effort = pace.isPresent() ? Optional.empty() : Optional.of(SessionEffort.EASY);
            final double ratio = planned > 0 ? m / planned : 1;
            final Optional<Duration> time = pace.map(p -> Duration.ofSeconds(Math.round(m / 1000 * p.midSecPerKm())))
                    .or(() -> s.duration().map(d -> minutes(d.toSeconds() * ratio)));
            final Step run = new Step(Step.Kind.RUN, Optional.of(m), Optional.empty(), pace, effort, 1, List.of());
            final double load = s.load().totalM() * ratio;
            return new Session(date, type, Optional.of(m), time, pace, effort, s.runWalk(), List.of(run), description,
                    Session.Load.easy(load));
        }
        final List<Step> steps = shorter(s.steps());
        // The session's own words would describe the planned session: say what the eased one holds.
        final SessionBrief timedBrief = SessionBrief.of("bridge.timed", (int) Math.round(running(steps) / 60.0));
        final Optional<Duration> planned = total(s.steps());
        final Optional<Duration> eased = total(steps);
        final Optional<Duration> time = planned.isPresent() && eased.isPresent() ? eased
                : s.duration().map(d -> minutes(d.toSeconds() * SHARE));
        final double ratio = s.duration().flatMap(d -> time.map(t -> d.isZero() ? 1.0 : t.toMillis() / (double) d.toMillis()))
                .orElse(SHARE);
        return new Session(date, type, Optional.empty(), time, Optional.empty(),
                s.effort().filter(e -> s.type() == SessionType.RUN_WALK).or(() -> Optional.of(SessionEffort.EASY)),
                s.runWalk(), steps, timedBrief, Session.Load.easy(s.load().totalM() * ratio));
    }

    /** Fewer repeats, shorter running steps; warm-up, cool-down and walks stay. */
    private static List<Step> shorter(final List<Step> steps) {
        final List<Step> out = new ArrayList<>();
        for (Step st : steps) {
            if (st.kind() == Step.Kind.REPEAT) {
                final int times = Math.max(1, (int) Math.round(st.times() * SHARE));
                // A block done once (Couch to 5K's 8-5-8) cannot lose repeats: its runs get shorter instead.
                out.add(Step.repeat(times, times < st.times() ? st.steps() : shorter(st.steps())));
            } else if ((st.kind() == Step.Kind.RUN || st.kind() == Step.Kind.WORK) && st.duration().isPresent()
                    && st.duration().get().toSeconds() > 120) {
                final long s = Math.max(60, Math.round(st.duration().get().toSeconds() * SHARE / 30) * 30);
                out.add(new Step(Step.Kind.RUN, st.distanceM(), Optional.of(Duration.ofSeconds(s)), Optional.empty(),
                        st.effort(), 1, List.of()));
            } else {
                out.add(st);
            }
        }
        return out;
    }

    /** Seconds of running in the steps. */
    private static long running(final List<Step> steps) {
        long sum = 0;
        for (Step st : steps) {
            if (st.kind() == Step.Kind.REPEAT) {
                sum += running(st.steps()) * st.times();
            } else if (st.kind() == Step.Kind.RUN || st.kind() == Step.Kind.WORK) {
                sum += st.duration().map(Duration::toSeconds).orElse(0L);
            }
        }
        return sum;
    }

    /** The steps' time when every step is timed. */
    private static Optional<Duration> total(final List<Step> steps) {
        Duration sum = Duration.ZERO;
        for (Step st : steps) {
            if (st.kind() == Step.Kind.REPEAT) {
                final Optional<Duration> inner = total(st.steps());
                if (inner.isEmpty()) {
                    return Optional.empty();
                }
                sum = sum.plus(inner.get().multipliedBy(st.times()));
            } else if (st.duration().isPresent()) {
                sum = sum.plus(st.duration().get());
            } else {
                return Optional.empty();
            }
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(sum);
    }

    /** The bridge's metres for an effort run of {@code planned} metres in {@code time}: its time at the share, in 5-minute steps. */
    private static double byEffort(final double planned, final Duration time) {
        final long seconds = time.toSeconds();
        if (seconds <= 0) {
            return Math.max(MIN_M, Math.round(planned * SHARE / HALF_KM_M) * HALF_KM_M);
        }
        final long eased = Math.max(FIVE_MIN_S, Math.round(seconds * SHARE / FIVE_MIN_S) * FIVE_MIN_S);
        return Math.max(MIN_M, Math.round(planned * eased / seconds / 100) * 100.0);
    }

    private static Duration minutes(final double seconds) {
        return Duration.ofMinutes(Math.max(1, Math.round(seconds / 60)));
    }
}
