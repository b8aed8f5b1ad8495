package app.stride.store;

import app.stride.plan.Length;
import app.stride.plan.RaceDistance;
import app.stride.plan.RunWalk;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migration V009's Java part: turns the English that plans stored up to V008 (efforts, session descriptions) into
 * codes with arguments. The English is copied here as the bundle had it (a later change of wording must not change
 * what this migration recognises). What it cannot recognise stays as it was: a description keeps its text, shown as
 * stored; an effort keeps its words, which this build does not show.
 */
final class SessionBriefsV009 {

    /** plan.effort.* as worded up to V008. */
    private static final Map<String, String> EFFORTS = Map.ofEntries(
            Map.entry("easy: you can talk in full sentences (RPE 3–4)", "easy"),
            Map.entry("very easy and short (RPE 2–3)", "recovery"),
            Map.entry("brisk walk", "walk"),
            Map.entry("easy jog", "jog"),
            Map.entry("jog or walk back down", "jogDown"),
            Map.entry("quick and relaxed, not a sprint", "strides"),
            Map.entry("comfortably hard: a few words at a time (RPE 6–7)", "tempo"),
            Map.entry("hard: a word or two at most (RPE 8)", "interval"),
            Map.entry("fast and smooth (RPE 8–9)", "repetition"),
            Map.entry("hard uphill, strong arms (RPE 8)", "hill"),
            Map.entry("at race pace: controlled", "racePace"),
            Map.entry("all-out but even: time it", "timeTrial"),
            Map.entry("race effort", "race"),
            Map.entry("steady and comfortable: finish strong", "finish"));

    /** plan.distance.* as worded up to V008. */
    private static final Map<String, RaceDistance> RACES = Map.of("mile", RaceDistance.MILE, "5K", RaceDistance.FIVE_K,
            "10K", RaceDistance.TEN_K, "half marathon", RaceDistance.HALF, "marathon", RaceDistance.MARATHON);

    /** A description as worded up to V008 and how to read its arguments. */
    private record Brief(String code, Pattern pattern, Function<Matcher, List<Object>> args) {
    }

    private static final String N = "(\\d+)";
    private static final String CLOCK = "(\\d+(?::\\d\\d){1,2})";
    private static final String RATIO = "((?:\\d+ min)?(?: ?\\d+ s)?)";
    private static final String MIN = "(\\d+(?:\\.\\d)?)";
    private static final String RACE = "(mile|5K|10K|half marathon|marathon)";

    private static final List<Brief> BRIEFS = List.of(
            fixed("easy", "Easy run at a pace you could chat at."),
            fixed("long", "Long run, easy and steady: time on your feet matters more than pace."),
            fixed("recovery", "Short, very easy run to loosen up."),
            fixed("crossTraining", "Optional cross-training: 30 minutes of easy cycling, swimming or brisk walking."),
            fixed("timeTrial", "Time trial: warm up, run one mile (1609 m) as fast as you can hold evenly, cool down. "
                    + "Enter the time as a recent mile race to get paces."),
            fixed("timeTrial", "Time trial: warm up, run one mile (1609 m) as fast as you can hold evenly, cool down. "
                    + "Enter the time with --recent-race 1mi=MM:SS to get paces."),
            fixed("bridge", "Bridge week: easy and shorter than planned, to get going again. The plan picks up after it."),
            brief("strides", "Easy run, then " + N + " strides of 20 seconds, quick and relaxed, walking a minute between.",
                    m -> List.of(i(m, 1))),
            brief("easyRunWalk", "Easy run with walk breaks: run " + RATIO + ", walk " + RATIO + ".",
                    m -> List.of(ratio(m, 1))),
            brief("longRunWalk", "Long run with walk breaks: run " + RATIO + ", walk " + RATIO + ", from the start.",
                    m -> List.of(ratio(m, 1))),
            brief("c25k", "Couch to 5K week " + N + ": 5 min brisk walk, then alternate running and walking (" + N
                    + " min running in all), 5 min walk.", m -> List.of(i(m, 1), i(m, 2))),
            brief("c25kContinuous", "Couch to 5K week " + N + ": 5 min brisk walk, " + N
                    + " minutes running without stopping, 5 min walk.", m -> List.of(i(m, 1), i(m, 2))),
            brief("c25kTaper", "Race week: 5 min brisk walk, " + N + " minutes of easy running, 5 min walk. Short and easy, "
                    + "to be fresh on race day.", m -> List.of(i(m, 1))),
            brief("tempo", "Tempo: warm up, " + N + " km comfortably hard (about " + CLOCK + "), cool down.",
                    m -> List.of(new Length(i(m, 1) * 1000.0), clock(m, 2))),
            brief("tempo.effort", "Tempo: warm up, " + MIN + " min comfortably hard, cool down.", m -> List.of(min(m, 1))),
            brief("cruise.effort", "Cruise intervals: warm up, " + N + " × " + MIN
                    + " min comfortably hard with 1 min easy jog, cool down.", m -> List.of(i(m, 1), min(m, 2))),
            brief("intervals.effort", "Intervals: warm up, " + N + " × " + MIN + " min hard with equal-time jog, cool down.",
                    m -> List.of(i(m, 1), min(m, 2))),
            brief("repetitions.effort", "Repetitions: warm up, " + N + " × " + MIN
                    + " min fast and smooth with a full recovery jog, cool down.", m -> List.of(i(m, 1), min(m, 2))),
            brief("racePace.effort", "Race pace: warm up, " + N + " × " + MIN
                    + " min at the effort you plan to race, with 2 min jog, cool down.", m -> List.of(i(m, 1), min(m, 2))),
            brief("cruise", "Cruise intervals: warm up, " + N + " × 1 km comfortably hard (" + CLOCK
                    + " each) with 1 min easy jog, cool down.", m -> List.of(i(m, 1), new Length(1000), clock(m, 2))),
            brief("intervals", "Intervals: warm up, " + N + " × " + N + " m hard (" + CLOCK
                    + " each) with equal-time jog, cool down.", SessionBriefsV009::repeats),
            brief("repetitions", "Repetitions: warm up, " + N + " × " + N + " m fast and smooth (" + CLOCK
                    + " each) with a full jog back, cool down.", SessionBriefsV009::repeats),
            brief("racePace", "Race pace: warm up, " + N + " × " + N + " m at race pace (" + CLOCK
                    + " each) with 2 min jog, cool down.", SessionBriefsV009::repeats),
            brief("hills", "Hills: warm up, " + N + " × 60 s hard up a steady hill, jog back down, cool down.",
                    m -> List.of(i(m, 1))),
            brief("race", "Race day: the " + RACE + "\\. Start easy, settle in, finish strong\\.", m -> List.of(RACES.get(m.group(1)))),
            brief("racePaced", "Race day: the " + RACE + ", aiming at about " + CLOCK
                    + "\\. Even pace; the first kilometre no faster than the rest\\.",
                    m -> List.of(RACES.get(m.group(1)), clock(m, 2))),
            brief("raceRunWalk", "Race day: the " + RACE + " with walk breaks from the start: run " + RATIO + ", walk "
                    + RATIO + "\\.", m -> List.of(RACES.get(m.group(1)), ratio(m, 2))));

    private SessionBriefsV009() {
    }

    /** Converts every stored session and step, current plans and history alike. */
    static Void convert(final Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (Map.Entry<String, String> e : EFFORTS.entrySet()) {
                for (String table : List.of("planned_session", "planned_step")) {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET effort = ? WHERE effort = ?")) {
                        ps.setString(1, e.getValue());
                        ps.setString(2, e.getKey());
                        ps.executeUpdate();
                    }
                }
            }
            final List<long[]> ids = new ArrayList<>();
            final List<String> texts = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id, description FROM planned_session")) {
                while (rs.next()) {
                    ids.add(new long[] {rs.getLong(1)});
                    texts.add(rs.getString(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE planned_session SET description = '', "
                    + "description_code = ?, description_args = ? WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    final Optional<Read> read = read(texts.get(i));
                    if (read.isPresent()) {
                        ps.setString(1, read.get().code());
                        ps.setString(2, PlanMessageCodec.encode(read.get().args()));
                        ps.setLong(3, ids.get(i)[0]);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
        return null;
    }

    /** A description read back as its code and arguments. */
    record Read(String code, List<Object> args) {
    }

    /** The code and arguments of a description worded as up to V008; empty when it is not one of them. */
    static Optional<Read> read(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final String t = text.strip();
        for (Brief b : BRIEFS) {
            final Matcher m = b.pattern().matcher(t);
            if (m.matches()) {
                try {
                    final List<Object> args = b.args().apply(m);
                    if (args.stream().noneMatch(x -> x == null)) {
                        return Optional.of(new Read(b.code(), args));
                    }
                } catch (IllegalArgumentException unreadable) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Brief fixed(final String code, final String text) {
        return new Brief(code, Pattern.compile(Pattern.quote(text)), m -> List.of());
    }

    /** A wording with the regular-expression groups above; everything else in it is taken literally. */
    private static Brief brief(final String code, final String regex, final Function<Matcher, List<Object>> args) {
        return new Brief(code, Pattern.compile(unquoteGroups(regex)), args);
    }

    /**
     * The literal parentheses of the wording escaped, the groups kept: the groups are the constants above, so every
     * "(" that starts one of them is left alone.
     */
    private static String unquoteGroups(final String regex) {
        final StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            boolean group = false;
            for (String g : List.of(N, CLOCK, RATIO, MIN, RACE)) {
                if (regex.startsWith(g, i)) {
                    out.append(g);
                    i += g.length();
                    group = true;
                    break;
                }
            }
            if (group) {
                continue;
            }
            final char ch = regex.charAt(i);
            if ((ch == '(' || ch == ')') && (i == 0 || regex.charAt(i - 1) != '\\')) {
                out.append('\\');
            }
            out.append(ch);
            i++;
        }
        return out.toString();
    }

    private static List<Object> repeats(final Matcher m) {
        return List.of(i(m, 1), new Length(i(m, 2)), clock(m, 3));
    }

    private static int i(final Matcher m, final int g) {
        return Integer.parseInt(m.group(g));
    }

    private static Duration clock(final Matcher m, final int g) {
        final String[] p = m.group(g).split(":");
        long s = 0;
        for (String x : p) {
            s = s * 60 + Long.parseLong(x);
        }
        return Duration.ofSeconds(s);
    }

    private static Duration min(final Matcher m, final int g) {
        return Duration.ofSeconds(Math.round(Double.parseDouble(m.group(g)) * 60));
    }

    /** "run 1 min 30 s, walk 30 s" as written by StepText.ratio up to V008. */
    private static RunWalk ratio(final Matcher m, final int g) {
        return new RunWalk(seconds(m.group(g)), seconds(m.group(g + 1)));
    }

    private static int seconds(final String text) {
        final Matcher x = Pattern.compile("(?:(\\d+) min)? ?(?:(\\d+) s)?").matcher(text.strip());
        if (!x.matches() || text.isBlank()) {
            throw new IllegalArgumentException("not a run/walk part: " + text);
        }
        return (x.group(1) == null ? 0 : Integer.parseInt(x.group(1)) * 60) + (x.group(2) == null ? 0 : Integer.parseInt(x.group(2)));
    }
}
