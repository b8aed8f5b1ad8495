package app.stride.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Progression (issue 7): workouts grow over the build and are never the same three weeks in a row. Over generated
 * runners, no three consecutive weeks hold the same quality sessions (same type, same steps at pace); weeks with no
 * quality session (strides only) are the whole-week rule's business ({@link PlanRulePropertiesTest}).
 */
class WorkoutVarietyPropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void noThreeWeeksInARowWithTheSameWorkouts() {
        final Runners.Findings f = Runners.findings(new Random(7_0707L), 2000, CLOCK, WorkoutVarietyPropertiesTest::repeats);
        assertThat(f.checked()).as("plans made").isGreaterThan(1500);
        assertThat(f.found()).as("three identical workout weeks in a row, of %d plans", f.checked()).isEmpty();
    }

    /** Each run of three consecutive weeks whose quality sessions are the same, named by its first week. */
    static List<String> repeats(final Plan p) {
        final List<String> found = new ArrayList<>();
        for (int i = 2; i < p.weeks().size(); i++) {
            final String a = workouts(p.weeks().get(i - 2));
            if (!a.isEmpty() && a.equals(workouts(p.weeks().get(i - 1))) && a.equals(workouts(p.weeks().get(i)))) {
                found.add("weeks " + (i - 1) + "–" + (i + 1) + ": " + a);
            }
        }
        return found;
    }

    /** A week's quality sessions, each its type and the steps between warm-up and cool-down, in date order. */
    static String workouts(final PlanWeek w) {
        return w.sessions().stream().filter(s -> s.type().isQuality() && s.type() != SessionType.RACE)
                .map(s -> s.type() + " " + s.description() + " " + s.steps().stream()
                        .filter(x -> x.kind() != Step.Kind.WARM_UP && x.kind() != Step.Kind.COOL_DOWN).toList())
                .collect(Collectors.joining("; "));
    }
}
