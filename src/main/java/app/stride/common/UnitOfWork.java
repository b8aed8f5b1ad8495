package app.stride.common;

import java.util.function.Supplier;

/**
 * Runs several reads and writes as one: all writes are kept or none, every read sees the same state, and the work
 * uses one database connection however many repositories it touches.
 */
@FunctionalInterface
public interface UnitOfWork {

    /** Runs {@code work} as one transaction and returns its result; a failure undoes every write made in it. */
    <T> T run(Supplier<T> work);

    /** For domains and tests without a database: runs the work as it is. */
    UnitOfWork NONE = new UnitOfWork() {
        @Override
        public <T> T run(final Supplier<T> work) {
            return work.get();
        }
    };
}
