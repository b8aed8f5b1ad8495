package app.stride.app;

/** The answer to "Check my data": whether the database is sound, in words for the runner. */
public record DataHealth(boolean ok, String message) {
}
