package app.stride.plan.adapt;

import app.stride.plan.FitnessInput;
import app.stride.plan.Plan;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.Session;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Days the runner adds to the plan (coach review D10): the rebuilt weeks run on them. The generator plans the runs a
 * week the runner does now (one more at most), so a day added to a 3-run plan would stay empty; a day the runner
 * asked for is a run they want, so the rebuild is asked for one run more (still one more at most, within every rule).
 * An added day that still gets no run is said ({@link AdaptWarning#DAYS_NOT_USED_YET}).
 */
final class NewDays {

    /** Share of the plain rebuild's volume the one with a run more must keep to be chosen. */
    static final double KEEPS = 0.9;

    private NewDays() {
    }

    /**
     * The rebuild for {@code request}; when the runner added a day, the rebuild with one run a week more than now
     * (the plan's runs, one more at most, as the generator allows), unless that holds less than {@link #KEEPS} of the
     * plain rebuild's running: a week spread thinner over more days is not what the runner asked for.
     */
    static Plan withAddedRun(final Plan plan, final PlanRequest request, final Function<PlanRequest, Plan> rebuild) {
        final Plan plain = rebuild.apply(request);
        if (added(plan, request.days()).isEmpty()) {
            return plain;
        }
        final int planned = plan.weeks().stream().mapToInt(PlanWeek::runs).max().orElse(0);
        final int now = Math.max(request.fitness().runsPerWeek().orElse(0), planned);
        final int runs = Math.min(request.days().size(), now + 1);
        final FitnessInput f = request.fitness();
        final FitnessInput more = new FitnessInput(f.recentRace(), f.weeklyM(), Optional.of(runs), f.longestRunM(),
                f.continuousMin(), f.runWalk(), f.daysOff(), f.crossTrained());
        final Plan wider = rebuild.apply(new PlanRequest(request.goal(), request.distance(), request.targetTime(),
                request.startDate(), request.raceDate(), request.weeks(), request.days(), request.longRunDay(), more,
                request.replan()));
        return volume(wider) >= KEEPS * volume(plain) ? wider : plain;
    }

    private static double volume(final Plan p) {
        return p.weeks().stream().mapToDouble(PlanWeek::trainingM).sum();
    }

    /** Says so when a day the runner added gets no run in any full rebuilt week from {@code start} on. */
    static void warnUnused(final Plan plan, final PlanChange change, final Plan rebuilt, final LocalDate start,
                           final List<AdaptWarning> warnings) {
        if (change.days().isEmpty()) {
            return;
        }
        final Set<DayOfWeek> added = added(plan, change.days().get());
        final List<PlanWeek> whole = rebuilt.weeks().stream().filter(w -> !w.start().isBefore(start)).toList();
        final Set<DayOfWeek> used = whole.stream()
                .flatMap(w -> w.sessions().stream()).filter(s -> s.type().isRun()).map(Session::date)
                .map(LocalDate::getDayOfWeek).collect(Collectors.toSet());
        if (added.isEmpty() || whole.isEmpty() || used.containsAll(added)) {
            return;
        }
        // "One run a week at a time" is only true when one was added: when none was (one more would spread the
        // runner's week too thin), the note says so (coach review 8).
        final boolean none = added.stream().noneMatch(used::contains);
        final AdaptWarning w = none ? AdaptWarning.DAYS_NOT_USED : AdaptWarning.DAYS_NOT_USED_YET;
        if (!warnings.contains(w)) {
            warnings.add(w);
        }
    }

    /**
     * Says from which plan week each day the runner added gets its first run, when it gets one but not on its first
     * occurrence from {@code start} on ({@link AdaptWarning#DAYS_USED_FROM}; coach review, set-up D: Saturday stayed
     * empty for two weeks without a word): one note per week, naming the days that come in that week. The engine adds
     * no run under 15 minutes ({@code RunCount.FLOOR_MINUTES}, the runs kept) and no volume beyond the growth rule for it: a coach keeps the week's
     * size and tells the runner when the day comes in.
     */
    static List<AdaptNote> lateDays(final Plan plan, final PlanChange change, final Plan rebuilt, final LocalDate start) {
        if (change.days().isEmpty()) {
            return List.of();
        }
        final Map<LocalDate, List<DayOfWeek>> byWeek = new TreeMap<>();
        for (DayOfWeek d : added(plan, change.days().get())) {
            final Optional<LocalDate> first = rebuilt.sessions().stream().filter(s -> s.type().isRun())
                    .map(Session::date).filter(x -> !x.isBefore(start) && x.getDayOfWeek() == d).min(LocalDate::compareTo);
            final LocalDate possible = start.with(TemporalAdjusters.nextOrSame(d));
            if (first.isPresent() && first.get().isAfter(possible)) {
                final LocalDate day = first.get();
                final LocalDate week = rebuilt.weeks().stream().map(PlanWeek::start).filter(s -> !s.isAfter(day))
                        .max(LocalDate::compareTo).orElse(day);
                byWeek.computeIfAbsent(week, w -> new ArrayList<>()).add(d);
            }
        }
        return byWeek.entrySet().stream()
                .map(e -> AdaptNote.of(AdaptWarning.DAYS_USED_FROM, List.copyOf(e.getValue()), e.getKey(), e.getValue().size()))
                .toList();
    }

    private static Set<DayOfWeek> added(final Plan plan, final Set<DayOfWeek> days) {
        final Set<DayOfWeek> out = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        out.removeAll(plan.request().days());
        return out;
    }
}
