package app.stride.plan;

import java.time.Duration;

/** A recent race: distance and finishing time. */
public record RaceResult(RaceDistance distance, Duration time) {
}
