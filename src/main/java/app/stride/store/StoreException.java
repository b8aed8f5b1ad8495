package app.stride.store;

/** A failure of the local database, with a message fit to show the runner and its {@link StoreProblem kind}. */
public class StoreException extends RuntimeException implements app.stride.common.SaysWhatHappened {
    private static final long serialVersionUID = 1L;

    private final StoreProblem problem;

    public StoreException(final String message, final Throwable cause) {
        this(StoreProblem.FAILED, message, cause);
    }

    public StoreException(final String message) {
        this(StoreProblem.FAILED, message, null);
    }

    public StoreException(final StoreProblem problem, final String message, final Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** What kind of failure this is. */
    public StoreProblem problem() {
        return problem;
    }

    /** A known problem (full disk, busy, in use, unusable file) is explained in its message; a plain failure is not. */
    @Override
    public boolean saysWhatHappened() {
        return problem != StoreProblem.FAILED;
    }
}
