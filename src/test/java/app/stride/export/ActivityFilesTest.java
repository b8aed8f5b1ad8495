package app.stride.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.stride.common.InvalidInputException;
import app.stride.tracking.RecordedRun;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActivityFilesTest {

    @TempDir
    Path dir;

    static Path sample(final String name) {
        try {
            return Path.of(ActivityFilesTest.class.getResource("/app/stride/export/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aGarminTcxGivesTheWatchDistanceAndLeavesTheAutoPauseOut() {
        final RecordedRun run = TcxFile.read(sample("garmin-forerunner.tcx"));

        assertThat(run.start()).isEqualTo(Instant.parse("2026-11-24T07:02:11Z"));
        assertThat(run.distanceM()).isCloseTo(5000, within(1.0));
        assertThat(run.movingTime().toSeconds()).isEqualTo(1800);
        assertThat(run.paceSecPerKm()).isCloseTo(360, within(0.5));
        assertThat(run.elevationGainM()).as("18 m up each way, noise ignored").isBetween(34.0, 40.0);
    }

    @Test
    void theSameRunAsGarminGpxAgreesWithItsTcx() {
        final RecordedRun gpx = GpxFile.read(sample("garmin-forerunner.gpx"));
        final RecordedRun tcx = TcxFile.read(sample("garmin-forerunner.tcx"));

        assertThat(gpx.start()).isEqualTo(tcx.start());
        assertThat(gpx.distanceM()).isCloseTo(tcx.distanceM(), within(tcx.distanceM() * 0.01));
        assertThat(gpx.movingTime()).isEqualTo(tcx.movingTime());
        assertThat(gpx.fingerprint()).isNotEqualTo(tcx.fingerprint());
    }

    @Test
    void aPhoneRunWalkLeavesOutManualPausesAndTheWaitAtTheLightsButKeepsTheWalkBreaks() {
        final RecordedRun run = GpxFile.read(sample("phone-runwalk.gpx"));

        assertThat(run.start()).isEqualTo(Instant.parse("2026-11-24T07:12:11Z"));
        // 2,400 s recorded: 40 s standing at lights; walk breaks (1.4 m/s) are moving. Pauses (60 s, 120 s) are between segments.
        assertThat(run.movingTime().toSeconds()).isBetween(2350L, 2365L);
        assertThat(run.distanceM()).isCloseTo(5261, within(5261 * 0.02));
        assertThat(run.elevationGainM()).as("18 m up and down twice, and a little more; the phone's noise is not climbing").isBetween(34.0, 48.0);
    }

    @Test
    void anOlderGpx10FileIsReadToo() throws Exception {
        final StringBuilder gpx = new StringBuilder("<?xml version=\"1.0\"?>\n<gpx version=\"1.0\" creator=\"eTrex\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/0\"><trk><trkseg>\n");
        for (int s = 0; s <= 600; s += 10) {
            // due north at 3 m/s: 0.00027 degrees of latitude per 30 m
            gpx.append(String.format(java.util.Locale.ROOT, "<trkpt lat=\"%.6f\" lon=\"8.540000\"><ele>410</ele><time>%s</time></trkpt>%n",
                    47.37 + s / 10 * 0.00027, Instant.parse("2026-11-24T06:00:00Z").plusSeconds(s)));
        }
        final Path file = Files.writeString(dir.resolve("etrex.gpx"), gpx.append("</trkseg></trk></gpx>\n"));

        final RecordedRun run = GpxFile.read(file);

        assertThat(run.movingTime().toSeconds()).isEqualTo(600);
        assertThat(run.distanceM()).isCloseTo(1800, within(20.0));
    }

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("xxe.gpx", "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>&xxe;</name></trk></gpx>", "DTD"),
                Arguments.of("laughs.tcx", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>\n"
                        + "<TrainingCenterDatabase><Activities><Activity><Id>&lol4;</Id></Activity></Activities></TrainingCenterDatabase>", "DTD"),
                Arguments.of("external-dtd.gpx", "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx SYSTEM \"http://127.0.0.1:1/evil.dtd\">\n<gpx/>", "DTD"),
                Arguments.of("photo.gpx", "\u0089PNG\r\n\u001a\nnot xml at all", "not XML"),
                Arguments.of("empty.tcx", "", "not XML"),
                Arguments.of("notes.gpx", "I ran 5k this morning, felt great", "not XML"),
                Arguments.of("wrong.gpx", "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"/>", "holds <kml>"),
                Arguments.of("nopoints.gpx", "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"x\" xmlns=\"http://www.topografix.com/GPX/1/1\"/>", "no run"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileOrBrokenFilesAreRefusedInOneLineNamingTheFile(final String name, final String content, final String why) throws Exception {
        final Path file = Files.write(dir.resolve(name), content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        final Function<Path, RecordedRun> reader = name.endsWith(".gpx") ? GpxFile::read : TcxFile::read;

        assertThatThrownBy(() -> reader.apply(file)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("FILE " + name + ": ").hasMessageContaining(why)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("root:"));
    }

    @Test
    void aTruncatedFileIsRefusedAsCutOff() throws Exception {
        final byte[] whole = Files.readAllBytes(sample("garmin-forerunner.tcx"));
        final Path half = Files.write(dir.resolve("half.tcx"), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> TcxFile.read(half)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("FILE half.tcx: cut off or damaged");
    }

    @Test
    void a200MegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        final Path big = dir.resolve("huge.gpx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: takes no disk, and reading it would take 200 MB of heap
        }

        assertThatThrownBy(() -> GpxFile.read(big)).isInstanceOf(InvalidInputException.class)
                .hasMessage("FILE huge.gpx: is 200 MB; a run file is at most 50 MB");
    }
}
