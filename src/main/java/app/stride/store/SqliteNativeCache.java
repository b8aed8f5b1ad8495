package app.stride.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keeps one copy of sqlite-jdbc's native library per user, so a start does not extract it again (issue 11).
 * Left to itself, sqlite-jdbc copies its ~1.1 MB library out of its jar into {@code java.io.tmpdir} on every start
 * (~80 ms CPU here, and into a world-writable folder). Before anything touches {@code org.sqlite}, this points the
 * driver ({@code org.sqlite.lib.path} / {@code org.sqlite.lib.name}) at a copy in a 0700 cache folder, named after the
 * jar entry's CRC-32 and size so a new driver version gets its own copy. Any failure leaves the properties unset and
 * sqlite-jdbc extracts as before; a path the user set is never overridden.
 */
public final class SqliteNativeCache {

    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    /** Chooses the cache folder instead of the per-user one ({@code bin/stride} keeps its copy under target/). */
    static final String FOLDER_PROPERTY = "stride.nativeCache";
    private static final String ENTRY_FOLDER = "org/sqlite/native/";

    private SqliteNativeCache() {
    }

    /** Points sqlite-jdbc at the cached copy for this machine, extracting it once; whether it did. Never throws. */
    public static boolean useForThisProcess() {
        try {
            return configure(System.getProperties(), System.getenv(), System.getProperty("os.name", ""),
                    System.getProperty("os.arch", ""), Path.of(System.getProperty("user.home", ".")));
        } catch (RuntimeException e) {
            return false; // sqlite-jdbc extracts its library as it always did
        }
    }

    static boolean configure(final Properties props, final Map<String, String> env, final String osName,
                             final String osArch, final Path userHome) {
        if (props.getProperty(PATH_PROPERTY) != null) {
            return false; // the user (or the packaged launcher) chose a library: theirs wins
        }
        final Optional<String> entry = entryFor(osName, osArch, musl());
        if (entry.isEmpty()) {
            return false;
        }
        final Optional<Path> jar = jarHolding(entry.get());
        if (jar.isEmpty()) {
            return false;
        }
        final String folder = props.getProperty(FOLDER_PROPERTY);
        final Path dir = folder != null && !folder.isBlank() ? Path.of(folder) : folderFor(env, osName, userHome);
        final Optional<Path> copy = cachedCopy(jar.get(), entry.get(), dir);
        if (copy.isEmpty()) {
            return false;
        }
        props.setProperty(PATH_PROPERTY, copy.get().getParent().toAbsolutePath().toString());
        props.setProperty(NAME_PROPERTY, copy.get().getFileName().toString());
        return true;
    }

    /**
     * The copy of {@code entryName} from {@code jar} in {@code dir}: the one already there when its name (CRC-32, size)
     * and size match, else a fresh extraction (temporary file in the same folder, checked, then moved in atomically).
     * Empty when the folder cannot be made private or written, or the jar has no such entry.
     */
    static Optional<Path> cachedCopy(final Path jar, final String entryName, final Path dir) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            final ZipEntry entry = zip.getEntry(entryName);
            if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
                return Optional.empty();
            }
            final String base = entryName.substring(entryName.lastIndexOf('/') + 1);
            final String name = copyName(base, entry.getCrc(), entry.getSize());
            OwnerOnly.createFolder(dir);
            if (OwnerOnly.posix() && !Files.getPosixFilePermissions(dir).equals(OwnerOnly.FOLDER)) {
                return Optional.empty(); // someone else could swap the library: do not load from here
            }
            final Path target = dir.resolve(name);
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == entry.getSize()) {
                return Optional.of(target);
            }
            extract(zip, entry, target);
            removeOtherCopies(dir, base, name);
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code libsqlitejdbc.so} with CRC 0x1a2b3c4d and 1107584 bytes: {@code libsqlitejdbc-1a2b3c4d-1107584.so}. */
    static String copyName(final String base, final long crc, final long size) {
        final int dot = base.lastIndexOf('.');
        final String stem = dot > 0 ? base.substring(0, dot) : base;
        final String ext = dot > 0 ? base.substring(dot) : "";
        // No String.format: it would load the locale machinery ahead of the window's first frame.
        final String hex = Long.toHexString(crc);
        return new StringBuilder(stem).append('-').append("00000000", hex.length(), 8).append(hex)
                .append('-').append(size).append(ext).toString();
    }

    private static void extract(final ZipFile zip, final ZipEntry entry, final Path target) throws IOException {
        final Path dir = target.getParent();
        final Path tmp = OwnerOnly.posix()
                ? Files.createTempFile(dir, target.getFileName().toString(), ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                : Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            final CRC32 crc = new CRC32();
            long size;
            try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc);
                 OutputStream out = Files.newOutputStream(tmp)) {
                size = in.transferTo(out);
            }
            if (size != entry.getSize() || crc.getValue() != entry.getCrc()) {
                throw new IOException("native library copy does not match its jar entry");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Copies of other driver versions: a million bytes each that nothing will load again. */
    private static void removeOtherCopies(final Path dir, final String base, final String keep) {
        final int dot = base.lastIndexOf('.');
        final String stem = (dot > 0 ? base.substring(0, dot) : base) + "-";
        final String ext = dot > 0 ? base.substring(dot) : "";
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path p : all) {
                final String n = p.getFileName().toString();
                if (n.startsWith(stem) && n.endsWith(ext) && !n.equals(keep)) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        // in use by a running older Stride (Windows): left for a later start
                    }
                }
            }
        } catch (IOException e) {
            // nothing to tidy
        }
    }

    /** The jar entry sqlite-jdbc would extract on this OS and architecture; empty where this does not know. */
    static Optional<String> entryFor(final String osName, final String osArch, final boolean musl) {
        final String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> "";
        };
        final String os = osName.toLowerCase(Locale.ROOT);
        if (arch.isEmpty()) {
            return Optional.empty();
        } else if (os.startsWith("windows")) {
            return Optional.of(ENTRY_FOLDER.concat("Windows/").concat(arch).concat("/sqlitejdbc.dll"));
        } else if (os.startsWith("mac")) {
            return Optional.of(ENTRY_FOLDER.concat("Mac/").concat(arch).concat("/libsqlitejdbc.dylib"));
        } else if (os.equals("linux") && !System.getProperty("java.runtime.name", "").toLowerCase(Locale.ROOT)
                .contains("android")) {
            return Optional.of(ENTRY_FOLDER.concat(musl ? "Linux-Musl/" : "Linux/").concat(arch).concat("/libsqlitejdbc.so"));
        }
        return Optional.empty();
    }

    /** Whether this JVM runs on musl libc (Alpine), whose library sqlite-jdbc keeps apart. */
    private static boolean musl() {
        final Path maps = Path.of("/proc/self/maps");
        try {
            return new String(Files.readAllBytes(maps), java.nio.charset.StandardCharsets.ISO_8859_1).contains("musl");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The jar file on the class path that holds {@code entry}; empty when it is not in a plain jar file. */
    private static Optional<Path> jarHolding(final String entry) {
        final URL url = SqliteNativeCache.class.getClassLoader().getResource(entry);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        final String spec = url.getFile(); // file:/path/to/sqlite-jdbc.jar!/org/sqlite/...
        final int bang = spec.indexOf("!/");
        if (bang < 0 || !spec.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(new java.net.URI(spec.substring(0, bang))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The per-user cache folder: XDG cache home on Linux, Caches on macOS, %LOCALAPPDATA% on Windows. */
    static Path folderFor(final Map<String, String> env, final String osName, final Path userHome) {
        final String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            final String local = env.get("LOCALAPPDATA");
            final Path base = local != null && !local.isBlank() ? Path.of(local)
                    : userHome.resolve("AppData").resolve("Local");
            return base.resolve("Stride").resolve("cache").resolve("native");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Caches").resolve("Stride").resolve("native");
        }
        final String xdg = env.get("XDG_CACHE_HOME");
        final Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : userHome.resolve(".cache");
        return base.resolve("stride").resolve("native");
    }
}
