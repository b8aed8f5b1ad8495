package app.stride.store;

import app.stride.plan.Length;
import app.stride.plan.PlanAlternative;
import app.stride.plan.PlanMessage;
import app.stride.plan.RaceDistance;
import app.stride.plan.RunWalk;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The store's own text for a {@link PlanMessage}'s arguments: each one typed and exact ({@code L:5000.0} metres,
 * {@code T:1650000} milliseconds, {@code D:2027-03-07}, {@code R:5k}, {@code W:TUESDAY}, {@code WL:TUESDAY,THURSDAY} (a list; {@code WS:} a set), {@code AL:D2027-07-11,R10k} (alternatives),
 * {@code RW:60/30}, {@code N:41.2}, {@code I:8}, {@code J:8} (a long), {@code S:text}), separated by the unit separator.
 */
final class PlanMessageCodec {

    private static final String SEPARATOR = "\u001f";

    private PlanMessageCodec() {
    }

    static String encode(final List<Object> args) {
        final List<String> parts = new ArrayList<>();
        for (Object a : args) {
            parts.add(encode(a));
        }
        return String.join(SEPARATOR, parts);
    }

    private static String encode(final Object a) {
        if (a instanceof Length l) {
            return "L:" + l.metres();
        } else if (a instanceof Duration d) {
            return "T:" + d.toMillis();
        } else if (a instanceof LocalDate d) {
            return "D:" + d;
        } else if (a instanceof RaceDistance d) {
            return "R:" + d.code();
        } else if (a instanceof DayOfWeek d) {
            return "W:" + d.name();
        } else if (a instanceof RunWalk rw) {
            return "RW:" + rw.code();
        } else if (a instanceof Double v) {
            return "N:" + v;
        } else if (a instanceof Integer i) {
            return "I:" + i;
        } else if (a instanceof Long n) {
            return "J:" + n;
        } else if (a instanceof java.util.Set<?> set && set.stream().allMatch(DayOfWeek.class::isInstance)) {
            return "WS:" + String.join(",", set.stream().map(d -> ((DayOfWeek) d).name()).sorted().toList());
        } else if (a instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(PlanAlternative.class::isInstance)) {
            // a later race (its date) or a shorter one (its distance)
            return "AL:" + String.join(",", l.stream().map(x -> (PlanAlternative) x)
                    .map(x -> x.raceDate().map(d -> "D" + d).orElseGet(() -> "R" + x.distance().orElseThrow().code())).toList());
        } else if (a instanceof List<?> l && l.stream().allMatch(DayOfWeek.class::isInstance)) {
            return "WL:" + String.join(",", l.stream().map(d -> ((DayOfWeek) d).name()).toList());
        }
        if (a instanceof String text) {
            return "S:" + text;
        }
        // A new argument type must be given a code here, or it would come back as text and render differently.
        throw new IllegalArgumentException("no store code for a message argument of " + a.getClass().getName());
    }

    static List<Object> decode(final String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        final List<Object> out = new ArrayList<>();
        for (String part : text.split(SEPARATOR, -1)) {
            out.add(decodeOne(part));
        }
        return out;
    }

    private static PlanAlternative alternative(final String x) {
        return x.startsWith("D") ? new PlanAlternative(Optional.of(LocalDate.parse(x.substring(1))), Optional.empty())
                : new PlanAlternative(Optional.empty(), Optional.of(RaceDistance.parse(x.substring(1))
                        .orElseThrow(() -> new IllegalArgumentException("race distance " + x))));
    }

    private static Object decodeOne(final String part) {
        final int colon = part.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("a message argument without its type: " + part);
        }
        final String type = part.substring(0, colon);
        final String v = part.substring(colon + 1);
        return switch (type) {
            case "L" -> new Length(Double.parseDouble(v));
            case "T" -> Duration.ofMillis(Long.parseLong(v));
            case "D" -> LocalDate.parse(v);
            case "R" -> RaceDistance.parse(v).orElseThrow(() -> new IllegalArgumentException("race distance " + v));
            case "W" -> DayOfWeek.valueOf(v);
            case "RW" -> RunWalk.parse(v).orElseThrow(() -> new IllegalArgumentException("run/walk " + v));
            case "N" -> Double.parseDouble(v);
            case "I" -> Integer.parseInt(v);
            case "J" -> Long.parseLong(v);
            case "WS" -> v.isEmpty() ? java.util.EnumSet.noneOf(DayOfWeek.class)
                    : java.util.EnumSet.copyOf(Arrays.stream(v.split(",")).map(DayOfWeek::valueOf).toList());
            case "AL" -> Arrays.stream(v.split(",")).map(PlanMessageCodec::alternative).toList();
            case "WL" -> v.isEmpty() ? List.<DayOfWeek>of() : Arrays.stream(v.split(",")).map(DayOfWeek::valueOf).toList();
            case "S" -> v;
            default -> throw new IllegalArgumentException("unknown message argument type " + type);
        };
    }
}
