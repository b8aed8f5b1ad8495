package app.stride.common;

import java.util.Arrays;
import java.util.List;

/**
 * A bundle key and its arguments, rendered when read: how the domain says something (a refusal, a warning, a tip)
 * without writing English. Nested phrases are rendered first; days read as the app shows them.
 */
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

    /** A day an argument shows with its year ("Wed 6 Jan 2027"), where a plain date would read "Wed 6 Jan". */
    public record DayWithYear(java.time.LocalDate date) {

        public static DayWithYear of(final java.time.LocalDate date) {
            return new DayWithYear(date);
        }
    }
}
