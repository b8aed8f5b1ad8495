package app.stride.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build puts Stride's stylesheet on the class path in JavaFX's binary form too (JavaFX then loads it instead of
 * parsing the .css at every start, issue 11): it must be the .css's own, or a style change would not show.
 */
class BinaryStylesheetsTest {

    @TempDir
    Path dir;

    /**
     * Converting the same .css gives the same bytes wherever it lies, so any edit since the build shows here. The
     * conversion runs as the build runs it, in a JVM of its own: in this one, other tests' JavaFX state changed a few
     * bytes of the result.
     */
    @Test
    void theBinaryStylesheetOnTheClassPathIsTheCssBesideItConverted() throws Exception {
        final URL css = BinaryStylesheetsTest.class.getResource("/app/stride/ui/stride.css");
        final URL bss = BinaryStylesheetsTest.class.getResource("/app/stride/ui/stride.bss");
        assertThat(bss).as("stride.bss made by the build (process-classes)").isNotNull();
        final Path copy = Files.write(dir.resolve("copy.css"), css.openStream().readAllBytes());
        final Process convert = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BinaryStylesheets.class.getName(), copy.toString())
                .redirectErrorStream(true).start();
        final String out = new String(convert.getInputStream().readAllBytes());
        assertThat(convert.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(convert.exitValue()).as(out).isZero();
        assertThat(bss.openStream().readAllBytes()).as("stride.bss is stride.css converted")
                .isEqualTo(Files.readAllBytes(dir.resolve("copy.bss")));
    }

    /** What the test above compares: a .bss made before an edit differs from the edited .css converted. */
    @Test
    void aBinaryStylesheetFromBeforeAnEditDiffersFromTheEditConverted() throws Exception {
        final Path css = write("a.css", ".today-title { -fx-font-size: 20px; }");
        final Path stale = dir.resolve("stale.bss");
        Stylesheet.convertToBinary(css.toFile(), stale.toFile());
        write("a.css", ".today-title { -fx-font-size: 22px; }");
        final Path fresh = dir.resolve("fresh.bss");
        Stylesheet.convertToBinary(css.toFile(), fresh.toFile());
        assertThat(Files.readAllBytes(stale)).isNotEqualTo(Files.readAllBytes(fresh));
    }

    /** An IDE copies an edited .css into the class folder beside Maven's older .bss: the window rewrites the .bss. */
    @Test
    void aBinaryStylesheetOlderThanItsCssIsWrittenAgainBeforeTheSceneGetsIt() throws Exception {
        final Path css = write("stride.css", ".today-title { -fx-font-size: 20px; }");
        final Path bss = dir.resolve("stride.bss");
        BinaryStylesheets.main(new String[] {css.toString()});
        Files.setLastModifiedTime(bss, FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        write("stride.css", ".today-title { -fx-font-size: 22px; }");
        Files.setLastModifiedTime(css, FileTime.from(Instant.parse("2026-01-01T10:05:00Z")));

        final String address = BinaryStylesheets.forScene(css.toUri().toURL());

        assertThat(address).isEqualTo(css.toUri().toURL().toExternalForm());
        assertThat(Stylesheet.loadBinary(bss.toUri().toURL()).getRules().get(0).getDeclarations().get(0)
                .getParsedValue().getValue().toString()).contains("22");
    }

    /** A fresh .bss is left alone (the normal start: two file dates, no parsing). */
    @Test
    void aBinaryStylesheetNewerThanItsCssIsLeftAlone() throws Exception {
        final Path css = write("stride.css", ".today-title { -fx-font-size: 20px; }");
        final Path bss = Files.write(dir.resolve("stride.bss"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(css, FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        Files.setLastModifiedTime(bss, FileTime.from(Instant.parse("2026-01-01T10:05:00Z")));

        BinaryStylesheets.forScene(css.toUri().toURL());

        assertThat(Files.readAllBytes(bss)).containsExactly(1, 2, 3);
    }

    private Path write(final String name, final String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
