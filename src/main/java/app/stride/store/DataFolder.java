package app.stride.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The per-user folder that holds Stride's database and log, chosen by OS convention unless overridden. */
public record DataFolder(Path path) {

    public static final String ENV_HOME = "STRIDE_HOME";
    public static final String DATABASE_FILE = "stride.db";
    public static final String LOG_FILE = "stride.log";
    /** Held (locked) by the open app window, so a second window on the same folder never writes alongside it. */
    public static final String LOCK_FILE = "stride.lock";
    /** Where backups of the database are kept. */
    public static final String BACKUPS = "backups";

    /**
     * Resolves the folder: an explicit {@code --data-dir} wins, then {@code STRIDE_HOME}, then the OS convention
     * (XDG data home on Linux, %APPDATA% on Windows, Application Support on macOS).
     */
    public static DataFolder resolve(final Optional<Path> explicit, final Map<String, String> env, final String osName,
                                     final Path userHome) {
        if (explicit.isPresent()) {
            return new DataFolder(explicit.get().toAbsolutePath().normalize());
        }
        final String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home).toAbsolutePath().normalize());
        }
        final String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            final String appData = env.get("APPDATA");
            final Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return new DataFolder(base.resolve("Stride"));
        }
        if (os.contains("mac")) {
            return new DataFolder(userHome.resolve("Library").resolve("Application Support").resolve("Stride"));
        }
        final String xdg = env.get("XDG_DATA_HOME");
        final Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return new DataFolder(base.resolve("stride"));
    }

    /** The folder for this process: {@code --data-dir} if given, else environment and OS. */
    public static DataFolder forThisMachine(final Optional<Path> explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public Path databaseFile() {
        return path.resolve(DATABASE_FILE);
    }

    public Path logFile() {
        return path.resolve(LOG_FILE);
    }

    public Path lockFile() {
        return path.resolve(LOCK_FILE);
    }
}
