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

    public boolean wornOut() {
        return totalM() >= retireAtM;
    }

    public boolean retired() {
        return retiredOn.isPresent();
    }
}
