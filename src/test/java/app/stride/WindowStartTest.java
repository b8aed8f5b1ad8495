package app.stride;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a plain window start skips the command-line parser; everything else still goes through picocli. */
class WindowStartTest {

    @Test
    void theWindowWithOrWithoutADataFolderStartsWithoutTheParser() {
        assertThat(WindowStart.of(new String[0])).contains(new WindowStart(Optional.empty(), false));
        assertThat(WindowStart.of(new String[] {"--data-dir", "/tmp/a b"})).contains(new WindowStart(Optional.of(Path.of("/tmp/a b")), false));
        assertThat(WindowStart.of(new String[] {"--startup-probe", "--data-dir=/tmp/x"}))
                .contains(new WindowStart(Optional.of(Path.of("/tmp/x")), true));
    }

    @Test
    void commandsMistakesAndDoubtfulFoldersAreLeftToTheParser() {
        for (String[] args : new String[][] {
                {"info"}, {"--help"}, {"--version"}, {"--data-dir"}, {"--data-dir", ""}, {"--data-dir", " "},
                {"--data-dir="}, {"--data-dir", "--startup-probe"}, {"--data-dir", "a", "--data-dir", "b"},
                {"--startup-probe", "--startup-probe"}, {"--data-dir", "a\u0000b"}, {"--data-dir", "/tmp/x", "today"}}) {
            assertThat(WindowStart.of(args)).as(String.join(" ", args)).isEmpty();
        }
    }
}
