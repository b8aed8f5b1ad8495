package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.store.DataFolder;
import app.stride.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile arguments and {@code --batch} lines against every command (seeded; {@code CliFuzzBenchmark} runs longer):
 * exit 2, one line naming what is wrong, no stack trace, no line longer than a screenful, the database unchanged and
 * no data folder created.
 */
class CliFuzzTest {

    static final int CASES = 300;
    static final long SEED = 11_2026L;

    @TempDir
    Path dir;

    @Test
    void everyHostileInputIsRefusedInOneLineAndChangesNothing() throws Exception {
        final Path existing = dir.resolve("existing");
        Database.open(new DataFolder(existing));
        final String before = digest(existing.resolve("stride.db"));
        final HostileInput input = new HostileInput(SEED, LocalDate.now());
        final SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < CASES; i++) {
            final boolean fresh = i % 2 == 0;
            final Path folder = fresh ? dir.resolve("never-" + i) : existing;
            final HostileInput.Case c = input.next(folder.toString());
            final HostileInput.Outcome o = HostileInput.run(c);
            final String what = c.name() + " " + abbreviate(c.args() + " stdin=" + c.stdin());
            soft.assertThat(o.code()).as(what).isEqualTo(Cli.EXIT_BAD_INPUT);
            soft.assertThat(o.errLines()).as(what + " err").hasSize(1);
            soft.assertThat(o.err()).as(what + " err").doesNotContain("Exception").doesNotContain("\tat ");
            soft.assertThat(o.err().length()).as(what + " err length").isLessThan(600);
            if (c.stdin().isEmpty()) {
                soft.assertThat(o.out()).as(what + " out").isEmpty();
            } else {
                // --batch answers every line with a JSON error, each short
                soft.assertThat(o.out().lines().toList()).as(what + " out").hasSize((int) c.stdin().lines().count())
                        .allSatisfy(l -> assertThat(l).startsWith("{\"error\":").hasSizeLessThan(600));
            }
            if (fresh) {
                soft.assertThat(folder).as(what + ": no folder made").doesNotExist();
            }
        }
        soft.assertThat(digest(existing.resolve("stride.db"))).as("database unchanged").isEqualTo(before);
        soft.assertAll();
    }

    @Test
    void theInputsTheIssueFoundWronglyAcceptedAreRefused() throws Exception {
        final String race = LocalDate.now().plusWeeks(10).toString();
        final String d = dir.resolve("data").toString();
        final java.util.List<java.util.List<String>> lines = java.util.List.of(
                java.util.List.of("plan", "--distance", "5k", "--race-date", race, "--weeks", "１２", "--save", "--data-dir", d),
                java.util.List.of("plan", "--distance", "5k", "--race-date", race, "--weekly-km", "10d", "--save", "--data-dir", d),
                java.util.List.of("outfit", "--temp", "5", "--wear", "--date", "+999999999-12-31", "--data-dir", d),
                java.util.List.of("outfit", "--temp", "5", "--wear", "--date", "1899-12-31", "--data-dir", d),
                java.util.List.of("feedback", "ok", "--date", "1899-12-31", "--dress-for", "5", "--data-dir", d),
                java.util.List.of("outfit", "--temp", "a".repeat(100_000), "--data-dir", d));
        for (java.util.List<String> args : lines) {
            final HostileInput.Outcome o = HostileInput.run(new HostileInput.Case("listed", args, ""));
            assertThat(o.code()).as(abbreviate(args.toString())).isEqualTo(Cli.EXIT_BAD_INPUT);
            assertThat(o.errLines()).as(abbreviate(args.toString())).singleElement().asString().hasSizeLessThan(500);
        }
        final HostileInput.Outcome batch = HostileInput.run(new HostileInput.Case("batch",
                java.util.List.of("outfit", "--batch", "--data-dir", d), "{\"temp\":5}{\"temp\":6}\n"));
        assertThat(batch.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(batch.out()).contains("nothing after it");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    static String abbreviate(final String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static String digest(final Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
