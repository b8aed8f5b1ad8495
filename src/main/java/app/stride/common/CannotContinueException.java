package app.stride.common;

/** Something outside the runner's input stops the command (no display, a folder that is a file); one-line message. */
public final class CannotContinueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CannotContinueException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
