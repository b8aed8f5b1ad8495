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

    /** A bundle key and its arguments, rendered when read; nested phrases are rendered first. */
    public record Phrase(String code, List<Object> args) {

        public Phrase {
            args = List.copyOf(args);
        }

        public static Phrase of(final String code, final Object... args) {
            return new Phrase(code, Arrays.asList(args));
        }

        /**
         * The text through the bundle, e.g. "Thursday's tempo"; a date argument reads as the app shows days ("Wed 6
         * Jan"), a weekday in full ("Wednesday").
         */
        public String text() {
            return Messages.get(code, args.stream().map(Phrase::render).toArray());
        }

        private static Object render(final Object a) {
            if (a instanceof Phrase p) {
                return p.text();
            }
            if (a instanceof DayWithYear d) {
                return app.stride.format.Dates.dayWithYear(d.date());
            }
            if (a instanceof java.time.DayOfWeek d) {
                return app.stride.format.Dates.weekday(d);
            }
            return a instanceof java.time.LocalDate d ? app.stride.format.Dates.day(d) : a;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** A day an argument shows with its year ("Wed 6 Jan 2027"), where a plain date would read "Wed 6 Jan". */
    public record DayWithYear(java.time.LocalDate date) {

        public static DayWithYear of(final java.time.LocalDate date) {
            return new DayWithYear(date);
        }
    }
}
