package app.stride.outfit;

import app.stride.settings.TemperatureUnit;
import java.util.Objects;

/** Everything the advisor needs: the weather, the session, the runner, and the unit the runner reads. */
public record OutfitRequest(Conditions conditions, Effort effort, Tendency tendency, PersonalOffsets offsets,
                            TemperatureUnit unit) {

    public OutfitRequest {
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(tendency, "tendency");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(unit, "unit");
    }

    /** A neutral runner with nothing learned, reading °C. */
    public static OutfitRequest of(final Conditions conditions, final Effort effort) {
        return new OutfitRequest(conditions, effort, Tendency.NEUTRAL, PersonalOffsets.NONE, TemperatureUnit.C);
    }

    public OutfitRequest withTendency(final Tendency t) {
        return new OutfitRequest(conditions, effort, t, offsets, unit);
    }

    public OutfitRequest withOffsets(final PersonalOffsets o) {
        return new OutfitRequest(conditions, effort, tendency, o, unit);
    }

    public OutfitRequest withUnit(final TemperatureUnit u) {
        return new OutfitRequest(conditions, effort, tendency, offsets, u);
    }

    public OutfitRequest withConditions(final Conditions c) {
        return new OutfitRequest(c, effort, tendency, offsets, unit);
    }

    public OutfitRequest withEffort(final Effort e) {
        return new OutfitRequest(conditions, e, tendency, offsets, unit);
    }
}
