package app.stride.weather;

/** Weather could not be had; the message says why in the runner's words and that they can type the conditions. */
public final class WeatherException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (e.g. offer a retry on a timeout). */
    public enum Kind {
        OFF, HTTP, API, TIMEOUT, NETWORK, BAD_RESPONSE, NO_DATA, NO_PLACE, BAD_SETTING
    }

    private final Kind kind;

    public WeatherException(final Kind kind, final String message) {
        super(message);
        this.kind = kind;
    }

    public WeatherException(final Kind kind, final String message, final Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
