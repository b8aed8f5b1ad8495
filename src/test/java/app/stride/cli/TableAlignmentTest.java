package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * New-user review (issue 11): a run/walk plan's table misaligned where a cell like "90 s–3 min / 90 s–3 min" was wider
 * than its fixed {@code %-14s}; columns now take the widest cell's width as a terminal draws it. Failed before.
 */
class TableAlignmentTest {

    /** Where each line's last column (the description) starts, measured in terminal columns. */
    private static int descriptionColumn(final String line, final String description) {
        return TextTable.width(line.substring(0, line.indexOf(description)));
    }

    @Test
    void aRunWalkPlansSessionsLineUpDownTheWholeTable() {
        final CliRun r = CliRun.of("plan", "--distance", "5k", "--continuous-min", "3", "--weeks", "8",
                "--start-date", "2026-11-30");
        assertThat(r.exitCode()).as(r.err()).isZero();
        final List<String> sessions = r.out().lines().filter(l -> l.matches("  [A-Z]{3} \\d{4}-.*")).toList();
        // a wide how-cell: runs of differing length, named (new-user review 4: no longer a range)
        assertThat(sessions).anyMatch(l -> l.contains(" runs, ") && l.contains("running in all"));
        // Every description ("Run/walk with…", "Easy run…", "Race day…") starts in the same column.
        final List<Integer> starts = sessions.stream().map(l -> {
            final java.util.regex.Matcher m = java.util.regex.Pattern.compile("(Run/walk|Easy|Optional|Long|Race day|Race week"
                    + "|\\d+ minutes|Easy run)").matcher(l);
            assertThat(m.find()).as(l).isTrue();
            return descriptionColumn(l, m.group());
        }).distinct().toList();
        assertThat(starts).hasSize(1);
    }

    @Test
    void widthsCountWhatATerminalDrawsNotJavaChars() {
        assertThat(TextTable.width("5–8 min / 3 min")).isEqualTo(15);
        assertThat(TextTable.width("e\u0301")).isEqualTo(1);       // e + combining acute
        assertThat(TextTable.width("走る")).isEqualTo(4);            // two wide characters
        assertThat(TextTable.width("\uD83C\uDFC3")).isEqualTo(2);   // a runner emoji: one code point, two chars
        final List<String> lines = new TextTable("", " | ", TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.LEFT)
                .row("走る", "5 km", "a").row("run", "10 km", "b").row("e\u0301", "1 km", "c").lines();
        assertThat(lines).containsExactly("走る |  5 km | a", "run  | 10 km | b", "e\u0301    |  1 km | c");
    }

    @Test
    void progressColumnsHoldTheRaceWeek() {
        final String out = new TextTable("", "  ", TextTable.Align.RIGHT, TextTable.Align.LEFT, TextTable.Align.LEFT)
                .row("Week", "Planned", "Sessions").row("8", "6.6 km + the race", "0 of 3").row("7", "12 km", "1 of 4")
                .lines().toString();
        assertThat(out).isEqualTo("[Week  Planned            Sessions,    8  6.6 km + the race  0 of 3,    7  12 km              1 of 4]");
    }
}
