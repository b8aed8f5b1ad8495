package app.stride.plan.adapt;

import app.stride.common.InvalidInputException;
import app.stride.plan.PaceRange;
import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.SessionType;
import app.stride.plan.Step;
import app.stride.plan.Step.Kind;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Only N minutes today": today's session cut to N minutes, keeping its purpose. A workout keeps its effort with a
 * shorter warm-up and cool-down first, then fewer repeats (never fewer than {@link #MIN_REPS}); a long run becomes a
 * shorter steady easy run; run/walk keeps its ratio. The race is never changed.
 */
public final class ShortenSession {

    /** Less than this is not worth changing shoes for; the runner can still go out, but the plan does not shrink below it. */
    public static final int MIN_MINUTES = 10;
    /** A workout of one repeat has lost its point. */
    static final int MIN_REPS = 2;

    private ShortenSession() {
    }

    /** Whether a session of this type may be made shorter: every one but the race, which stays as it is. */
    public static boolean shortenable(final SessionType type) {
        return type != SessionType.RACE;
    }

    /**
     * The change for {@code day} in {@code minutes}; throws {@link InvalidInputException} naming {@code minutes} (too
     * short, or not shorter than planned) or {@code session} (done, skipped or the race).
     */
    public static LifeChange propose(final PlanDay day, final int minutes, final LocalDate asOf) {
        final Session s = day.session();
        if (!day.open()) {
            throw InvalidInputException.coded("session", "life.error.notOpen");
        }
        if (!shortenable(s.type())) {
            throw InvalidInputException.coded("session", "life.error.race");
        }
        if (minutes < MIN_MINUTES) {
            throw InvalidInputException.coded("minutes", "life.error.minutes", MIN_MINUTES);
        }
        final Duration before = StepSizes.length(s);
        final Duration target = Duration.ofMinutes(minutes);
        if (before.compareTo(target) <= 0) {
            throw InvalidInputException.coded("minutes", "life.error.alreadyShort", Math.round(before.toSeconds() / 60.0));
        }
        final Session to = shortened(s, target);
        final List<LifeChange.Note> notes = new ArrayList<>();
        if (s.type().isQuality() && to.type() == SessionType.EASY) {
            notes.add(LifeChange.Note.EASY_INSTEAD);
        }
        return new LifeChange(LifeChange.Kind.SHORTEN, asOf, List.of(new LifeChange.Edit(day.id(), day.day(), s, to)), notes);
    }

    /** {@code s} made to fit {@code target}. */
    static Session shortened(final Session s, final Duration target) {
        if (RunWalkCut.applies(s)) {
            return RunWalkCut.shortened(s, target);
        }
        final double secPerKm = StepSizes.secPerKm(s);
        final List<Step> steps = s.steps().isEmpty()
                ? List.of(Step.timed(Kind.RUN, StepSizes.length(s), s.pace(), s.effort())) : s.steps();
        final boolean quality = s.type().isQuality();
        final StepSizes.Fit fit = StepSizes.fit(steps, target, secPerKm, quality ? MIN_REPS : 1, quality);
        final Duration before = StepSizes.length(s);
        final Duration after = StepSizes.length(fit.steps(), secPerKm);
        final long minutes = target.toMinutes();
        if (quality && after.compareTo(target.plusMinutes(1)) > 0) {
            return easyRun(s, target, SessionBrief.of("life.shortened.easyInstead", (int) minutes));
        }
        final double ratio = after.toMillis() / (double) before.toMillis();
        final int main = StepSizes.mainIndex(steps, quality);
        final double workRatio = main < 0 ? ratio
                : StepSizes.length(fit.steps().get(main), secPerKm).toMillis()
                        / (double) Math.max(1, StepSizes.length(steps.get(main), secPerKm).toMillis());
        final Session.Load l = s.load();
        final Session.Load load = new Session.Load(l.totalM() * ratio, l.thresholdM() * workRatio, l.intervalM() * workRatio,
                l.repetitionM() * workRatio);
        // The minutes said are the new session's own, rounded honestly (not the minutes asked for).
        final int mins = (int) Math.round(after.toSeconds() / 60.0);
        final SessionBrief brief;
        if (fit.repsAfter() < fit.repsBefore() && s.runWalk().isEmpty()) {
            brief = SessionBrief.of("life.shortened.fewerReps", mins, fit.repsAfter(), fit.repsBefore());
        } else if (s.runWalk().isPresent()) {
            brief = SessionBrief.of("life.shortened.runWalkKept", mins);
        } else if (s.type() == SessionType.CROSS_TRAINING) {
            // Its own words carry its length ("30 minutes of easy cycling"): said once, with the new one.
            brief = SessionBrief.of("life.shortened.crossTraining", mins);
        } else if (s.type() == SessionType.LONG) {
            brief = SessionBrief.of("life.shortened.steadyInstead", mins);
        } else if (quality) {
            brief = SessionBrief.of("life.shortened.shorterWork", mins);
        } else {
            brief = SessionBrief.around("life.shortened", s.description(), mins);
        }
        final SessionType type = s.type() == SessionType.LONG ? SessionType.EASY : s.type();
        return new Session(s.date(), type, s.distanceM().map(m -> m * ratio), Optional.of(after), s.pace(), s.effort(),
                s.runWalk(), fit.steps(), brief, load);
    }

    /**
     * Seconds per km of an easy run in place of a workout with no paces (effort-only runners): a jog, but never faster
     * than the workout's own average, so the easy run of the workout's minutes is never longer than the workout was.
     */
    private static double unpacedEasy(final Session s) {
        final boolean sized = s.distanceM().isPresent() && s.duration().isPresent() && s.distanceM().get() > 0;
        return Math.max(StepSizes.FALLBACK_SEC_PER_KM, sized ? StepSizes.secPerKm(s) : 0);
    }

    /** An easy run of {@code time} at the session's easy pace (its warm-up's, for a workout). */
    static Session easyRun(final Session s, final Duration time, final SessionBrief description) {
        final Optional<Step> warm = s.steps().stream().filter(st -> st.kind() == Kind.WARM_UP).findFirst();
        final boolean easyAlready = !s.type().isQuality() && s.type() != SessionType.RACE;
        final Optional<PaceRange> pace = warm.map(Step::pace).orElse(easyAlready ? s.pace() : Optional.empty());
        final Optional<SessionEffort> effort = Optional.of(SessionEffort.EASY);
        final double secPerKm = pace.map(PaceRange::midSecPerKm)
                .orElseGet(() -> easyAlready ? StepSizes.secPerKm(s) : unpacedEasy(s));
        final double metres = time.toSeconds() / secPerKm * 1000;
        final List<Step> steps;
        final SessionType type;
        if (s.runWalk().isPresent()) {
            // Walk breaks stay: the runner's ratio is part of who they are now, not of the workout.
            final int cycle = s.runWalk().get().runSec() + s.runWalk().get().walkSec();
            final Optional<Step> block = s.steps().stream().filter(st -> st.kind() == Kind.REPEAT).findFirst();
            steps = block.map(b -> List.of(new Step(Kind.REPEAT, Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), (int) Math.max(1, time.toSeconds() / cycle), b.steps())))
                    .orElse(List.of(Step.timed(Kind.RUN, time, pace, effort)));
            type = SessionType.RUN_WALK;
        } else {
            steps = List.of(Step.timed(Kind.RUN, time, pace, effort));
            type = SessionType.EASY;
        }
        return new Session(s.date(), type, Optional.of(metres), Optional.of(time), pace, effort, s.runWalk(), steps,
                description, Session.Load.easy(metres));
    }
}
