package app.stride.progress;

import java.time.LocalDate;

/** The longest run with a known distance, and the first day it was run. */
public record LongestRun(LocalDate date, double metres) {
}
