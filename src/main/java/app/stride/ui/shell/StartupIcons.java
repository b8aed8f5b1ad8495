package app.stride.ui.shell;

/** The window's and the sidebar's icons, loaded ahead of the first frame by the start (issue 11). */
public final class StartupIcons {

    private StartupIcons() {
    }

    /**
     * Loads what the sidebar's icons need (the icon font, its tables) on a start-up thread, while the UI thread sets
     * the theme and builds the rest (issue 11). A head start only: if the sidebar gets there first, the JVM's class
     * initialisation lock makes it wait for the one load in progress; nothing is loaded twice. It builds icons that
     * join no scene, so no live node is touched off the UI thread. A bare thread, not the TaskRunner: see ADR 0012.
     * Call once the toolkit is up.
     */
    public static void loadIconsAhead() {
        final Thread t = new Thread(() -> {
            try {
                Sidebar.loadIcons();
            } catch (RuntimeException | LinkageError e) {
                // Only a head start: the sidebar loads the icons itself (and reports a real failure there).
                java.util.logging.Logger.getLogger(StartupIcons.class.getName()).log(java.util.logging.Level.FINE,
                        "icon font head start failed", e);
            }
            app.stride.common.StartupMarks.mark("icon font loaded");
        }, "stride-icon-font");
        t.setDaemon(true);
        t.start();
    }

    /** Stride's icon at every size it is drawn in, so the window system picks a sharp one for title bar and task bar. */
    public static java.util.List<javafx.scene.image.Image> icons() {
        return java.util.stream.IntStream.of(16, 24, 32, 48, 64, 128, 256, 512)
                .mapToObj(px -> new javafx.scene.image.Image(StartupIcons.class.getResource("/app/stride/ui/icon/stride-" + px + ".png")
                        .toExternalForm()))
                .toList();
    }
}
