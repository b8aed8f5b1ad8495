package app.stride.export;

import app.stride.plan.FitnessInput;
import app.stride.plan.PaceRange;
import app.stride.plan.Plan;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.PlanWeek;
import app.stride.plan.RaceDistance;
import app.stride.plan.Session;
import app.stride.settings.DistanceUnit;
import app.stride.text.PlanText;
import app.stride.plan.SessionEffort;
import app.stride.plan.Step;
import app.stride.plan.TrainingPaces;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

/** Plans and plan inputs as JSON (metric numbers, paces in seconds per km), for the command line and the store. */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {
    }

    /** The plan in the documented shape. */
    public static ObjectNode toTree(final Plan plan) {
        final ObjectNode root = MAPPER.createObjectNode();
        root.put("goal", plan.request().goal().code());
        // The goal as the plan is made (a time goal raced as a finish says so, coach review 5 r05).
        root.put("goalAsPlanned", plan.goalAsPlanned().code());
        plan.request().distance().ifPresentOrElse(d -> root.put("distance", d.code()), () -> root.putNull("distance"));
        root.put("startDate", plan.startDate().toString());
        root.put("endDate", plan.endDate().toString());
        plan.raceDate().ifPresentOrElse(d -> root.put("raceDate", d.toString()), () -> root.putNull("raceDate"));
        final ObjectNode fitness = root.putObject("fitness");
        plan.fitness().vdot().ifPresentOrElse(v -> fitness.put("vdot", Math.round(v.value() * 10) / 10.0),
                () -> fitness.putNull("vdot"));
        fitness.put("level", plan.fitness().level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        fitness.put("currentWeeklyKm", km(plan.fitness().currentWeeklyM()));
        final ObjectNode predicted = fitness.putObject("predicted");
        for (Map.Entry<RaceDistance, Duration> e : plan.predicted().entrySet()) {
            predicted.put(e.getKey().code(), app.stride.text.StepText.clock(e.getValue()));
        }
        final ObjectNode paces = root.putObject("paces");
        plan.paces().ifPresent(p -> putPaces(paces, p));
        // A returner's work paces quicken week by week (each session carries its own): the race week's beside today's.
        plan.pacesByRaceWeek().filter(r -> !plan.paces().equals(java.util.Optional.of(r)))
                .ifPresent(p -> putPaces(root.putObject("pacesByRaceWeek"), p));
        plan.racePace().ifPresentOrElse(p -> root.set("racePace", pace(p)), () -> root.putNull("racePace"));
        final ArrayNode warnings = root.putArray("warnings");
        // Codes for programs, the text (metric, as the JSON is) for people reading it.
        plan.warnings().forEach(w -> warnings.addObject().put("code", w.code())
                .put("text", app.stride.text.PlanText.note(w, app.stride.settings.DistanceUnit.KM, app.stride.text.PlanText.Surface.CLI)));
        plan.raceTime().ifPresentOrElse(t -> root.putObject("raceTime").put("fastest", app.stride.text.StepText.clock(t.fastest()))
                .put("slowest", app.stride.text.StepText.clock(t.slowest())), () -> root.putNull("raceTime"));
        final ArrayNode weeks = root.putArray("weeks");
        for (PlanWeek w : plan.weeks()) {
            final ObjectNode wn = weeks.addObject();
            wn.put("number", w.number());
            wn.put("startDate", w.start().toString());
            wn.put("phase", w.phase().code());
            wn.put("cutback", w.cutback());
            wn.put("plannedKm", km(w.plannedM()));
            wn.put("trainingKm", km(w.trainingM()));
            final ArrayNode ss = wn.putArray("sessions");
            for (Session s : w.sessions()) {
                ss.add(session(s));
            }
        }
        return root;
    }

    private static void putPaces(final ObjectNode n, final TrainingPaces p) {
        n.set("easy", pace(p.easy()));
        n.set("marathon", pace(p.marathon()));
        n.set("threshold", pace(p.threshold()));
        n.set("interval", pace(p.interval()));
        n.set("repetition", pace(p.repetition()));
    }

    private static ObjectNode pace(final PaceRange p) {
        final ObjectNode n = MAPPER.createObjectNode();
        n.put("minSecPerKm", p.minSecPerKm());
        n.put("maxSecPerKm", p.maxSecPerKm());
        return n;
    }

    /** One session in the plan JSON shape (used by the adapt proposal and by Today on the command line). */
    public static ObjectNode session(final Session s) {
        final ObjectNode n = MAPPER.createObjectNode();
        n.put("date", s.date().toString());
        n.put("weekday", s.date().getDayOfWeek().name().substring(0, 3).toLowerCase(Locale.ROOT));
        n.put("type", s.type().code());
        // Offered, not asked: cross-training and the time trial (an easy run may take its place).
        n.put("optional", s.type().isOptional());
        s.distanceM().ifPresentOrElse(d -> n.put("distanceKm", km(d)), () -> n.putNull("distanceKm"));
        n.put("distanceEstimated", s.pace().isEmpty() && s.distanceM().isPresent() && s.type().isRun() && s.type() != app.stride.plan.SessionType.RACE);
        s.duration().ifPresentOrElse(d -> n.put("durationMin", minutes(d)), () -> n.putNull("durationMin"));
        s.pace().ifPresentOrElse(p -> n.set("pace", pace(p)), () -> n.putNull("pace"));
        s.effort().ifPresentOrElse(e -> n.put("effort", PlanText.effort(e)), () -> n.putNull("effort"));
        s.effort().ifPresentOrElse(e -> n.put("effortCode", e.code()), () -> n.putNull("effortCode"));
        s.runWalk().ifPresentOrElse(rw -> {
            final ObjectNode r = n.putObject("runWalk");
            r.put("runSec", rw.runSec());
            r.put("walkSec", rw.walkSec());
        }, () -> n.putNull("runWalk"));
        final ObjectNode t = n.putObject("turnaround");
        s.turnaroundM().ifPresentOrElse(m -> t.put("km", km(m)), () -> t.putNull("km"));
        s.turnaroundTime().ifPresentOrElse(d -> t.put("min", minutes(d)), () -> t.putNull("min"));
        final ArrayNode steps = n.putArray("steps");
        s.steps().forEach(st -> steps.add(step(st)));
        n.put("description", PlanText.description(s, DistanceUnit.KM));
        return n;
    }

    /** One step as JSON (also used for the store's steps_json). */
    public static ObjectNode step(final Step st) {
        final ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", st.kind().code());
        if (st.kind() == Step.Kind.REPEAT) {
            n.put("times", st.times());
            final ArrayNode inner = n.putArray("steps");
            st.steps().forEach(x -> inner.add(step(x)));
            return n;
        }
        st.distanceM().ifPresent(d -> n.put("distanceKm", km(d)));
        st.duration().ifPresent(d -> n.put("durationMin", minutes(d)));
        // Minutes to one decimal turn 20-second strides into 18; the store reads the exact seconds back.
        st.duration().ifPresent(d -> n.put("durationSec", d.toSeconds()));
        st.pace().ifPresent(p -> n.set("pace", pace(p)));
        st.effort().ifPresent(e -> n.put("effort", PlanText.effort(e)));
        st.effort().ifPresent(e -> n.put("effortCode", e.code()));
        return n;
    }

    /** Reads back what {@link #steps(Session)} wrote; a damaged text is an {@link IllegalArgumentException}. */
    public static List<Step> readSteps(final String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            final List<Step> out = new ArrayList<>();
            for (JsonNode n : MAPPER.readTree(json)) {
                out.add(readStep(n));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("steps are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Step readStep(final JsonNode n) {
        final String code = n.path("kind").asText();
        final Step.Kind kind = java.util.Arrays.stream(Step.Kind.values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown step kind " + code));
        if (kind == Step.Kind.REPEAT) {
            final List<Step> inner = new ArrayList<>();
            n.path("steps").forEach(x -> inner.add(readStep(x)));
            return Step.repeat(n.path("times").asInt(1), inner);
        }
        final Optional<Double> distance = n.has("distanceKm") ? Optional.of(n.get("distanceKm").asDouble() * 1000.0) : Optional.empty();
        final Optional<Duration> duration = n.has("durationSec") ? Optional.of(Duration.ofSeconds(n.get("durationSec").asLong()))
                : n.has("durationMin") ? Optional.of(Duration.ofMillis(Math.round(n.get("durationMin").asDouble() * 60_000))) : Optional.empty();
        final Optional<PaceRange> pace = n.has("pace")
                ? Optional.of(new PaceRange(n.get("pace").path("minSecPerKm").asInt(), n.get("pace").path("maxSecPerKm").asInt()))
                : Optional.empty();
        final Optional<SessionEffort> effort = SessionEffort.parse(n.path("effortCode").asText());
        return new Step(kind, distance, duration, pace, effort, 1, List.of());
    }

    /** Steps of a session as a JSON array text. */
    public static String steps(final Session s) {
        final ArrayNode a = MAPPER.createArrayNode();
        s.steps().forEach(st -> a.add(step(st)));
        return write(a);
    }

    /** The inputs a plan was made from, so it can be made again (the runner's profile). */
    public static ObjectNode inputs(final PlanRequest r) {
        final ObjectNode n = MAPPER.createObjectNode();
        n.put("goal", r.goal().code());
        r.distance().ifPresent(d -> n.put("distance", d.code()));
        r.targetTime().ifPresent(t -> n.put("targetTime", app.stride.text.StepText.clock(t)));
        r.startDate().ifPresent(d -> n.put("startDate", d.toString()));
        r.raceDate().ifPresent(d -> n.put("raceDate", d.toString()));
        r.weeks().ifPresent(w -> n.put("weeks", w));
        final ArrayNode days = n.putArray("days");
        for (DayOfWeek d : DayOfWeek.values()) {
            if (r.days().contains(d)) {
                days.add(d.name().substring(0, 3).toLowerCase(Locale.ROOT));
            }
        }
        r.longRunDay().ifPresent(d -> n.put("longRunDay", d.name().substring(0, 3).toLowerCase(Locale.ROOT)));
        final FitnessInput f = r.fitness();
        f.recentRace().ifPresent(rr -> n.put("recentRace", rr.distance().code() + "=" + app.stride.text.StepText.clock(rr.time())));
        f.weeklyM().ifPresent(w -> n.put("weeklyKm", km(w)));
        f.runsPerWeek().ifPresent(x -> n.put("runsPerWeek", x));
        f.longestRunM().ifPresent(x -> n.put("longestRunKm", km(x)));
        f.continuousMin().ifPresent(x -> n.put("continuousMin", x));
        f.runWalk().ifPresent(x -> n.put("runWalk", x.code()));
        n.put("daysOff", f.daysOff());
        n.put("crossTrained", f.crossTrained());
        return n;
    }

    /** Indented JSON, for people reading the command line's output. */
    public static String writePretty(final Object tree) {
        try {
            return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compact JSON, as stored. */
    public static String write(final Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static double km(final double m) {
        return Math.round(m / 100.0) / 10.0;
    }

    static double minutes(final Duration d) {
        return Math.round(d.toSeconds() / 6.0) / 10.0;
    }

}
