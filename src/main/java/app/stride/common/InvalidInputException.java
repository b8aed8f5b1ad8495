package app.stride.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Input the runner gave that Stride cannot use; the message is one line naming the field and what is allowed.
 *
 * <p>The domain throws it {@link #coded coded}: a bundle key and its arguments, no English. The text is rendered
 * through the one bundle only when the UI or CLI reads {@link #getMessage()}.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final transient List<Object> args;

    /** A refusal already written in the runner's words (by the UI or CLI, which own the text). */
    public InvalidInputException(final String field, final String message) {
        super(message);
        this.field = field;
        this.code = "";
        this.args = List.of();
    }

    private InvalidInputException(final String field, final String code, final Object[] args) {
        super(code);
        this.field = field;
        this.code = code;
        this.args = List.copyOf(Arrays.asList(args));
    }

    /**
     * A refusal as a bundle key ({@code code}) and its arguments; an argument that is itself a {@link Phrase} is
     * rendered first, so the domain can name "Thursday's tempo" without writing it.
     */
    public static InvalidInputException coded(final String field, final String code, final Object... args) {
        return new InvalidInputException(field, code, args);
    }

    /** The option or form field the runner should fix, e.g. {@code --weeks} or {@code units}. */
    public String field() {
        return field;
    }

    /** The bundle key of a coded refusal; empty when the message was written directly. */
    public Optional<String> code() {
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /** The arguments of a coded refusal, as the domain gave them. */
    public List<Object> args() {
        return args;
    }

    @Override
    public String getMessage() {
        return code.isEmpty() ? super.getMessage() : Phrase.of(code, args.toArray()).text();
    }
}
