package app.stride.store;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConnection;

/**
 * Copies of the runner's database. A copy is made with {@code VACUUM INTO}, which reads one consistent snapshot while
 * the app may be writing; automatic copies (before a schema migration, once a day) live in {@code backups/} beside the
 * database, the newest {@value #KEEP} kept. A restore goes through SQLite's online backup API, after the data it
 * replaces has been copied aside. Every copy is readable by its owner only (0600 on POSIX).
 */
public final class Backups {

    /** How many automatic copies are kept. */
    public static final int KEEP = 7;
    public static final String FOLDER = "backups";

    /** Why a copy was made; the code is part of the file name. */
    public enum Reason {
        DAILY("daily"), MIGRATION("before-update"), BEFORE_RESTORE("before-restore"), MANUAL("manual");

        private final String code;

        Reason(final String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Reason> parse(final String code) {
            for (Reason r : values()) {
                if (r.code.equals(code)) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    /** One copy in the backups folder. */
    public record Backup(Path file, Instant madeAt, Reason reason, long bytes) {
    }

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("stride-(\\d{8}-\\d{6})(?:-\\d+)?-([a-z-]+)\\.db");
    /** Tables whose rows mean the runner has entered something (settings alone do not count: opening the app writes them). */
    private static final String[] RUNNER_TABLES = {"plan", "logged_session", "shoe", "outfit_feedback", "runner_profile"};

    private final Path databaseFile;
    private final Clock clock;

    public Backups(final DataFolder folder, final Clock clock) {
        this(folder.databaseFile(), clock);
    }

    Backups(final Path databaseFile, final Clock clock) {
        this.databaseFile = databaseFile.toAbsolutePath();
        this.clock = clock;
    }

    /** Where automatic copies are kept. */
    public Path folder() {
        return databaseFile.getParent().resolve(FOLDER);
    }

    /** The automatic copies, newest first. */
    public List<Backup> list() {
        final List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "stride-*.db")) {
            for (Path f : files) {
                final Matcher m = NAME.matcher(f.getFileName().toString());
                final Optional<Reason> reason = m.matches() ? Reason.parse(m.group(2)) : Optional.empty();
                if (reason.isPresent()) {
                    final Instant at = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
                    out.add(new Backup(f, at, reason.get(), Files.size(f)));
                }
            }
        } catch (IOException e) {
            throw new StoreException(Messages.get("backup.error.list", folder(), e.getMessage()), e);
        }
        out.sort(Comparator.comparing(Backup::madeAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    /**
     * Writes a consistent copy of the database to {@code out} (replacing it), readable by the owner only.
     *
     * @throws InvalidInputException naming {@code --out} when its folder does not exist or {@code out} is the database
     */
    public Path export(final Path out) {
        final Path target = out.toAbsolutePath().normalize();
        final Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidInputException("--out", Messages.get("export.error.noFolder", "--out", parent));
        }
        if (Files.isDirectory(target)) {
            throw new InvalidInputException("--out", Messages.get("export.error.isFolder", "--out", target));
        }
        if (target.equals(databaseFile) || target.getParent().equals(databaseFile.getParent())
                && target.getFileName().toString().startsWith(databaseFile.getFileName() + "-")) {
            throw new InvalidInputException("--out", Messages.get("backup.error.overDatabase", "--out"));
        }
        if (!Files.exists(databaseFile)) {
            throw new StoreException(Messages.get("backup.error.noDatabase", databaseFile));
        }
        copy(databaseFile, target);
        return target;
    }

    /** Makes today's automatic copy unless there is one already; returns it when one was made. */
    public Optional<Backup> dailyIfDue() {
        final LocalDate today = LocalDate.now(clock);
        final boolean done = list().stream().anyMatch(b -> b.reason() == Reason.DAILY
                && LocalDate.ofInstant(b.madeAt(), clock.getZone()).equals(today));
        if (done || !Files.exists(databaseFile)) {
            return Optional.empty();
        }
        return Optional.of(make(Reason.DAILY));
    }

    /** Makes an automatic copy now (for "Back up now" and before a restore). */
    public Backup make(final Reason reason) {
        final Path file = freshName(reason);
        copy(databaseFile, file);
        prune();
        return list().stream().filter(b -> b.file().equals(file)).findFirst()
                .orElseGet(() -> new Backup(file, clock.instant(), reason, 0));
    }

    /**
     * Called by {@link Database#open} before it migrates an existing file: the runner can always go back to the data
     * as the older Stride wrote it. A failure here stops the migration (better not to upgrade without a way back).
     */
    static void beforeMigration(final Path databaseFile, final int fromVersion) {
        LOG.info(() -> "backing up " + databaseFile + " (schema " + fromVersion + ") before migrating");
        new Backups(databaseFile, Clock.systemDefaultZone()).make(Reason.MIGRATION);
    }

    /**
     * Restores {@code from} over this data folder's database. Refused when the database already holds the runner's
     * data, unless {@code replace}; then that data is first copied aside (returned).
     */
    public Optional<Path> restore(final Path from, final boolean replace) {
        final Path source = from.toAbsolutePath().normalize();
        final int version = check(source);
        final Optional<Path> keptAside;
        if (Files.exists(databaseFile) && holdsData(databaseFile)) {
            if (!replace) {
                throw new InvalidInputException("--replace", Messages.get("backup.error.wouldReplace", databaseFile.getParent()));
            }
            keptAside = Optional.of(make(Reason.BEFORE_RESTORE).file());
        } else {
            keptAside = Optional.empty();
        }
        try {
            Files.createDirectories(databaseFile.getParent());
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.cannotCreateFolder", databaseFile.getParent(), e.getMessage()), e);
        }
        try (Connection c = DriverManager.getConnection(Database.urlOf(databaseFile))) {
            // The online backup API copies page by page under SQLite's locks, so a running app sees the old or the new data.
            c.unwrap(SQLiteConnection.class).getDatabase().restore("main", source.toString(), null);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("backup.error.restore", source, e.getMessage()), e);
        }
        LOG.info(() -> "restored " + source + " (schema " + version + ") into " + databaseFile);
        return keptAside;
    }

    /** The schema version of a Stride backup; refuses (naming the file) anything else. */
    static int check(final Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("FILE", Messages.get("backup.error.noFile", file));
        }
        // The same rule as opening a data folder (header, length, application id, tables, quick_check), read-only.
        try {
            return DatabaseFile.inspect(file, Database.urlOf(file), Migrations.bundled());
        } catch (SchemaTooNewException e) {
            throw new InvalidInputException("FILE", Messages.get("backup.error.tooNew", file, e.found(), e.known()));
        } catch (UnusableDatabaseException e) {
            throw new InvalidInputException("FILE", Messages.get(e.problem() == StoreProblem.DAMAGED
                    ? "backup.error.damaged" : "backup.error.notStride", file));
        } catch (StoreException e) {
            throw new InvalidInputException("FILE", Messages.get("backup.error.notStride", file));
        }
    }

    private static boolean holdsData(final Path db) {
        try (Connection c = DriverManager.getConnection(Database.urlOf(db)); Statement st = c.createStatement()) {
            for (String t : RUNNER_TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + t + ")")) {
                    if (rs.next() && rs.getInt(1) == 1) {
                        return true;
                    }
                } catch (SQLException missingTable) {
                    // An older or foreign schema: let the data count as present.
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.cannotOpen", db, e.getMessage()), e);
        }
    }

    /** VACUUM INTO a private temporary file beside {@code target}, then moves it into place. */
    private static void copy(final Path source, final Path target) {
        Path tmp = null;
        try {
            createFolder(target.getParent());
            tmp = createPrivateFile(target.getParent());
            try (Connection c = DriverManager.getConnection(Database.urlOf(source));
                 PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, tmp.toString());
                ps.execute();
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | SQLException e) {
            throw new StoreException(Messages.get("backup.error.copy", target, e.getMessage()), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Best effort: a stray empty temporary file is harmless.
                }
            }
        }
    }

    /** The folder, if missing, made readable by its owner only (0700 on POSIX); an existing folder is left as it is. */
    private static void createFolder(final Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** An empty file only its owner can read (VACUUM INTO accepts an empty target and keeps its mode). */
    private static Path createPrivateFile(final Path dir) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, ".stride-copy-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(dir, ".stride-copy-", ".tmp");
    }

    private Path freshName(final Reason reason) {
        final String stamp = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(STAMP);
        Path file = folder().resolve("stride-" + stamp + "-" + reason.code() + ".db");
        for (int n = 2; Files.exists(file); n++) {
            file = folder().resolve("stride-" + stamp + "-" + n + "-" + reason.code() + ".db");
        }
        return file;
    }

    /** Keeps the newest {@value #KEEP} automatic copies; data put aside before a restore is never pruned. */
    private void prune() {
        // The newest copy from before an update is the way back from it: never pushed out by daily or manual copies.
        final Optional<Backup> beforeUpdate = list().stream().filter(b -> b.reason() == Reason.MIGRATION).findFirst();
        final List<Backup> automatic = list().stream().filter(b -> b.reason() != Reason.BEFORE_RESTORE)
                .filter(b -> beforeUpdate.map(u -> !u.file().equals(b.file())).orElse(true)).toList();
        final int keep = beforeUpdate.isPresent() ? KEEP - 1 : KEEP;
        for (Backup old : automatic.subList(Math.min(keep, automatic.size()), automatic.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot remove old backup " + old.file(), e);
            }
        }
    }
}
