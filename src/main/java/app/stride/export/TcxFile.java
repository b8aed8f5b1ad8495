package app.stride.export;

import app.stride.common.Messages;
import app.stride.tracking.RecordedRun;
import app.stride.tracking.TrackPoint;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A run from a Garmin Training Center (TCX) file, read with StAX after {@link SafeXml}'s checks. Watches start a new
 * {@code Track} at every lap and after a pause, and count distance themselves ({@code DistanceMeters} is cumulative),
 * so all track points of the file are read as one sequence: a pause shows as time passing with no distance.
 */
public final class TcxFile {

    private TcxFile() {
    }

    /** The run in {@code file}; refused with one line naming the file when it is not a usable TCX activity. */
    public static RecordedRun read(final Path file) {
        final byte[] bytes = SafeXml.read(file, "TrainingCenterDatabase", "TCX");
        final String name = String.valueOf(file.getFileName());
        final List<List<TrackPoint>> segments = new ArrayList<>();
        try {
            final XMLStreamReader r = SafeXml.factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            List<TrackPoint> segment = null;
            Point point = null;
            boolean inPosition = false;
            while (r.hasNext()) {
                final int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "Activity" -> segment = new ArrayList<>();
                        case "Trackpoint" -> point = new Point();
                        case "Position" -> inPosition = true;
                        case "Time" -> {
                            if (point != null) {
                                point.time = instant(r.getElementText());
                            }
                        }
                        case "LatitudeDegrees" -> {
                            if (point != null && inPosition) {
                                point.lat = number(r.getElementText());
                            }
                        }
                        case "LongitudeDegrees" -> {
                            if (point != null && inPosition) {
                                point.lon = number(r.getElementText());
                            }
                        }
                        case "AltitudeMeters" -> {
                            if (point != null) {
                                point.elevation = number(r.getElementText());
                            }
                        }
                        case "DistanceMeters" -> {
                            // Laps carry a DistanceMeters of their own; only the track point's is cumulative.
                            if (point != null) {
                                point.distance = number(r.getElementText());
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "Position" -> inPosition = false;
                        case "Trackpoint" -> {
                            if (segment != null && point != null && point.time.isPresent()) {
                                segment.add(point.toTrackPoint());
                            }
                            point = null;
                        }
                        case "Activity" -> {
                            if (segment != null) {
                                segments.add(segment);
                            }
                            segment = null;
                        }
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.refused(name, Messages.get("import.error.notFormat", "TCX"));
        }
        return RecordedRun.of(SafeXml.fingerprint(bytes), segments)
                .orElseThrow(() -> SafeXml.refused(name, Messages.get("import.error.noTrack")));
    }

    /** A track point as it is read, field by field. */
    private static final class Point {
        private Optional<Instant> time = Optional.empty();
        private Optional<Double> lat = Optional.empty();
        private Optional<Double> lon = Optional.empty();
        private Optional<Double> elevation = Optional.empty();
        private Optional<Double> distance = Optional.empty();

        TrackPoint toTrackPoint() {
            return new TrackPoint(time.orElseThrow(), lat, lon, elevation, distance);
        }
    }

    private static Optional<Instant> instant(final String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(final String text) {
        try {
            final double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
