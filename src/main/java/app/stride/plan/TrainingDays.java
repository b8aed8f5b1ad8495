package app.stride.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which days the plan runs on: runs spread round the week with the long run on its day; workout days never next to
 * the long run or to each other (Sunday next to Monday too); beginners keep a rest day between sessions.
 */
public final class TrainingDays {

    private TrainingDays() {
    }

    /**
     * The days a plan runs on when the runner names none (CLI and plan form alike), following the runs a week they do
     * now (coach review 4, item 4: asking for 5 runs must not get 4 days): up to 3 tue,thu,sun; 4 (and untold)
     * tue,thu,sat,sun; 5 mon,tue,thu,sat,sun; 6 mon,tue,wed,thu,sat,sun; 7 or more every day. Spread so the long run
     * on Sunday and a workout mid-week each have an easy day or rest around them.
     */
    public static Set<DayOfWeek> defaultDays(final Optional<Integer> runsPerWeek) {
        final int n = runsPerWeek.orElse(4);
        if (n <= 3) {
            return EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY);
        }
        if (n == 4) {
            return EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        if (n == 5) {
            return EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
        if (n == 6) {
            return EnumSet.complementOf(EnumSet.of(DayOfWeek.FRIDAY));
        }
        return EnumSet.allOf(DayOfWeek.class);
    }

    /** Sunday, else Saturday, else the runner's last day. */
    public static DayOfWeek defaultLongDay(final Set<DayOfWeek> days) {
        if (days.contains(DayOfWeek.SUNDAY)) {
            return DayOfWeek.SUNDAY;
        }
        if (days.contains(DayOfWeek.SATURDAY)) {
            return DayOfWeek.SATURDAY;
        }
        DayOfWeek last = DayOfWeek.MONDAY;
        for (DayOfWeek d : DayOfWeek.values()) {
            if (days.contains(d)) {
                last = d;
            }
        }
        return last;
    }

    /** The {@code n} days that spread runs most evenly around the week, always including {@code must}. */
    public static List<DayOfWeek> choose(final Set<DayOfWeek> avail, final int n, final DayOfWeek must) {
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        for (int mask = 1; mask < 128; mask++) {
            if (Integer.bitCount(mask) != n || (mask & bit(must)) == 0 || !inside(mask, avail)) {
                continue;
            }
            int minGap = 7;
            int adjacent = 0;
            for (int i = 0; i < 7; i++) {
                if ((mask & (1 << i)) == 0) {
                    continue;
                }
                for (int g = 1; g <= 7; g++) {
                    if ((mask & (1 << ((i + g) % 7))) != 0) {
                        minGap = Math.min(minGap, g);
                        adjacent += g == 1 ? 1 : 0;
                        break;
                    }
                }
            }
            final int score = minGap * 100 - adjacent * 10;
            if (score > bestScore) {
                bestScore = score;
                best = mask;
            }
        }
        return days(best);
    }

    /** How many of {@code avail} (up to 3, {@code must} among them) can be run with a rest day between each. */
    public static int maxSpaced(final Set<DayOfWeek> avail, final DayOfWeek must) {
        int best = 0;
        for (int mask = 1; mask < 128; mask++) {
            if (spaced(mask) && (mask & bit(must)) != 0 && inside(mask, avail)) {
                best = Math.max(best, Math.min(3, Integer.bitCount(mask)));
            }
        }
        return best;
    }

    /** Three days with a rest day between each, as close to {@code avail} as possible, e.g. "mon,wed,fri". */
    public static List<DayOfWeek> suggestSpaced(final Set<DayOfWeek> avail) {
        int best = 0;
        int bestOverlap = -1;
        for (int mask = 1; mask < 128; mask++) {
            if (Integer.bitCount(mask) != 3 || !spaced(mask)) {
                continue;
            }
            int overlap = 0;
            for (DayOfWeek d : avail) {
                overlap += (mask >> (d.getValue() - 1)) & 1;
            }
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = mask;
            }
        }
        return days(best);
    }

    /** Up to two workout days, never next to the long run or to each other. */
    public static List<DayOfWeek> qualityDays(final List<DayOfWeek> pattern, final DayOfWeek longDay) {
        final List<DayOfWeek> out = new ArrayList<>();
        for (int g = 2; g <= 5 && out.size() < 2; g++) {
            final DayOfWeek d = longDay.plus(g);
            if (pattern.contains(d) && !adjacent(d, longDay) && out.stream().noneMatch(o -> adjacent(o, d))) {
                out.add(d);
            }
        }
        final EnumMap<DayOfWeek, Boolean> sorted = new EnumMap<>(DayOfWeek.class);
        out.forEach(d -> sorted.put(d, true));
        return new ArrayList<>(sorted.keySet());
    }

    public static boolean adjacent(final DayOfWeek a, final DayOfWeek b) {
        return a.plus(1) == b || b.plus(1) == a;
    }

    /** "mon,wed,fri". */
    public static String codes(final List<DayOfWeek> days) {
        return String.join(",", days.stream().map(d -> d.name().substring(0, 3).toLowerCase(Locale.ROOT)).toList());
    }

    private static int bit(final DayOfWeek d) {
        return 1 << (d.getValue() - 1);
    }

    private static List<DayOfWeek> days(final int mask) {
        final List<DayOfWeek> out = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(DayOfWeek.of(i + 1));
            }
        }
        return out;
    }

    private static boolean spaced(final int mask) {
        final int rotated = ((mask << 1) | (mask >> 6)) & 127;
        return (mask & rotated) == 0;
    }

    private static boolean inside(final int mask, final Set<DayOfWeek> avail) {
        for (int i = 0; i < 7; i++) {
            if ((mask & (1 << i)) != 0 && !avail.contains(DayOfWeek.of(i + 1))) {
                return false;
            }
        }
        return true;
    }
}
