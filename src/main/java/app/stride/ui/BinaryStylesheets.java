package app.stride.ui;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stride's stylesheet in JavaFX's binary form ({@code .bss}), which JavaFX loads instead of {@code name.css} when both
 * are on the class path: that saves parsing the stylesheet on every start (issue 11; AtlantaFX ships its themes that
 * way already). The build (maven-antrun-plugin at {@code process-classes}) runs {@link #main} to write it beside the
 * {@code .css}; {@link #forScene} keeps a development build from showing a stale one.
 */
public final class BinaryStylesheets {

    private static final Logger LOG = Logger.getLogger(BinaryStylesheets.class.getName());

    private BinaryStylesheets() {
    }

    /** Build step: writes each given {@code .css} as a {@code .bss} beside it. @param args the {@code .css} files */
    public static void main(final String[] args) throws IOException {
        for (String css : args) {
            if (!css.endsWith(".css")) {
                throw new IllegalArgumentException("not a .css file: " + css);
            }
            javafx.css.Stylesheet.convertToBinary(new File(css), binaryBeside(new File(css)));
        }
    }

    /**
     * The address to give a scene for the stylesheet {@code css}. When it is a file in a class folder (an IDE's
     * build, {@code mvn javafx:run}) and the {@code .bss} beside it is older than it, the {@code .bss} is written
     * again first: an IDE copies an edited {@code .css} into the class folder but leaves the {@code .bss} Maven made
     * there, and JavaFX would keep loading that, so a style edit would seem to do nothing. Two file dates per start;
     * nothing in a jar, which the build made whole.
     */
    public static String forScene(final URL css) {
        if ("file".equals(css.getProtocol())) {
            try {
                final File source = new File(css.toURI());
                final File binary = binaryBeside(source);
                if (binary.exists() && binary.lastModified() < source.lastModified()) {
                    javafx.css.Stylesheet.convertToBinary(source, binary);
                    LOG.info(() -> "Rewrote " + binary + ": older than the .css beside it");
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not refresh the binary stylesheet beside " + css, e);
            }
        }
        return css.toExternalForm();
    }

    private static File binaryBeside(final File css) {
        final String name = css.getName();
        return new File(css.getParentFile(), name.substring(0, name.length() - ".css".length()) + ".bss");
    }
}
