package app.stride.store;

/** A failure of the local database, with a message fit to show the runner. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(final String message, final Throwable cause) {
        super(message, cause);
    }

    public StoreException(final String message) {
        super(message);
    }
}
