package app.stride.tracking;

import java.util.List;

/** The runner's whole history for exports: every run logged and every planned session let go, oldest first. */
public interface LogHistory {

    List<LogEntry> all();
}
