package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqlitePlanRepository;
import app.stride.store.SqliteShoeRack;
import app.stride.store.Tables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code today}, {@code log}, {@code progress} and {@code why} over a saved 8-week 10K plan: sessions on Tuesday,
 * Thursday and Sunday from Monday 2027-01-11, race on Sunday 2027-03-07.
 */
class DailyCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate START = LocalDate.of(2027, 1, 11);

    @TempDir
    Path dir;

    Database db;

    @BeforeEach
    void savePlan() {
        db = Database.open(new DataFolder(dir));
        savePlan(db);
    }

    static void savePlan(final Database db) {
        final Clock planned = Clock.fixed(LocalDate.of(2027, 1, 6).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new SqlitePlanRepository(db, planned).saveAsCurrent(new PlanGenerator(planned).generate(new PlanRequest(Goal.TIME,
                Optional.of(RaceDistance.TEN_K), Optional.empty(), Optional.of(START), Optional.of(LocalDate.of(2027, 3, 7)),
                Optional.empty(), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SUNDAY), Optional.empty(),
                new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(25))), Optional.of(25_000.0),
                        Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
    }

    private CliRun run(final String... args) {
        final List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.toString());
        return CliRun.of(all.toArray(String[]::new));
    }

    private static JsonNode json(final CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void todayOnARestDayHasNoSessionAndNamesTheNext() throws Exception {
        final JsonNode t = json(run("today", "--json", "--as-of", "2027-01-11"));
        assertThat(t.get("date").asText()).isEqualTo("2027-01-11");
        assertThat(t.get("session").isNull()).isTrue();
        assertThat(t.get("next").get("date").asText()).isEqualTo("2027-01-12");
        assertThat(t.get("next").has("steps")).as("the session as in the plan JSON").isTrue();
        assertThat(t.get("week").asInt()).isEqualTo(1);
        assertThat(t.get("weeks").asInt()).isEqualTo(8);
        assertThat(t.get("daysToRace").asInt()).isEqualTo(55);
        assertThat(t.get("why").isNull()).isTrue();
    }

    @Test
    void todayOnARunDayShowsItsSessionAndTheNextAndTheWhy() throws Exception {
        assertThat(run("why", "To keep up with my kids").exitCode()).isZero();
        final JsonNode t = json(run("today", "--json", "--as-of", "2027-01-21"));
        assertThat(t.get("session").get("date").asText()).isEqualTo("2027-01-21");
        assertThat(t.get("session").get("id").asLong()).isPositive();
        assertThat(t.get("session").get("status").asText()).isEqualTo("planned");
        assertThat(t.get("next").get("date").asText()).isEqualTo("2027-01-24");
        assertThat(t.get("week").asInt()).isEqualTo(2);
        assertThat(t.get("why").asText()).isEqualTo("To keep up with my kids");

        final CliRun text = run("today", "--as-of", "2027-01-21");
        assertThat(text.out()).contains("Thu 21 Jan 2027 · Week 2 of 8 · 45 days to your race").contains("Today: ")
                .contains("Next: ").contains("Why: To keep up with my kids");
    }

    @Test
    void onceTodayIsLoggedTodayShowsWhatWasRun() throws Exception {
        run("log", "done", "--distance-km", "5.2", "--time", "33:10", "--as-of", "2027-01-12");
        final JsonNode t = json(run("today", "--json", "--as-of", "2027-01-12"));
        assertThat(t.get("session").get("status").asText()).isEqualTo("done");
        assertThat(t.get("logged")).singleElement().satisfies(r -> assertThat(r.get("distanceKm").asDouble()).isEqualTo(5.2));
        assertThat(run("today", "--as-of", "2027-01-12").out().lines().toList().get(1))
                .isEqualTo("Logged: easy run + strides, done, 5.2 km in 33:10 (6:23 /km)");
    }

    @Test
    void todayWithoutAPlanSaysHowToMakeOne(@TempDir final Path empty) throws Exception {
        final JsonNode t = json(CliRun.of("today", "--json", "--as-of", "2027-01-21", "--data-dir", empty.toString()));
        assertThat(t.get("session").isNull()).isTrue();
        assertThat(t.get("week").isNull()).isTrue();
        assertThat(CliRun.of("today", "--data-dir", empty.toString()).out()).contains("No plan yet");
    }

    @Test
    void logTicksOffTheDaysSessionAndPrintsOneLine() throws Exception {
        final CliRun log = run("log", "--date", "2027-01-12", "done", "--distance-km", "5.2", "--time", "33:00", "--rpe", "4",
                "--feel", "good", "--note", "felt fine", "--as-of", "2027-01-12");

        assertThat(log.exitCode()).as(log.err()).isZero();
        assertThat(log.out().lines()).singleElement().asString()
                .isEqualTo("Logged run 1: Tue 12 Jan 2027, easy run + strides, done, 5.2 km in 33:00 (6:21 /km).");
        final JsonNode list = json(run("log", "--list", "--json"));
        assertThat(list).hasSize(1);
        final JsonNode r = list.get(0);
        assertThat(r.get("date").asText()).isEqualTo("2027-01-12");
        assertThat(r.get("extra").asBoolean()).isFalse();
        assertThat(r.get("status").asText()).isEqualTo("done");
        assertThat(r.get("distanceKm").asDouble()).isEqualTo(5.2);
        assertThat(r.get("timeSec").asInt()).isEqualTo(1980);
        assertThat(r.get("time").asText()).isEqualTo("33:00");
        assertThat(r.get("rpe").asInt()).isEqualTo(4);
        assertThat(r.get("feel").asText()).isEqualTo("good");
        assertThat(r.get("note").asText()).isEqualTo("felt fine");
    }

    @Test
    void aDayWithoutASessionLogsAnExtraRunInMilesWithUnknownTime() throws Exception {
        new SqliteShoeRack(db).add("Pegasus 40", 0, 700_000, START);
        final CliRun log = run("log", "--date", "2027-01-13", "partial", "--distance-mi", "3.1", "--shoe", "pegasus 40",
                "--as-of", "2027-01-14");

        assertThat(log.exitCode()).as(log.err()).isZero();
        assertThat(log.out()).isEqualTo("Logged run 1: Wed 13 Jan 2027, extra run, cut short, 5 km." + System.lineSeparator());
        final JsonNode r = json(run("log", "--list", "--json")).get(0);
        assertThat(r.get("extra").asBoolean()).isTrue();
        assertThat(r.get("sessionId").isNull()).isTrue();
        assertThat(r.get("distanceKm").asDouble()).isEqualTo(4.99);
        assertThat(r.get("time").isNull()).isTrue();
        assertThat(r.get("shoe").asText()).isEqualTo("Pegasus 40");
    }

    @Test
    void iRanItWithoutNumbersIsStoredAsUnknown() throws Exception {
        assertThat(run("log", "--date", "2027-01-12", "done", "--as-of", "2027-01-14").out())
                .contains("distance and time unknown");
        final JsonNode r = json(run("log", "--list", "--json")).get(0);
        assertThat(r.get("distanceKm").isNull()).isTrue();
        assertThat(r.get("timeSec").isNull()).isTrue();
        assertThat(Tables.dump(db, "logged_session").get(0).get("distance_m")).isNull();
        assertThat(run("log", "--list").out()).contains("unknown").doesNotContain("0 km");
    }

    @Test
    void listShowsNewestFirstAndFiltersByTheCurrentPlan() {
        run("log", "--date", "2027-01-05", "done", "--distance-km", "4", "--as-of", "2027-01-14");
        run("log", "--date", "2027-01-12", "done", "--distance-km", "5", "--as-of", "2027-01-14");
        run("log", "--date", "2027-01-14", "skipped", "--note", "sick", "--as-of", "2027-01-14");

        final List<String> all = run("log", "--list").out().lines().toList();
        assertThat(all).hasSize(4);
        assertThat(all.get(0)).startsWith("ID").contains("Distance").contains("Shoe / note");
        assertThat(all.get(1)).startsWith("3").contains("2027-01-14").contains("skipped").endsWith("sick");
        assertThat(all.get(3)).startsWith("1").contains("extra run").contains("4 km");
        assertThat(run("log", "--list", "--plan", "current").out().lines()).hasSize(3).noneMatch(l -> l.contains("2027-01-05"));
    }

    @Test
    void editChangesOnlyWhatIsGiven() throws Exception {
        run("log", "--date", "2027-01-12", "done", "--distance-km", "5", "--time", "30:00", "--as-of", "2027-01-14");
        final CliRun edit = run("log", "--edit", "1", "partial", "--distance-km", "3.5", "--as-of", "2027-01-14");

        assertThat(edit.exitCode()).as(edit.err()).isZero();
        assertThat(edit.out()).startsWith("Updated run 1: Tue 12 Jan 2027, easy run + strides, cut short, 3.5 km in 30:00");
        final JsonNode r = json(run("log", "--list", "--json")).get(0);
        assertThat(r.get("status").asText()).isEqualTo("partial");
        assertThat(r.get("timeSec").asInt()).isEqualTo(1800);
    }

    @Test
    void anExtraRunCanMoveDayAndANoteCanBeCleared() throws Exception {
        run("log", "--date", "2027-01-13", "done", "--distance-km", "4", "--note", "with Sam", "--as-of", "2027-01-14");
        final CliRun edit = run("log", "--edit", "1", "--date", "2027-01-11", "--note", "", "--as-of", "2027-01-14");

        assertThat(edit.exitCode()).as(edit.err()).isZero();
        final JsonNode r = json(run("log", "--list", "--json")).get(0);
        assertThat(r.get("date").asText()).isEqualTo("2027-01-11");
        assertThat(r.get("note").asText()).isEmpty();
        assertThat(r.get("distanceKm").asDouble()).isEqualTo(4.0);
    }

    @Test
    void beforeThePlanStartsTodaySaysWhenItDoes() {
        assertThat(run("today", "--as-of", "2027-01-08").out().lines().findFirst().orElseThrow())
                .isEqualTo("Fri 8 Jan 2027 · Before your plan: the first session is on Tue 12 Jan 2027 · 58 days to your race");
    }

    @Test
    void deleteRemovesTheEntryAndOpensTheSessionAgain() throws Exception {
        run("log", "--date", "2027-01-12", "done", "--distance-km", "5", "--as-of", "2027-01-14");
        final CliRun del = run("log", "--delete", "1", "--as-of", "2027-01-14");

        assertThat(del.exitCode()).as(del.err()).isZero();
        assertThat(del.out()).isEqualTo("Deleted run 1: Tue 12 Jan 2027, easy run + strides, done, 5 km." + System.lineSeparator());
        assertThat(json(run("log", "--list", "--json"))).isEmpty();
        assertThat(json(run("today", "--json", "--as-of", "2027-01-12")).get("session").get("status").asText()).isEqualTo("planned");
    }

    @Test
    void progressReportsPlannedAgainstDonePerWeek() throws Exception {
        run("log", "--date", "2027-01-12", "done", "--distance-km", "5.2", "--time", "33:00", "--as-of", "2027-01-18");
        run("log", "--date", "2027-01-13", "done", "--distance-km", "4", "--as-of", "2027-01-18");
        run("log", "--date", "2027-01-14", "skipped", "--as-of", "2027-01-18");

        final JsonNode p = json(run("progress", "--json", "--as-of", "2027-01-18"));
        assertThat(p.get("streak").asInt()).isEqualTo(1);
        assertThat(p.get("timesOut").asInt()).isEqualTo(2);
        assertThat(p.get("adherencePct").asDouble()).isEqualTo(33.3);
        assertThat(p.get("weeks")).hasSize(8);
        final JsonNode w1 = p.get("weeks").get(0);
        assertThat(w1.get("number").asInt()).isEqualTo(1);
        assertThat(w1.get("plannedKm").asDouble()).isPositive();
        assertThat(w1.get("doneKm").asDouble()).isEqualTo(9.2);
        assertThat(w1.get("sessionsPlanned").asInt()).isEqualTo(3);
        assertThat(w1.get("sessionsDone").asInt()).isEqualTo(1);
        assertThat(p.get("weeks").get(2).get("doneKm").isNull()).as("a week not begun").isTrue();
        assertThat(p.get("summary").get(0).get("code").asText()).isEqualTo("SESSIONS_THIS_MONTH");
        assertThat(p.get("summary").get(0).get("text").asText()).isEqualTo("1 of 3 sessions this month");

        final CliRun text = run("progress", "--as-of", "2027-01-18");
        assertThat(text.out()).startsWith("1 of 3 sessions this month").contains("Sessions done: 1 of 3 due (33%)")
                .contains("Times you made it out: 2").contains("Longest run: 5.2 km on Tue 12 Jan 2027");
    }

    @Test
    void theStreakFollowsTheFirstDayOfTheWeekSetting() throws Exception {
        run("log", "--date", "2027-01-17", "done", "--as-of", "2027-01-18");
        run("log", "--date", "2027-01-18", "done", "--as-of", "2027-01-18");
        assertThat(json(run("progress", "--json", "--as-of", "2027-01-18")).get("streak").asInt()).isEqualTo(2);

        final var settings = new app.stride.store.SqliteSettingsRepository(db);
        settings.save(settings.load().withFirstDayOfWeek(DayOfWeek.SUNDAY));
        assertThat(json(run("progress", "--json", "--as-of", "2027-01-18")).get("streak").asInt()).isEqualTo(1);
    }

    @Test
    void whyIsReadSetAndCleared() {
        assertThat(run("why").out()).startsWith("No why yet");
        assertThat(run("why", "  Because it clears my head ").out()).isEqualTo("Your why is kept: Because it clears my head"
                + System.lineSeparator());
        assertThat(run("why").out().strip()).isEqualTo("Because it clears my head");
        assertThat(run("why", "--clear").out()).startsWith("Your why is cleared");
        assertThat(run("why").out()).startsWith("No why yet");
    }

    @Test
    void nothingIsPrintedOrStoredWhenTheDatabaseRefuses() {
        final Map<String, List<Map<String, Object>>> before = Tables.log(db);
        final CliRun r = run("log", "--edit", "7", "done", "--as-of", "2027-01-14");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString().contains("--edit").contains("7");
        assertThat(Tables.log(db)).isEqualTo(before);
    }
}
