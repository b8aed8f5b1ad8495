/**
 * One way to show and read numbers, for the app and the command line: durations, paces, distances, dates and
 * decimal numbers, each with one rule (see {@code docs/formats.md}). Plain Java, locale-aware (the JVM's format
 * locale unless one is given), no JavaFX.
 */
package app.stride.format;
