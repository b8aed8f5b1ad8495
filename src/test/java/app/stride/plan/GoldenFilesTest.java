package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every runner in {@link GoldenCases} gets exactly the plan a coach read and signed, checked in as text. After a
 * deliberate change, rewrite them with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.write=true}, read every diff
 * as a coach, and commit.
 */
class GoldenFilesTest {

    static final Path DIR = Path.of("src", "test", "resources", "app", "stride", "plan", "golden");

    static Stream<Named<GoldenCases.Case>> cases() {
        return GoldenCases.all().stream().map(c -> Named.of(c.name(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planMatchesTheReviewedText(final GoldenCases.Case c) throws IOException {
        final String text = GoldenCases.text(c);
        final Path file = DIR.resolve(c.name() + ".txt");
        if (Boolean.getBoolean("golden.write")) {
            Files.createDirectories(DIR);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file for %s", c.name()).exists();
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        if (!text.startsWith("REFUSED")) {
            assertThat(PlanRules.check(new PlanGenerator(Golden.CLOCK, c.unit()).generate(c.request()))).as(c.name()).isEmpty();
        }
    }
}
