package app.stride.ui.common;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reload only if the stamp changed: remembers what the data on screen was read under (the stored data's
 * {@link Freshness}, and {@code K}, whatever else it was read for, such as the chosen plan) and says whether a load
 * needs to read at all. A gate made with {@link #always()} cannot tell, so every load reads.
 *
 * @param <K> what else the data shown depends on ({@code Void} when nothing)
 */
public final class ReloadGate<K> {

    /**
     * What one read was made under. Compared only by the gate (two reads under an unknown freshness are never "the
     * same"), so it keeps identity's equals.
     */
    public static final class Stamp {
        private final Optional<Freshness> freshness;
        private final Optional<?> with;

        private Stamp(final Optional<Freshness> freshness, final Optional<?> with) {
            this.freshness = freshness;
            this.with = with;
        }

        /** Unknown freshness is never the same as another read's. */
        private boolean same(final Stamp other) {
            return freshness.isPresent() && freshness.equals(other.freshness) && with.equals(other.with);
        }
    }

    private final Supplier<Optional<Freshness>> freshness;
    /** Written on the UI thread, read by the background load: volatile. */
    private volatile Optional<Stamp> shown = Optional.empty();

    private ReloadGate(final Supplier<Optional<Freshness>> freshness) {
        this.freshness = freshness;
    }

    /** A gate over {@code freshness} (read off the UI thread). */
    public static <K> ReloadGate<K> over(final Supplier<Freshness> freshness) {
        Objects.requireNonNull(freshness);
        return new ReloadGate<>(() -> Optional.of(freshness.get()));
    }

    /** A gate that cannot tell whether anything changed: every load reads. */
    public static <K> ReloadGate<K> always() {
        return new ReloadGate<>(Optional::empty);
    }

    /**
     * Off the UI thread, before reading the data (so a write during the read brings a reload next time): the stamp to
     * read under, or empty when what is shown was read under the same one and nothing needs reading.
     */
    public Optional<Stamp> changed(final K with) {
        return changed(Optional.of(with));
    }

    /** As {@link #changed(Object)}, for a gate whose data depends on nothing else. */
    public Optional<Stamp> changed() {
        return changed(Optional.empty());
    }

    private Optional<Stamp> changed(final Optional<K> with) {
        final Stamp now = new Stamp(freshness.get(), with);
        return shown.filter(now::same).isPresent() ? Optional.empty() : Optional.of(now);
    }

    /** On the UI thread, once the data read under {@code stamp} is shown. */
    public void shown(final Stamp stamp) {
        shown = Optional.of(stamp);
    }

    /** After a failed read: the next load reads again. */
    public void forget() {
        shown = Optional.empty();
    }
}
