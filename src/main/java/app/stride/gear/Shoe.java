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

    /** How close a pair is to its limit: fine, within the last {@value #NEAR_LIMIT_SHARE} of it, or past it. */
    public enum WearLevel { OK, NEAR_LIMIT, WORN_OUT }

    /** The last tenth of a pair's life: time to look for the next one (issue 10). */
    public static final double NEAR_LIMIT_SHARE = 0.1;

    public WearLevel wearLevel() {
        return wornOut() ? WearLevel.WORN_OUT : wear() >= 1 - NEAR_LIMIT_SHARE ? WearLevel.NEAR_LIMIT : WearLevel.OK;
    }

    public boolean wornOut() {
        return totalM() >= retireAtM;
    }

    public boolean retired() {
        return retiredOn.isPresent();
    }
}
