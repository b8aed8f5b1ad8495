package app.stride.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeCacheTest {

    private static final String ENTRY = "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";

    @TempDir
    Path tmp;

    @Test
    void extractsOnceIntoAPrivateFolderUnderANameCarryingCrcAndSize() throws IOException {
        final byte[] lib = "the native library, version one".getBytes(StandardCharsets.UTF_8);
        final Path jar = jar("v1.jar", lib);
        final Path dir = tmp.resolve("cache/stride/native");

        final Optional<Path> copy = SqliteNativeCache.cachedCopy(jar, ENTRY, dir);

        assertTrue(copy.isPresent());
        assertEquals(dir.resolve(SqliteNativeCache.copyName("libsqlitejdbc.so", crc(lib), lib.length)), copy.get());
        assertTrue(copy.get().getFileName().toString().matches("libsqlitejdbc-[0-9a-f]{8}-" + lib.length + "\\.so"));
        assertArrayEquals(lib, Files.readAllBytes(copy.get()));
        assertEquals(List.of(copy.get().getFileName().toString()), names(dir), "no temporary file left behind");
        if (OwnerOnly.posix()) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        }
    }

    @Test
    void reusesTheCopyOnTheNextStartWithoutExtractingAgain() throws IOException {
        final byte[] lib = "the native library, version one".getBytes(StandardCharsets.UTF_8);
        final Path jar = jar("v1.jar", lib);
        final Path dir = tmp.resolve("native");
        final Path first = SqliteNativeCache.cachedCopy(jar, ENTRY, dir).orElseThrow();
        // Same size, other bytes: an extraction would write the jar's bytes back.
        final byte[] marker = new byte[lib.length];
        Files.write(first, marker);

        final Path second = SqliteNativeCache.cachedCopy(jar, ENTRY, dir).orElseThrow();

        assertEquals(first, second);
        assertArrayEquals(marker, Files.readAllBytes(second));
    }

    @Test
    void reExtractsWhenTheJarEntryChangesAndDropsTheOldCopy() throws IOException {
        final byte[] v1 = "the native library, version one".getBytes(StandardCharsets.UTF_8);
        final byte[] v2 = "the native library, version two".getBytes(StandardCharsets.UTF_8); // same size, other CRC
        final Path dir = tmp.resolve("native");
        final Path old = SqliteNativeCache.cachedCopy(jar("v1.jar", v1), ENTRY, dir).orElseThrow();

        final Path copy = SqliteNativeCache.cachedCopy(jar("v2.jar", v2), ENTRY, dir).orElseThrow();

        assertNotEquals(old, copy);
        assertArrayEquals(v2, Files.readAllBytes(copy));
        assertEquals(List.of(copy.getFileName().toString()), names(dir));
    }

    @Test
    void reExtractsACopyOfTheWrongSize() throws IOException {
        final byte[] lib = "the native library, version one".getBytes(StandardCharsets.UTF_8);
        final Path jar = jar("v1.jar", lib);
        final Path dir = tmp.resolve("native");
        final Path copy = SqliteNativeCache.cachedCopy(jar, ENTRY, dir).orElseThrow();
        Files.write(copy, new byte[3]); // cut short

        assertArrayEquals(lib, Files.readAllBytes(SqliteNativeCache.cachedCopy(jar, ENTRY, dir).orElseThrow()));
    }

    @Test
    void givesNothingWhenTheFolderCannotBeMade() throws IOException {
        final Path jar = jar("v1.jar", "lib".getBytes(StandardCharsets.UTF_8));
        final Path notAFolder = Files.writeString(tmp.resolve("file"), "x");

        assertEquals(Optional.empty(), SqliteNativeCache.cachedCopy(jar, ENTRY, notAFolder.resolve("native")));
    }

    @Test
    void givesNothingWhenTheFolderCannotBeWritten() throws IOException {
        assumeTrue(OwnerOnly.posix());
        final Path jar = jar("v1.jar", "lib".getBytes(StandardCharsets.UTF_8));
        final Path dir = Files.createDirectory(tmp.resolve("native"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        assumeTrue(!Files.isWritable(dir), "root writes anywhere");

        assertEquals(Optional.empty(), SqliteNativeCache.cachedCopy(jar, ENTRY, dir));
    }

    @Test
    void givesNothingForAJarWithoutTheLibrary() throws IOException {
        final Path jar = jar("other.jar", null);

        assertEquals(Optional.empty(), SqliteNativeCache.cachedCopy(jar, ENTRY, tmp.resolve("native")));
        assertFalse(Files.exists(tmp.resolve("native").resolve("libsqlitejdbc.so")));
    }

    @Test
    void leavesALibraryPathTheUserChoseAlone() {
        final Properties props = new Properties();
        props.setProperty(SqliteNativeCache.PATH_PROPERTY, "/opt/mine");
        props.setProperty(SqliteNativeCache.FOLDER_PROPERTY, tmp.resolve("native").toString());

        assertFalse(SqliteNativeCache.configure(props, Map.of(), "Linux", "amd64", tmp));
        assertEquals("/opt/mine", props.getProperty(SqliteNativeCache.PATH_PROPERTY));
        assertEquals(null, props.getProperty(SqliteNativeCache.NAME_PROPERTY));
        assertFalse(Files.exists(tmp.resolve("native")));
    }

    @Test
    void leavesThePropertiesUnsetOnAnUnknownPlatform() {
        final Properties props = new Properties();

        assertFalse(SqliteNativeCache.configure(props, Map.of(), "Linux", "s390x", tmp));
        assertTrue(props.isEmpty());
    }

    @Test
    void namesTheEntrySqliteJdbcExtractsOnEachPlatform() {
        assertEquals(Optional.of("org/sqlite/native/Linux/x86_64/libsqlitejdbc.so"),
                SqliteNativeCache.entryFor("Linux", "amd64", false));
        assertEquals(Optional.of("org/sqlite/native/Linux-Musl/aarch64/libsqlitejdbc.so"),
                SqliteNativeCache.entryFor("Linux", "aarch64", true));
        assertEquals(Optional.of("org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib"),
                SqliteNativeCache.entryFor("Mac OS X", "aarch64", false));
        assertEquals(Optional.of("org/sqlite/native/Windows/x86_64/sqlitejdbc.dll"),
                SqliteNativeCache.entryFor("Windows 11", "amd64", false));
    }

    @Test
    void keepsTheCacheWhereEachPlatformKeepsCaches() {
        final Path home = Path.of("/home/ann");
        assertEquals(Path.of("/xdg/stride/native"), SqliteNativeCache.folderFor(Map.of("XDG_CACHE_HOME", "/xdg"), "Linux", home));
        assertEquals(home.resolve(".cache/stride/native"), SqliteNativeCache.folderFor(Map.of(), "Linux", home));
        assertEquals(home.resolve("Library/Caches/Stride/native"), SqliteNativeCache.folderFor(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/local/Stride/cache/native"),
                SqliteNativeCache.folderFor(Map.of("LOCALAPPDATA", "/local"), "Windows 11", home));
    }

    @Test
    void pointsSqliteJdbcAtTheCopyOfTheRealDriver() throws IOException {
        final Properties props = new Properties();
        final Path dir = tmp.resolve("native");
        props.setProperty(SqliteNativeCache.FOLDER_PROPERTY, dir.toString());
        final String os = System.getProperty("os.name");
        final String arch = System.getProperty("os.arch");
        assumeTrue(SqliteNativeCache.entryFor(os, arch, false).isPresent());

        assertTrue(SqliteNativeCache.configure(props, Map.of(), os, arch, tmp));

        final Path lib = Path.of(props.getProperty(SqliteNativeCache.PATH_PROPERTY))
                .resolve(props.getProperty(SqliteNativeCache.NAME_PROPERTY));
        assertEquals(dir.toAbsolutePath(), lib.getParent());
        assertTrue(Files.size(lib) > 100_000, "the driver's library, not a stub");
    }

    private Path jar(final String name, final byte[] lib) throws IOException {
        final Path jar = tmp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("org/sqlite/JDBC.class"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
            if (lib != null) {
                zip.putNextEntry(new ZipEntry(ENTRY));
                zip.write(lib);
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static long crc(final byte[] bytes) {
        final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    private static List<String> names(final Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
