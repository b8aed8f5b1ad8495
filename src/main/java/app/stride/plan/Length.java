package app.stride.plan;

/** A distance in a message's arguments, in metres; renderers show it in the runner's unit. */
public record Length(double metres) {
}
