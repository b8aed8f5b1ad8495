package app.stride.export;

import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.Session;
import app.stride.progress.Highlight;
import app.stride.progress.Progress;
import app.stride.progress.TodayBrief;
import app.stride.progress.WeekProgress;
import app.stride.tracking.LoggedRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily loop as JSON for the command line: Today, the log and progress. Metric numbers; distances in km (logged
 * runs to 10 m), times in seconds and as {@code [H:]MM:SS}; anything unknown is {@code null}, never 0.
 */
public final class DailyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DailyJson() {
    }

    /** {@code {"date", "planState", "session", "next", "week", "weeks", "daysToRace", "why", "logged": [...]}}. */
    public static ObjectNode today(final TodayBrief b, final Map<Long, String> shoes) {
        final ObjectNode n = MAPPER.createObjectNode();
        n.put("date", b.date().toString());
        n.put("planState", b.planState().code());
        b.session().ifPresentOrElse(s -> n.set("session", session(s)), () -> n.putNull("session"));
        b.next().ifPresentOrElse(s -> n.set("next", session(s)), () -> n.putNull("next"));
        // A finished plan has no current week (it read "week 10 of 10" long after the race).
        b.week().filter(w -> b.planState() != TodayBrief.PlanState.FINISHED)
                .ifPresentOrElse(w -> n.put("week", w), () -> n.putNull("week"));
        b.weeks().ifPresentOrElse(w -> n.put("weeks", w), () -> n.putNull("weeks"));
        b.daysToRace().ifPresentOrElse(d -> n.put("daysToRace", d), () -> n.putNull("daysToRace"));
        b.why().ifPresentOrElse(w -> n.put("why", w), () -> n.putNull("why"));
        n.set("logged", runs(b.loggedToday(), shoes));
        return n;
    }

    /** A stored session as in the plan JSON, plus its id, status and the day the plan first gave it. */
    public static ObjectNode session(final SavedSession s) {
        final ObjectNode n = s.sessionType().map(type -> PlanJson.session(new Session(s.date(), type, s.distanceM(),
                s.durationS().map(Duration::ofSeconds), s.pace(), s.effort(), s.runWalk(), s.steps(), s.description(),
                Session.Load.easy(s.distanceM().orElse(0.0))))).orElseGet(() -> fallback(s));
        n.put("id", s.id());
        n.put("status", s.status().code());
        n.put("originalDate", s.originalDate().toString());
        return n;
    }

    /** A session whose type this build does not know: the fields it can still give. */
    private static ObjectNode fallback(final SavedSession s) {
        final ObjectNode n = MAPPER.createObjectNode();
        n.put("date", s.date().toString());
        n.put("type", s.type());
        s.distanceM().ifPresentOrElse(d -> n.put("distanceKm", PlanJson.km(d)), () -> n.putNull("distanceKm"));
        s.durationS().ifPresentOrElse(d -> n.put("durationMin", PlanJson.minutes(Duration.ofSeconds(d))), () -> n.putNull("durationMin"));
        n.put("description", app.stride.text.PlanText.description(s, app.stride.settings.DistanceUnit.KM));
        return n;
    }

    /** The log, in the order given; {@code shoes} names shoes by id. */
    public static ArrayNode runs(final List<LoggedRun> runs, final Map<Long, String> shoes) {
        final ArrayNode a = MAPPER.createArrayNode();
        runs.forEach(r -> a.add(run(r, shoes)));
        return a;
    }

    public static ObjectNode run(final LoggedRun r, final Map<Long, String> shoes) {
        final ObjectNode n = MAPPER.createObjectNode();
        n.put("id", r.id());
        n.put("date", r.date().toString());
        n.put("type", r.type());
        n.put("extra", r.extra());
        r.plannedSessionId().ifPresentOrElse(id -> n.put("sessionId", id), () -> n.putNull("sessionId"));
        n.put("status", r.status().code());
        r.report().distanceM().ifPresentOrElse(d -> n.put("distanceKm", km2(d)), () -> n.putNull("distanceKm"));
        r.report().duration().ifPresentOrElse(d -> n.put("timeSec", d.toSeconds()), () -> n.putNull("timeSec"));
        r.report().duration().ifPresentOrElse(d -> n.put("time", app.stride.format.Durations.format(d)), () -> n.putNull("time"));
        r.report().paceSecPerKm().ifPresentOrElse(p -> n.put("paceSecPerKm", Math.round(p)), () -> n.putNull("paceSecPerKm"));
        r.report().effortRpe().ifPresentOrElse(e -> n.put("rpe", e), () -> n.putNull("rpe"));
        r.report().feel().ifPresentOrElse(f -> n.put("feel", f.code()), () -> n.putNull("feel"));
        n.put("note", r.report().notes());
        final Optional<String> shoe = r.shoeId().map(shoes::get);
        shoe.ifPresentOrElse(s -> n.put("shoe", s), () -> n.putNull("shoe"));
        return n;
    }

    /** {@code {"streak", "timesOut", "adherencePct", "weeks": [...], ...}}; summary lines as codes with arguments. */
    public static ObjectNode progress(final Progress p) {
        final ObjectNode n = MAPPER.createObjectNode();
        n.put("asOf", p.asOf().toString());
        n.put("streak", p.streakWeeks());
        n.put("timesOut", p.timesOut());
        p.adherencePct().ifPresentOrElse(a -> n.put("adherencePct", a), () -> n.putNull("adherencePct"));
        n.put("sessionsDue", p.sessionsDue());
        n.put("sessionsDone", p.sessionsDone());
        p.longestRun().ifPresentOrElse(l -> {
            final ObjectNode o = n.putObject("longestRun");
            o.put("date", l.date().toString());
            o.put("distanceKm", PlanJson.km(l.metres()));
        }, () -> n.putNull("longestRun"));
        n.put("totalTimeSec", p.totalTime().toSeconds());
        n.put("consistencyFirst", p.consistencyFirst());
        final ArrayNode weeks = n.putArray("weeks");
        for (WeekProgress w : p.weeks()) {
            final ObjectNode o = weeks.addObject();
            o.put("number", w.number());
            o.put("startDate", w.start().toString());
            o.put("plannedKm", PlanJson.km(w.plannedM()));
            // plannedKm, doneKm and doneTimeSec leave the race out, as the plan's weeks do; "race" says it is there.
            o.put("race", w.race());
            o.put("raceDone", w.raceDone());
            o.put("plannedTimeSec", w.plannedTime().toSeconds());
            w.doneM().ifPresentOrElse(d -> o.put("doneKm", PlanJson.km(d)), () -> o.putNull("doneKm"));
            o.put("sessionsPlanned", w.sessionsPlanned());
            o.put("sessionsDone", w.sessionsDone());
            o.put("extraRuns", w.extraRuns());
            o.put("runsWithoutDistance", w.runsWithoutDistance());
            o.put("doneTimeSec", w.doneTime().toSeconds());
        }
        final ArrayNode summary = n.putArray("summary");
        for (Highlight h : p.summary()) {
            final ObjectNode o = summary.addObject();
            o.put("code", h.code().name());
            final ArrayNode args = o.putArray("args");
            for (Object arg : h.args()) {
                if (arg instanceof Integer i) {
                    args.add(i);
                } else if (arg instanceof Double d) {
                    args.add(d);
                } else if (arg instanceof LocalDate d) {
                    args.add(d.toString());
                } else {
                    args.add(String.valueOf(arg));
                }
            }
        }
        return n;
    }

    /** Kilometres to 10 m, as a runner's watch shows them. */
    static double km2(final double m) {
        return Math.round(m / 10.0) / 100.0;
    }
}
