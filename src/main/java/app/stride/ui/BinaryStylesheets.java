package app.stride.ui;

import java.io.File;
import java.io.IOException;

/**
 * Build step (Maven's {@code process-classes}): writes each given {@code .css} as JavaFX's binary {@code .bss} beside it.
 * JavaFX loads {@code name.bss} instead of {@code name.css} when both are on the class path, which saves parsing
 * Stride's stylesheet on every start (issue 11; AtlantaFX ships its themes that way already).
 */
public final class BinaryStylesheets {

    private BinaryStylesheets() {
    }

    /** @param args the {@code .css} files to convert */
    public static void main(final String[] args) throws IOException {
        for (String css : args) {
            if (!css.endsWith(".css")) {
                throw new IllegalArgumentException("not a .css file: " + css);
            }
            javafx.css.Stylesheet.convertToBinary(new File(css), new File(css.substring(0, css.length() - 4) + ".bss"));
        }
    }
}
