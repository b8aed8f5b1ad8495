package app.stride.progress;

import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.profile.RunnerProfile;
import app.stride.settings.SettingsRepository;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.PlanSpan;
import app.stride.tracking.TrainingLog;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Progress and Today's context over the stored plan, log, settings and profile; "today" comes from the clock. */
public final class ProgressService {

    private final PlanRepository plans;
    private final TrainingLog log;
    private final SettingsRepository settings;
    private final RunnerProfile profile;
    private final Clock clock;

    public ProgressService(final PlanRepository plans, final TrainingLog log, final SettingsRepository settings,
                           final RunnerProfile profile, final Clock clock) {
        this.plans = Objects.requireNonNull(plans);
        this.log = Objects.requireNonNull(log);
        this.settings = Objects.requireNonNull(settings);
        this.profile = Objects.requireNonNull(profile);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Progress as of today, weeks starting on the runner's first day of the week. */
    public Progress progress() {
        final Optional<SavedPlan> plan = plans.current();
        return ProgressCalculator.compute(plan, plannedById(plan), log.allRuns(), settings.load().firstDayOfWeek(),
                LocalDate.now(clock));
    }

    /** The metres the stored plan counted for each session (its load), as the Plan screen's "km planned" adds them. */
    private Map<Long, Double> plannedById(final Optional<SavedPlan> plan) {
        if (plan.isEmpty()) {
            return Map.of();
        }
        return plans.currentVersion().filter(v -> v.id() == plan.get().id()).map(v -> {
            final Map<Long, Double> out = new HashMap<>();
            for (int i = 0; i < v.sessions().size(); i++) {
                out.put(v.sessions().get(i).id(), v.plan().sessions().get(i).load().totalM());
            }
            return out;
        }).orElse(new HashMap<>());
    }

    /** Today's session or the next one, where the runner is in the plan, and why they run. */
    public TodayBrief today() {
        final LocalDate today = LocalDate.now(clock);
        return brief(plans.current(), today, profile.why(), log.runsBetween(today, today));
    }

    /** Today's brief for {@code plan} on {@code today}: pure, for the service and tests of what Today and the CLI say. */
    public static TodayBrief brief(final Optional<SavedPlan> plan, final LocalDate today, final Optional<String> why,
                            final List<LoggedRun> loggedToday) {
        final List<SavedSession> sessions = plan.map(SavedPlan::sessions).orElse(List.of());
        final Optional<SavedSession> now = PlanSpan.sessionOn(sessions, today);
        final Optional<SavedSession> next = PlanSpan.nextOpen(sessions, today);
        final Optional<Long> daysToRace = plan.flatMap(SavedPlan::raceDate).filter(r -> !r.isBefore(today))
                .map(r -> ChronoUnit.DAYS.between(today, r));
        final TodayBrief.PlanState state = plan.map(p -> today.isAfter(lastDay(p)) ? TodayBrief.PlanState.FINISHED
                : PlanSpan.weekOf(p, today) == 0 ? TodayBrief.PlanState.NOT_STARTED : TodayBrief.PlanState.ACTIVE)
                .orElse(TodayBrief.PlanState.NONE);
        return new TodayBrief(today, now, next, plan.map(p -> PlanSpan.weekOf(p, today)), plan.map(p -> Math.max(1, p.weeks())),
                daysToRace, why, loggedToday, state);
    }

    /** The plan's last day: its race, its last session, or the end of its last week, whichever is latest. */
    static LocalDate lastDay(final SavedPlan p) {
        LocalDate last = p.startDate().plusWeeks(Math.max(1, p.weeks())).minusDays(1);
        for (SavedSession s : p.sessions()) {
            if (s.date().isAfter(last)) {
                last = s.date();
            }
        }
        return p.raceDate().filter(last::isBefore).orElse(last);
    }
}
