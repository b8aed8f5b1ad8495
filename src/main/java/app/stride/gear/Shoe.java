package app.stride.gear;

import java.time.LocalDate;
import java.util.Optional;

/** A pair of running shoes and how far they have gone: distance before Stride plus every run logged in them. */
public record Shoe(long id, String name, Optional<LocalDate> startedOn, double initialM, double retireAtM,
                   Optional<LocalDate> retiredOn, double loggedM) {

    public double totalM() {
        return initialM + loggedM;
    }

    /** Share of the planned life used, 0 to 1 (more once worn past it). */
    public double wear() {
        return totalM() / retireAtM;
    }

    /**
     * How worn a pair is, one rule for the Shoes screen, Today and {@code stride shoes}: fine, getting worn from
     * {@value #GETTING_WORN_FROM} of its planned life (time to look for the next pair), past its life from 1.
     */
    public enum WearLevel { OK, NEAR_LIMIT, WORN_OUT }

    /**
     * The share of its planned life from which a pair is getting worn. A fifth of the life left is 100-150 km for most
     * pairs, a month or two of running: time to buy the next pair and run them in (issue 11: a pair at 84% showed
     * nothing; it was the last tenth before).
     */
    public static final double GETTING_WORN_FROM = 0.8;

    public WearLevel wearLevel() {
        return wornOut() ? WearLevel.WORN_OUT : wear() >= GETTING_WORN_FROM ? WearLevel.NEAR_LIMIT : WearLevel.OK;
    }

    /** The share of its planned life used, in whole percent, rounded down (a pair at 99.6% is not yet at 100%). */
    public int percentUsed() {
        return (int) Math.floor(wear() * 100 + 1e-9);
    }

    public boolean wornOut() {
        return totalM() >= retireAtM;
    }

    public boolean retired() {
        return retiredOn.isPresent();
    }
}
