package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.store.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New-user review (issue 11): {@code stride shoes} says each pair's wear in words, as the Shoes screen. Failed before (no command). */
class ShoesCommandTest {

    @TempDir
    Path dir;

    @Test
    void eachPairSaysHowWornItIsInWordsWithAMarkAndTheColumnsLineUp() {
        final StrideServices s = StrideServices.open(new DataFolder(dir), Clock.systemUTC());
        s.shoes().add("Fresh Novablast", 100_000, 700_000);
        s.shoes().add("Pegasus", 588_000, 700_000);
        s.shoes().add("Old Clifton 9 – road", 720_000, 700_000);

        final CliRun r = CliRun.of("shoes", "--data-dir", dir.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        final List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("Pair").contains("Replace at").contains("Used");
        assertThat(line(lines, "Pegasus")).contains("588 km").contains("700 km").contains("84%")
                .endsWith("! getting worn: time to look for the next pair");
        assertThat(line(lines, "Old Clifton")).contains("102%").contains("!! past its life");
        assertThat(line(lines, "Fresh")).contains("14%").doesNotContain("!");
        // "Used" right-aligned in one column on every line.
        assertThat(lines.stream().map(l -> l.indexOf('%') < 0 ? l.indexOf("Used") + 3 : l.indexOf('%')).distinct()).hasSize(1);
    }

    private static String line(final List<String> lines, final String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
