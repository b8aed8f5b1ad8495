package app.stride.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.HostServices;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Open folder" next to a file Stride wrote: asks the desktop to show the folder. Installed once by the application
 * (it owns {@link HostServices}); without it (tests, no desktop) the link is hidden rather than doing nothing.
 */
public final class OpenFolder {

    private static volatile Consumer<String> opener;

    private OpenFolder() {
    }

    /** Called by the application at start. */
    public static void install(final HostServices host) {
        opener = host::showDocument;
    }

    /** Whether a desktop is there to open folders. */
    public static boolean available() {
        return opener != null;
    }

    /** Shows {@code fileOrFolder}'s folder in the desktop's file manager. */
    public static void open(final Path fileOrFolder) {
        final Path folder = Files.isDirectory(fileOrFolder) ? fileOrFolder : Optional.ofNullable(fileOrFolder.getParent()).orElse(fileOrFolder);
        Optional.ofNullable(opener).ifPresent(o -> o.accept(folder.toUri().toString()));
    }

    /** A link "Open folder" for {@code target}'s folder; hidden when no desktop can open it. */
    public static Hyperlink link(final String text, final java.util.function.Supplier<Path> target) {
        final Hyperlink link = new Hyperlink(text, new FontIcon("mdi2f-folder-open-outline"));
        link.setOnAction(e -> open(target.get()));
        link.setVisible(available());
        link.setManaged(available());
        return link;
    }

    /** A button "Open folder" for {@code target}'s folder, disabled when no desktop can open it. */
    public static Button button(final String text, final java.util.function.Supplier<Path> target) {
        final Button b = new Button(text, new FontIcon("mdi2f-folder-open-outline"));
        b.setOnAction(e -> open(target.get()));
        b.setDisable(!available());
        return b;
    }
}
