package app.stride.plan;

/** Daniels' five training paces for one fitness level. */
public record TrainingPaces(PaceRange easy, PaceRange marathon, PaceRange threshold, PaceRange interval,
                            PaceRange repetition) {
}
