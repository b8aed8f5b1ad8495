package app.stride.common;

/**
 * Input the runner gave that Stride cannot use; the message is one line naming the field and what is allowed.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(final String field, final String message) {
        super(message);
        this.field = field;
    }

    /** The option or form field the runner should fix, e.g. {@code --weeks} or {@code units}. */
    public String field() {
        return field;
    }
}
