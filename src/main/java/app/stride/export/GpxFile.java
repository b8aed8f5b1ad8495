package app.stride.export;

import app.stride.common.Messages;
import app.stride.tracking.RecordedRun;
import app.stride.tracking.TrackPoint;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A run from a GPX 1.1 file (watches and phone apps), read with jpx after {@link SafeXml}'s checks. */
public final class GpxFile {

    private GpxFile() {
    }

    /** GPX 1.0 (older watches and apps) has its own namespace; jpx reads it when told. */
    static GPX.Version version(final byte[] bytes) {
        final String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("topografix.com/GPX/1/0") ? GPX.Version.V10 : GPX.Version.V11;
    }

    /** The run in {@code file}; refused with one line naming the file when it is not a usable GPX track. */
    public static RecordedRun read(final Path file) {
        final byte[] bytes = SafeXml.read(file, "gpx", "GPX");
        final String name = String.valueOf(file.getFileName());
        final GPX gpx;
        try {
            gpx = GPX.Reader.of(version(bytes), GPX.Reader.Mode.LENIENT).read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw SafeXml.refused(name, Messages.get("import.error.notFormat", "GPX"));
        }
        final List<List<TrackPoint>> segments = new ArrayList<>();
        for (Track t : gpx.getTracks()) {
            for (TrackSegment s : t.getSegments()) {
                final List<TrackPoint> points = new ArrayList<>();
                for (WayPoint p : s.getPoints()) {
                    p.getTime().ifPresent(time -> points.add(new TrackPoint(time, Optional.of(p.getLatitude().doubleValue()),
                            Optional.of(p.getLongitude().doubleValue()), p.getElevation().map(Length::doubleValue), Optional.empty())));
                }
                segments.add(points);
            }
        }
        return RecordedRun.of(SafeXml.fingerprint(bytes), segments)
                .orElseThrow(() -> SafeXml.refused(name, Messages.get("import.error.noTrack")));
    }
}
