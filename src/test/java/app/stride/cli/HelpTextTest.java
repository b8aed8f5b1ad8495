package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The {@code --help} of every command and subcommand, word for word, checked in as text: the usage text lives in the
 * resource bundle, and a key typed wrong or a line lost on the way shows here as a changed help. After a deliberate
 * change (a new option, a reworded description), rewrite them with
 * {@code mvn test -Dtest=HelpTextTest -Dhelp.write=true}, read the diff, and commit.
 */
class HelpTextTest {

    static final Path DIR = Path.of("src", "test", "resources", "app", "stride", "cli", "help");

    /** Every command as the words typed after {@code stride}: {@code []}, {@code [plan]}, {@code [export, csv]}... */
    static List<List<String>> commands() {
        final List<List<String>> all = new ArrayList<>();
        walk(Cli.create(w -> { }), new ArrayList<>(), all);
        return all;
    }

    private static void walk(final CommandLine cl, final List<String> path, final List<List<String>> all) {
        all.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals(sub.getCommandName())) { // not an alias
                final List<String> next = new ArrayList<>(path);
                next.add(name);
                walk(sub, next, all);
            }
        });
    }

    static String fileName(final List<String> command) {
        return String.join("-", Stream.concat(Stream.of("stride"), command.stream()).toList()) + ".txt";
    }

    static Stream<Named<List<String>>> cases() {
        return commands().stream().map(c -> Named.of(String.join(" ", Stream.concat(Stream.of("stride"), c.stream()).toList()), c));
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("cases")
    void helpIsTheCheckedInText(final List<String> command) throws IOException {
        final List<String> args = new ArrayList<>(command);
        args.add("--help");
        final CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        final String text = run.out().replace("\r\n", "\n");
        final Path file = DIR.resolve(fileName(command));
        if (Boolean.getBoolean("help.write")) {
            Files.createDirectories(DIR);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(file).as("help text for %s", command).exists();
        assertThat(text).as("%s (rewrite with -Dhelp.write=true after a deliberate change)", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void everyCheckedInHelpBelongsToACommand() throws IOException {
        final List<String> expected = commands().stream().map(HelpTextTest::fileName).sorted().toList();
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).isEqualTo(expected);
        }
    }
}
