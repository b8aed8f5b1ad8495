package app.stride.common;

/**
 * What the stored data looked like at one moment, cheaply: equal stamps mean nothing was written in between, so a
 * screen can keep what it drew. {@code changedHere} counts rows this process changed; the two file stamps (size and
 * modification time) catch another process's writes.
 */
public record DataStamp(long changedHere, String database, String wal) {
}
