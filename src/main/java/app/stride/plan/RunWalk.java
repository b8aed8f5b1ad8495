package app.stride.plan;

import java.util.Optional;

/** A run/walk ratio in seconds, e.g. 60 s running then 30 s walking. */
public record RunWalk(int runSec, int walkSec) {

    public RunWalk {
        if (runSec <= 0 || walkSec <= 0) {
            throw new IllegalArgumentException("run and walk must be positive");
        }
    }

    /** Parses {@code RUN/WALK} in seconds, e.g. {@code 60/30}. */
    public static Optional<RunWalk> parse(final String text) {
        if (text == null || !text.trim().matches("\\d{1,4}/\\d{1,4}")) {
            return Optional.empty();
        }
        final String[] p = text.trim().split("/");
        final int run = Integer.parseInt(p[0]);
        final int walk = Integer.parseInt(p[1]);
        return run > 0 && walk > 0 ? Optional.of(new RunWalk(run, walk)) : Optional.empty();
    }

    /** Galloway's ratio for a running pace (seconds per km), from his pace-per-mile table. */
    public static RunWalk galloway(final double secPerKm) {
        final double perMile = secPerKm * 1.609344;
        if (perMile <= 7 * 60) {
            return new RunWalk(360, 30);
        } else if (perMile <= 8 * 60) {
            return new RunWalk(240, 30);
        } else if (perMile <= 9 * 60) {
            return new RunWalk(120, 30);
        } else if (perMile <= 10 * 60 + 45) {
            return new RunWalk(90, 30);
        } else if (perMile <= 12 * 60 + 15) {
            return new RunWalk(60, 30);
        } else if (perMile <= 14 * 60 + 30) {
            return new RunWalk(30, 30);
        }
        return new RunWalk(15, 30);
    }

    /** Share of the time spent running. */
    public double runShare() {
        return runSec / (double) (runSec + walkSec);
    }

    public String code() {
        return runSec + "/" + walkSec;
    }
}
