package app.stride.cli;

import static app.stride.cli.PlanCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.cli.PlanCommandTest.Result;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Coach review 4, item 7: workouts too small to train anything. Each command printed a token session before the
 * minimum dose (failed before the fix): n13 2 × 400 m at 5K race pace, n12 2 × 1 km at 10K race pace, p19 2 × 1 km
 * tempo, 4 × 400 m intervals, 5 × 200 m repetitions, 2 × 800 m race pace; m09 the same; p30 2 × 400 m.
 */
@org.junit.jupiter.api.Disabled("MinimumDose.ON is false: the raise is switched off until it keeps the long run, race pace and feasibility (dose branch, lead to decide)")
class MinimumDoseCommandTest {

    private static final Pattern REPEATS = Pattern.compile("(Race pace|Intervals|Repetitions|Cruise intervals): warm up, (\\d+) × ([\\d.]+) (m|km|mi)");

    private static Result plan(final String... args) {
        final String[] all = new String[args.length + 3];
        all[0] = "plan";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--start-date";
        all[args.length + 2] = "2026-12-07";
        final Result r = run(all);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    /** Metres at pace of every repeat session, checked against the least a coach would set for it. */
    private static void assertNoTokenSessions(final Result r, final boolean fiveK) {
        final Matcher m = REPEATS.matcher(r.out());
        int found = 0;
        while (m.find()) {
            found++;
            final double size = Double.parseDouble(m.group(3)) * switch (m.group(4)) {
                case "km" -> 1000;
                case "mi" -> 1609.344;
                default -> 1;
            };
            final double metres = Integer.parseInt(m.group(2)) * size;
            final double least = switch (m.group(1)) {
                case "Race pace" -> fiveK ? 2000 : 4000;
                case "Intervals" -> 3200;
                case "Repetitions" -> 1600;
                default -> 2000; // tempo: 15 minutes at a 5:40–6:16 threshold is 2.4–2.7 km, so three 1 km repeats
            };
            assertThat(metres).as(m.group()).isGreaterThanOrEqualTo(least);
            assertThat(Integer.parseInt(m.group(2))).as(m.group()).isGreaterThan(2);
        }
        assertThat(found).as("a workout left in the plan").isPositive();
    }

    @Test
    void n13ThreeWeekFiveKRacePaceIsASession() {
        final Result r = plan("--distance", "5k", "--weekly-km", "25", "--longest-run-km", "8", "--runs-per-week", "4",
                "--recent-race", "5k=25:00", "--target-time", "24:00", "--race-date", "2026-12-27");
        assertNoTokenSessions(r, true);
        assertThat(r.out()).contains("3 × 1 km at race pace");
    }

    @Test
    void n12FourWeekTenKRacePaceIsASession() {
        final Result r = plan("--distance", "10k", "--weekly-km", "30", "--longest-run-km", "10", "--runs-per-week", "4",
                "--recent-race", "10k=50:00", "--target-time", "48:00", "--race-date", "2027-01-03");
        assertNoTokenSessions(r, false);
        assertThat(r.out()).doesNotContain("2 × 1 km at race pace").doesNotContain("2 × 400 m at race pace");
    }

    @Test
    void p19ThreeDaysInARowGetsSessionsThatTrain() {
        assertNoTokenSessions(plan("--distance", "10k", "--weekly-km", "20", "--longest-run-km", "8", "--runs-per-week", "3",
                "--days", "mon,tue,wed", "--recent-race", "5k=27:00", "--weeks", "10"), false);
    }

    @Test
    void m09TwentyKmTenKImproverGetsSessionsThatTrain() {
        assertNoTokenSessions(plan("--distance", "10k", "--weekly-km", "20", "--longest-run-km", "7", "--runs-per-week", "3",
                "--recent-race", "5k=30:00", "--target-time", "55:00", "--weeks", "12"), false);
    }

    @Test
    void p30ReturnerRacePaceIsFiveFourHundreds() {
        final Result r = plan("--distance", "5k", "--weekly-km", "20", "--longest-run-km", "6", "--runs-per-week", "3",
                "--days-off", "30", "--cross-trained", "--recent-race", "5k=24:00", "--target-time", "23:30", "--weeks", "6");
        assertNoTokenSessions(r, true);
        assertThat(r.out()).contains("5 × 400 m at race pace");
    }
}
