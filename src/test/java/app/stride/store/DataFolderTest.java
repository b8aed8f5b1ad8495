package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", HOME).path())
                .isEqualTo(Path.of("/home/ana/.local/share/stride"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME).path())
                .isEqualTo(Path.of("/data/stride"));
    }

    @Test
    void relativeXdgDataHomeIsIgnoredAsTheSpecSays() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME).path())
                .isEqualTo(Path.of("/home/ana/.local/share/stride"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", HOME).path())
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Stride"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME).path())
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Stride"));
    }

    @Test
    void dataDirOptionBeatsStrideHomeWhichBeatsTheConvention() {
        final Map<String, String> env = Map.of("STRIDE_HOME", "/env/home", "XDG_DATA_HOME", "/data");
        assertThat(DataFolder.resolve(Optional.of(Path.of("/opt/d")), env, "Linux", HOME).path()).isEqualTo(Path.of("/opt/d"));
        assertThat(DataFolder.resolve(Optional.empty(), env, "Linux", HOME).path()).isEqualTo(Path.of("/env/home"));
    }

    @Test
    void databaseAndLogLiveInTheFolder() {
        final DataFolder f = new DataFolder(Path.of("/x"));
        assertThat(f.databaseFile()).isEqualTo(Path.of("/x/stride.db"));
        assertThat(f.logFile()).isEqualTo(Path.of("/x/stride.log"));
    }
}
