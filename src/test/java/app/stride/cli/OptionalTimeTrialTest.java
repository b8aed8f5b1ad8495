package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coach review 5, defect 3: p03 (a 10-minute runner, a 6-week 5K to finish) had an all-out mile time trial in week 2;
 * returners' miles (p04, p18) read "all-out but even". A finish-goal novice has no time trial; where one stays it is
 * "controlled hard" and optional, on the command line and in the JSON. Each test failed before the fix.
 */
class OptionalTimeTrialTest {

    private static JsonNode json(final String... args) throws Exception {
        final List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        final CliRun r = CliRun.of(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static List<JsonNode> trials(final JsonNode plan) {
        final List<JsonNode> out = new ArrayList<>();
        plan.get("weeks").forEach(w -> w.get("sessions").forEach(s -> {
            if (s.get("type").asText().equals("time-trial")) {
                out.add(s);
            }
        }));
        return out;
    }

    @Test
    void aTenMinuteRunnerRacingToFinishHasNoTimeTrial() throws Exception {
        final JsonNode p03 = json("plan", "--distance", "5k", "--continuous-min", "10", "--weekly-km", "6",
                "--runs-per-week", "3", "--weeks", "6", "--start-date", "2026-12-07");
        assertThat(trials(p03)).isEmpty();
    }

    @Test
    void aReturnersTimeTrialIsControlledHardAndOptional() throws Exception {
        final JsonNode p18 = json("plan", "--units", "mi", "--distance", "10k", "--weekly-mi", "12", "--longest-run-mi", "5",
                "--runs-per-week", "3", "--days-off", "90", "--weeks", "10", "--start-date", "2026-12-07");
        assertThat(trials(p18)).hasSize(1).allSatisfy(t -> {
            assertThat(t.get("optional").asBoolean()).isTrue();
            assertThat(t.get("effortCode").asText()).isEqualTo("controlledHard");
            assertThat(t.get("description").asText()).startsWith("Optional time trial").contains("not all-out")
                    .doesNotContain("as fast as you can");
        });
        final CliRun text = CliRun.of("plan", "--units", "mi", "--distance", "10k", "--weekly-mi", "12", "--longest-run-mi", "5",
                "--runs-per-week", "3", "--days-off", "90", "--weeks", "10", "--start-date", "2026-12-07");
        final String line = text.out().lines().filter(l -> l.contains("time-trial")).findFirst().orElseThrow();
        assertThat(line).contains("controlled hard (RPE 7–8)").contains("Optional time trial").doesNotContain("all-out but even");
    }

    @Test
    void anEasyRunIsNotOptional() throws Exception {
        final JsonNode p03 = json("plan", "--distance", "5k", "--continuous-min", "10", "--weekly-km", "6",
                "--runs-per-week", "3", "--weeks", "6", "--start-date", "2026-12-07");
        assertThat(p03.get("weeks").get(0).get("sessions")).allSatisfy(s -> assertThat(s.get("optional").asBoolean()).isFalse());
    }
}
