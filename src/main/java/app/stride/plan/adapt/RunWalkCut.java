package app.stride.plan.adapt;

import app.stride.plan.Session;
import app.stride.plan.SessionBrief;
import app.stride.plan.SessionEffort;
import app.stride.plan.Step;
import app.stride.plan.Step.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Only N minutes" for sessions with walking in them, as a Couch to 5K coach cuts them: a run/walk session keeps its
 * cycles but fewer of them, with a shorter warm-up walk; a continuous run between two walks (the programme's key
 * runs) keeps its running and drops the walks first. The session's time is the sum of its new steps, to the second.
 */
final class RunWalkCut {

    /** A warm-up or cool-down walk in a run/walk session never shorter than this. */
    static final Duration MIN_WALK_WARM = Duration.ofMinutes(3);
    /** A last run shorter than this is dropped with its walk rather than kept. */
    static final Duration MIN_LAST_RUN = Duration.ofMinutes(2);

    private RunWalkCut() {
    }

    /** Whether {@code s} has walking in it that this cut handles: walk breaks, or walks around a continuous run. */
    static boolean applies(final Session s) {
        return hasWalkBreaks(s.steps()) || keyRun(s.steps()) >= 0;
    }

    /** {@code s} cut to at most {@code target} (exactly, when its walks leave room to). */
    static Session shortened(final Session s, final Duration target) {
        final List<Step> steps = hasWalkBreaks(s.steps()) ? fewerCycles(s.steps(), target) : walksDropped(s.steps(), target);
        final Duration after = StepSizes.length(steps, StepSizes.secPerKm(s));
        final Duration before = StepSizes.length(s);
        final double ratio = before.isZero() ? 1 : after.toMillis() / (double) before.toMillis();
        final int mins = (int) Math.round(after.toSeconds() / 60.0);
        final int running = (int) Math.round(running(steps).toSeconds() / 60.0);
        final long walking = after.minus(running(steps)).toSeconds();
        final SessionBrief brief = hasWalkBreaks(s.steps())
                ? SessionBrief.of("life.shortened.fewerCycles", mins, running)
                : walking > 0 ? SessionBrief.of("life.shortened.continuousKeptWalks", mins, running, (int) Math.round(walking / 60.0))
                : SessionBrief.of("life.shortened.continuousKept", mins, running);
        return new Session(s.date(), s.type(), s.distanceM().map(m -> m * ratio), Optional.of(after), s.pace(), s.effort(),
                s.runWalk(), steps, brief, Session.Load.easy(s.load().totalM() * ratio));
    }

    /** Run/walk: warm-up and cool-down walks down to {@link #MIN_WALK_WARM}, then cycles dropped from the end. */
    private static List<Step> fewerCycles(final List<Step> steps, final Duration target) {
        final List<Step> out = new ArrayList<>(steps);
        final int block = blockIndex(out);
        final Step repeat = out.get(block);
        final List<Step> cycles = new ArrayList<>();
        for (int k = 0; k < repeat.times(); k++) {
            cycles.addAll(repeat.steps());
        }
        // 1. The walks around the cycles shorten first, to whole minutes.
        shrinkAround(out, block, total(out, block, cycles).minus(target), MIN_WALK_WARM);
        // 2. Cycles go from the end, a run and a walk at a time, keeping the last step's kind; one run always stays.
        while (total(out, block, cycles).compareTo(target) > 0 && cycles.size() > 2) {
            final Step last = cycles.get(cycles.size() - 1);
            final long trimmed = (len(last).toSeconds() - total(out, block, cycles).minus(target).toSeconds()) / 30 * 30;
            if (last.kind() == Kind.RUN && trimmed >= MIN_LAST_RUN.toSeconds()) {
                // A shorter last run comes closer to the time the runner has than dropping it.
                cycles.set(cycles.size() - 1, StepSizes.timed(last, Duration.ofSeconds(trimmed)));
                break;
            }
            cycles.remove(cycles.size() - 1);
            cycles.remove(cycles.size() - 1);
        }
        // 3. Still over with one cycle: its run gets shorter (its walk goes; the cool-down walk follows).
        if (total(out, block, cycles).compareTo(target) > 0) {
            final Step run = cycles.stream().filter(st -> st.kind() == Kind.RUN).findFirst().orElse(cycles.get(0));
            cycles.clear();
            cycles.add(run);
            final Duration room = target.minus(total(out, block, List.of()));
            cycles.set(0, StepSizes.timed(run, Duration.ofSeconds(Math.max(60, Math.min(len(run).toSeconds(), room.toSeconds())))));
        }
        // 4. Time left over goes back to the warm-up, then the cool-down walk (never past what was planned): the
        // session is N minutes when its walks allow, else honestly shorter.
        for (Kind k : List.of(Kind.WARM_UP, Kind.COOL_DOWN)) {
            final Duration spare = target.minus(total(out, block, cycles));
            for (int i = 0; i < out.size() && spare.toSeconds() > 0; i++) {
                if (out.get(i).kind() == k) {
                    final Duration planned = len(steps.get(i));
                    final Duration now = len(out.get(i));
                    final Duration back = planned.minus(now).compareTo(spare) < 0 ? planned.minus(now) : spare;
                    out.set(i, StepSizes.timed(out.get(i), now.plus(back)));
                }
            }
        }
        final int per = repeat.steps().size();
        out.set(block, cycles.size() % per == 0 && cycles.subList(0, per).equals(repeat.steps())
                ? Step.repeat(cycles.size() / per, repeat.steps()) : Step.repeat(1, cycles));
        return out;
    }

    /** A continuous run between walks: the walks go first (evenly, whole minutes), then the run, to at least 10 min. */
    private static List<Step> walksDropped(final List<Step> steps, final Duration target) {
        final int key = keyRun(steps);
        final Step run = steps.get(key);
        final long runS = Math.min(len(run).toSeconds(), Math.max(StepSizes.MIN_MAIN.toSeconds(), target.toSeconds()));
        final long walkMin = Math.max(0, (target.toSeconds() - runS) / 60);
        final long walkWas = (StepSizes.length(steps, StepSizes.FALLBACK_SEC_PER_KM).toSeconds() - len(run).toSeconds()) / 60;
        long warm = Math.min(walkWas, walkMin) - Math.min(walkWas, walkMin) / 2;
        long cool = Math.min(walkWas, walkMin) / 2;
        final List<Step> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            final Step st = steps.get(i);
            if (i == key) {
                out.add(StepSizes.timed(st, Duration.ofSeconds(runS)));
            } else if (i < key && warm > 0) {
                final long m = Math.min(warm, len(st).toSeconds() / 60);
                out.add(StepSizes.timed(st, Duration.ofMinutes(m)));
                cool += warm - m;
                warm = 0;
            } else if (i > key && cool > 0) {
                final long m = Math.min(cool, len(st).toSeconds() / 60);
                out.add(StepSizes.timed(st, Duration.ofMinutes(m)));
                cool -= m;
            }
        }
        return out;
    }

    private static void shrinkAround(final List<Step> out, final int block, final Duration excess, final Duration min) {
        long over = excess.toSeconds();
        for (Kind k : List.of(Kind.COOL_DOWN, Kind.WARM_UP)) {
            for (int i = 0; i < out.size() && over > 0; i++) {
                if (i != block && out.get(i).kind() == k) {
                    final Duration l = len(out.get(i));
                    final long spare = Math.max(0, l.minus(min).toSeconds());
                    final long cut = Math.min(spare, (long) Math.ceil(over / 60.0) * 60);
                    if (cut > 0) {
                        out.set(i, StepSizes.timed(out.get(i), l.minusSeconds(cut)));
                        over -= cut;
                    }
                }
            }
        }
    }

    private static Duration total(final List<Step> out, final int block, final List<Step> cycles) {
        Duration sum = Duration.ZERO;
        for (int i = 0; i < out.size(); i++) {
            if (i != block) {
                sum = sum.plus(len(out.get(i)));
            }
        }
        for (Step st : cycles) {
            sum = sum.plus(len(st));
        }
        return sum;
    }

    private static Duration running(final List<Step> steps) {
        Duration sum = Duration.ZERO;
        for (Step st : steps) {
            if (st.kind() == Kind.REPEAT) {
                sum = sum.plus(running(st.steps()).multipliedBy(st.times()));
            } else if (st.kind() == Kind.RUN || st.kind() == Kind.WORK) {
                sum = sum.plus(len(st));
            }
        }
        return sum;
    }

    private static Duration len(final Step st) {
        return StepSizes.length(st, StepSizes.FALLBACK_SEC_PER_KM);
    }

    /** Whether the steps hold one block of timed runs with walk breaks (and nothing by distance). */
    private static boolean hasWalkBreaks(final List<Step> steps) {
        final int block = blockIndex(steps);
        return block >= 0 && steps.stream().filter(st -> st.kind() == Kind.REPEAT).count() == 1
                && steps.get(block).steps().stream().anyMatch(st -> st.kind() == Kind.WALK)
                && steps.get(block).steps().stream().allMatch(st -> st.duration().isPresent()
                        && (st.kind() == Kind.RUN || st.kind() == Kind.WALK));
    }

    private static int blockIndex(final List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == Kind.REPEAT) {
                return i;
            }
        }
        return -1;
    }

    /** The index of a single timed run with only walks around it (a Couch to 5K continuous run), else -1. */
    private static int keyRun(final List<Step> steps) {
        int run = -1;
        for (int i = 0; i < steps.size(); i++) {
            final Step st = steps.get(i);
            if (st.kind() == Kind.RUN && st.duration().isPresent() && run < 0) {
                run = i;
            } else if (!walk(st)) {
                return -1;
            }
        }
        return run >= 0 && steps.size() > 1 ? run : -1;
    }

    private static boolean walk(final Step st) {
        return (st.kind() == Kind.WALK || st.kind() == Kind.WARM_UP || st.kind() == Kind.COOL_DOWN)
                && st.effort().filter(e -> e == SessionEffort.WALK).isPresent() && st.duration().isPresent();
    }
}
