package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** New-user review 6, 12: what {@code --help} says is true and each option in a usage line reads in one piece. */
class HelpReadsWellTest {

    static java.util.stream.Stream<Named<List<String>>> cases() {
        return HelpTextTest.cases();
    }

    /** The usage lines: from "Usage:" to the first line that is not indented under it. */
    private static List<String> synopsis(final String help) {
        final List<String> out = new ArrayList<>();
        for (String line : help.split("\n")) {
            if (line.startsWith("Usage:") || (!out.isEmpty() && line.startsWith(" "))) {
                out.add(line);
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("cases")
    void noUsageLineBreaksInsideAnOption(final List<String> command) {
        final List<String> args = new ArrayList<>(command);
        args.add("--help");
        // Before the fix: "stride log" broke "[--time=[H:]" / "MM:SS]".
        for (String line : synopsis(CliRun.of(args.toArray(String[]::new)).out().replace("\r\n", "\n"))) {
            int depth = 0;
            for (char c : line.toCharArray()) {
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
                assertThat(depth).as(line).isGreaterThanOrEqualTo(0);
            }
            assertThat(depth).as(line).isZero();
        }
    }

    @Test
    void logUsageNamesEveryOptionOnce() {
        final String usage = String.join("\n", synopsis(CliRun.of("log", "--help").out().replace("\r\n", "\n")));
        final picocli.CommandLine log = Cli.create(w -> { }).getSubcommands().get("log");
        for (picocli.CommandLine.Model.OptionSpec o : log.getCommandSpec().options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                assertThat(usage).as(usage).contains("[" + o.longestName() + (o.arity().max() > 0 ? "=" : ""));
            }
        }
    }

    @Test
    void planHelpSaysSevenRunsAreSixAndARestDayAndShowsExamples() {
        final String help = CliRun.of("plan", "--help").out();

        // Before the fix: "7 every day", while a plan of 7 runs has 6 and a rest day.
        assertThat(help).doesNotContain("7 every day").contains("6 and a rest day");
        assertThat(help).contains("Examples:");
        assertThat(help).contains("stride plan --distance 5k");
    }

    @Test
    void theRaceEstimateSaysWhoItHeardFrom() {
        assertThat(app.stride.common.Messages.get("cli.plan.raceLikely", "30:00", "41:00")).contains("what you told us");
    }
}
