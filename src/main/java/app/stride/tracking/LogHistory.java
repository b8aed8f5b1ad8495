package app.stride.tracking;

import java.time.LocalDate;
import java.util.List;

/** The runner's whole history for exports: every run logged and every planned session let go, oldest first. */
public interface LogHistory {

    List<LogEntry> all();

    /** The entries dated {@code from} to {@code to}, both included, oldest first: a week without reading every year. */
    List<LogEntry> between(LocalDate from, LocalDate to);
}
