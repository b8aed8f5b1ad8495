package app.stride.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.store.DataFolder;
import app.stride.store.DataFolderLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review of issue 11's build-ahead: a control made on the data thread before the toolkit (and its theme) is up makes
 * JavaFX's {@code Control} class fail to initialise ("Toolkit not initialized"); every later control then throws
 * {@code NoClassDefFoundError} and no window ever appears. Only a fresh JVM can show that (TestFX has the toolkit up
 * before any test), so this starts the app with {@code -Dstride.buildAhead=true} in a child JVM, headless, with the
 * toolkit's start held back two seconds (the data thread then finishes its read long before), and asks the child
 * whether a window is showing once it has started. It passed before the fix as well (the window's constructor
 * happened to choose the theme before its first control); it guards the order the fix now enforces (the data thread
 * waits for the toolkit).
 */
class BuildAheadFreshJvmTest {

    @TempDir
    Path dir;

    @Test
    void withBuildAheadOnAFreshStartShowsItsWindow() throws Exception {
        final Path data = dir.resolve("data");
        // A folder made beforehand, as a runner's is: the data thread's read is then quick, done before the toolkit is up.
        app.stride.app.StrideServices.open(new DataFolder(data), java.time.Clock.systemDefaultZone());
        final Path out = dir.resolve("child.log");
        final List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-javaagent:" + slowToolkitAgent(), "-cp", System.getProperty("java.class.path"), "-Dstride.buildAhead=true",
                "-Dstride.preload=false"));
        for (String p : List.of("glass.platform", "monocle.platform", "headless.geometry", "prism.order", "prism.text",
                "java.awt.headless", "user.language", "user.country")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(Child.class.getName(), data.toString()));
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().remove("STRIDE_HOME");
        final Process child = builder.start();
        final boolean ended = child.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        final String log = Files.readString(out);
        assertThat(ended).as("the child ended by itself (a start that hangs is killed):\n" + log).isTrue();
        assertThat(log).as(log).contains("showing=true");
        assertThat(child.exitValue()).as(log).isZero();
        // Closed normally: the folder's lock is free again.
        try (DataFolderLock lock = DataFolderLock.acquire(new DataFolder(data))) {
            assertThat(lock).isNotNull();
        }
    }

    /** A jar whose manifest names {@link SlowToolkit} as a Java agent (its class comes from the class path). */
    private Path slowToolkitAgent() throws Exception {
        final java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new java.util.jar.Attributes.Name("Premain-Class"), SlowToolkit.class.getName());
        final Path jar = dir.resolve("slow-toolkit.jar");
        try (java.io.OutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }

    /**
     * Holds the loading of JavaFX's launcher for two seconds, as a loaded machine holds the toolkit's start: the data
     * thread's read is then done long before the toolkit is up, which is when building ahead went wrong (the review saw
     * it at load 18 on 2 cores). The launcher class is loaded only by {@code Application.launch}, never by the data thread.
     */
    public static final class SlowToolkit {
        public static void premain(final String args, final java.lang.instrument.Instrumentation instrumentation) {
            instrumentation.addTransformer(new java.lang.instrument.ClassFileTransformer() {
                @Override
                public byte[] transform(final ClassLoader loader, final String name, final Class<?> redefined,
                                        final java.security.ProtectionDomain domain, final byte[] bytes) {
                    if ("com/sun/javafx/application/LauncherImpl".equals(name)) {
                        try {
                            Thread.sleep(2000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return null;
                }
            });
        }
    }

    /** The child: starts the window as {@code stride --data-dir DIR} does, and closes it once it has started. */
    public static final class Child {
        public static void main(final String[] args) {
            // Warm, as a start from the packaged app's class archive is: the folder's read is then done long before
            // the toolkit is up, which is when building ahead went wrong.
            final app.stride.app.StrideServices warm = app.stride.app.StrideServices.open(new DataFolder(Path.of(args[0])),
                    java.time.Clock.systemDefaultZone());
            warm.unitOfWork().run(() -> app.stride.ui.today.TodayViewModel.read(warm.tickOff(), warm.outfit(), warm.weather(),
                    warm.shoes()));
            StrideApp.launchWindow(Optional.of(Path.of(args[0])), () -> Platform.runLater(() -> {
                final boolean showing = Window.getWindows().stream().anyMatch(w -> w instanceof Stage && w.isShowing());
                System.out.println("showing=" + showing);
                Platform.exit();
            }));
            System.exit(0);
        }
    }
}
