package app.stride.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.app.OutfitServices;
import app.stride.common.InvalidInputException;
import app.stride.outfit.Conditions;
import app.stride.outfit.Effort;
import app.stride.outfit.FeedbackAnswer;
import app.stride.outfit.FeedbackResult;
import app.stride.outfit.Outfit;
import app.stride.outfit.OutfitService;
import app.stride.outfit.Tendency;
import app.stride.settings.TemperatureUnit;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outfit repositories and service against a real SQLite file. */
class OutfitStoreTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.parse("2026-11-20");

    private Database db() {
        return Database.open(new DataFolder(dir));
    }

    private long logRun(final Database db, final LocalDate date) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO logged_session (date, type, created_at) VALUES (?, 'easy', '2026-11-20T08:00:00Z')")) {
                ps.setString(1, date.toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void outfitMigrationApplies() {
        // not pinned to version 2: the integrator may renumber V002__outfit.sql next to another feature's V002
        final Database db = db();
        assertThat(db.schemaVersion()).isEqualTo(db.latestSchemaVersion());
        final boolean counts = db.read(c -> {
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "outfit_offset", "too_cold")) {
                return rs.next();
            }
        });
        final boolean shown = db.read(c -> {
            try (ResultSet rs = c.getMetaData().getTables(null, null, "outfit_shown", null)) {
                return rs.next();
            }
        });
        assertThat(counts).isTrue();
        assertThat(shown).isTrue();
    }

    @Test
    void feedbackIsPersistedBoundedAndLinkedToTheRun() {
        final Database db = db();
        final long run = logRun(db, DAY);
        final OutfitService s = OutfitServices.outfit(db, clock);
        final Outfit o = s.recommend(Conditions.of(4.4), Effort.EASY);
        FeedbackResult r = null;
        for (int i = 2; i >= 0; i--) {
            s.remember(DAY.minusDays(i), o);
            r = s.recordFeedback(DAY.minusDays(i), FeedbackAnswer.TOO_COLD);
        }
        assertThat(r.loggedSessionId()).contains(run);
        assertThat(r.band().offsetC()).isEqualTo(3.0);
        final String runAnswer = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT outfit_feedback FROM logged_session WHERE id = ?")) {
                ps.setLong(1, run);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
        assertThat(runAnswer).isEqualTo("too-cold");

        // a fresh service on a freshly opened database sees the same: it is persisted
        final OutfitService again = OutfitServices.outfit(db(), clock);
        assertThat(again.learned()).singleElement().satisfies(l -> {
            assertThat(l.band().bandC()).isZero();
            assertThat(l.text().text()).isEqualTo("You've felt cold 3 times around 3 °C: we now dress you noticeably warmer there "
                    + "(as if it were 3 °C colder).");
        });
        final Outfit warmer = again.recommend(Conditions.of(4.4), Effort.EASY);
        assertThat(warmer.dressForC()).isLessThan(o.dressForC());
        assertThat(warmer.warmth()).isGreaterThanOrEqualTo(o.warmth());

        for (int i = 1; i <= 10; i++) {
            again.recordFeedback(DAY.plusDays(i), FeedbackAnswer.TOO_COLD, o.baseDressForC());
        }
        assertThat(again.learned().get(0).band().offsetC()).isEqualTo(5.0);
        assertThat(new SqliteOutfitFeedbackRepository(db, clock).history()).hasSize(13);
    }

    @Test
    void answeringTheSameDayThreeTimesCountsOnce() {
        final Database db = db();
        final OutfitService s = OutfitServices.outfit(db, clock);
        s.remember(DAY, s.recommend(Conditions.of(4.4), Effort.EASY));
        for (int i = 0; i < 3; i++) {
            s.recordFeedback(DAY, FeedbackAnswer.TOO_COLD);
        }
        assertThat(s.learned()).singleElement().satisfies(l -> {
            assertThat(l.band().offsetC()).isEqualTo(1.0);
            assertThat(l.band().tooCold()).isEqualTo(1);
            assertThat(l.text().text()).startsWith("You've felt cold once around 3 °C");
        });
        assertThat(new SqliteOutfitFeedbackRepository(db, clock).history()).hasSize(1);
    }

    @Test
    void aNewAnswerForTheSameDayReplacesTheOldOneAndItsStep() {
        final Database db = db();
        final long run = logRun(db, DAY);
        final OutfitService s = OutfitServices.outfit(db, clock);
        s.recordFeedback(DAY.minusDays(1), FeedbackAnswer.TOO_COLD, 2.0);
        s.recordFeedback(DAY, FeedbackAnswer.TOO_COLD, 2.0);
        final FeedbackResult r = s.recordFeedback(DAY, FeedbackAnswer.TOO_WARM, 2.0);
        // net: yesterday's too-cold (+1) and today's too-warm (-1); today's too-cold is gone
        assertThat(r.band()).isEqualTo(new app.stride.outfit.LearnedBand(0, 0.0, 1, 0, 1));
        assertThat(r.loggedSessionId()).contains(run);
        assertThat(new SqliteOutfitFeedbackRepository(db, clock).history())
                .extracting(e -> e.date() + " " + e.answer().code())
                .containsExactly(DAY.minusDays(1) + " too-cold", DAY + " too-warm");

        final OutfitService alone = OutfitServices.outfit(db(), clock);
        alone.recordFeedback(DAY.plusDays(1), FeedbackAnswer.TOO_COLD, 2.0);
        alone.recordFeedback(DAY.plusDays(1), FeedbackAnswer.TOO_WARM, 2.0);
        assertThat(alone.learned().get(0).band()).isEqualTo(new app.stride.outfit.LearnedBand(0, -1.0, 1, 0, 2));
    }

    @Test
    void tooColdThenTooWarmOnOneDayIsOnlyTooWarm() {
        final OutfitService s = OutfitServices.outfit(db(), clock);
        s.remember(DAY, s.recommend(Conditions.of(4.4), Effort.EASY));
        s.recordFeedback(DAY, FeedbackAnswer.TOO_COLD);
        s.recordFeedback(DAY, FeedbackAnswer.TOO_WARM);
        assertThat(s.learned()).singleElement().satisfies(l -> {
            assertThat(l.band()).isEqualTo(new app.stride.outfit.LearnedBand(0, -1.0, 0, 0, 1));
            assertThat(l.text().text()).startsWith("You've felt warm once around 3 °C");
        });
    }

    @Test
    void replacingAnAnswerInAnotherBandTakesItsStepBackThere() {
        final OutfitService s = OutfitServices.outfit(db(), clock);
        s.recordFeedback(DAY, FeedbackAnswer.TOO_COLD, 2.0);
        s.recordFeedback(DAY, FeedbackAnswer.TOO_WARM, 22.0);
        assertThat(s.learned()).extracting(l -> l.band()).containsExactly(new app.stride.outfit.LearnedBand(20, -1.0, 0, 0, 1));
    }

    @Test
    void afterAResetAReplacedAnswerHasNothingLeftToTakeBack() {
        final OutfitService s = OutfitServices.outfit(db(), clock);
        s.recordFeedback(DAY, FeedbackAnswer.TOO_COLD, 2.0);
        s.resetAll();
        s.recordFeedback(DAY, FeedbackAnswer.TOO_WARM, 2.0);
        assertThat(s.learned()).extracting(l -> l.band()).containsExactly(new app.stride.outfit.LearnedBand(0, -1.0, 0, 0, 1));
        s.recordFeedback(DAY.plusDays(1), FeedbackAnswer.TOO_COLD, 3.0);
        s.reset(0);
        s.recordFeedback(DAY.plusDays(1), FeedbackAnswer.OK, 3.0);
        assertThat(s.learned()).extracting(l -> l.band()).containsExactly(new app.stride.outfit.LearnedBand(0, 0.0, 0, 1, 0));
    }

    @Test
    void atTheBoundAReplacedAnswerTakesBackOnlyWhatItMoved() {
        final OutfitService s = OutfitServices.outfit(db(), clock);
        for (int i = 0; i < 5; i++) {
            s.recordFeedback(DAY.plusDays(i), FeedbackAnswer.TOO_COLD, 2.0);
        }
        s.recordFeedback(DAY.plusDays(5), FeedbackAnswer.TOO_COLD, 2.0); // at +5 already: moves nothing
        s.recordFeedback(DAY.plusDays(5), FeedbackAnswer.OK, 2.0);
        assertThat(s.learned().get(0).band()).isEqualTo(new app.stride.outfit.LearnedBand(0, 5.0, 5, 1, 0));
    }

    @Test
    void rememberingAgainForADayReplacesTheOutfitOfThatDay() {
        final OutfitService s = OutfitServices.outfit(db(), clock);
        final Outfit cold = s.recommend(Conditions.of(4.0), Effort.EASY);
        final Outfit warm = s.recommend(Conditions.of(20.0), Effort.EASY);
        s.remember(DAY, cold);
        s.remember(DAY, warm);
        s.remember(DAY.plusDays(1), cold);
        assertThat(s.recordFeedback(DAY, FeedbackAnswer.OK).entry().baseDressForC()).isEqualTo(warm.baseDressForC());
        assertThat(s.recordFeedback(DAY.plusDays(1), FeedbackAnswer.OK).entry().baseDressForC()).isEqualTo(cold.baseDressForC());
    }

    @Test
    void anAbsurdDressForTemperatureIsBadInput() {
        final OutfitService s = OutfitServices.outfit(db(), clock);
        assertThatThrownBy(() -> s.recordFeedback(DAY, FeedbackAnswer.OK, 1e9)).isInstanceOf(InvalidInputException.class)
                .hasMessage("The dress-for temperature must be between -72 °C and 58 °C");
        assertThatThrownBy(() -> s.recordFeedback(DAY, FeedbackAnswer.OK, Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThat(s.learned()).isEmpty();
    }

    @Test
    void answersWithoutARunAreKeptOnTheirOwn() {
        final OutfitService s = OutfitServices.outfit(db(), clock);
        final FeedbackResult r = s.recordFeedback(DAY, FeedbackAnswer.TOO_WARM, 12.0);
        assertThat(r.loggedSessionId()).isEmpty();
        assertThat(r.band().bandC()).isEqualTo(10);
        assertThat(r.band().offsetC()).isEqualTo(-1.0);
    }

    @Test
    void answerWithoutAnyKnownOutfitIsBadInput() {
        final OutfitService s = OutfitServices.outfit(db(), clock);
        assertThatThrownBy(() -> s.recordFeedback(DAY, FeedbackAnswer.OK)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("--dress-for");
    }

    @Test
    void resetForgetsOneBandOrAllButKeepsTheHistory() {
        final Database db = db();
        final OutfitService s = OutfitServices.outfit(db, clock);
        s.recordFeedback(DAY, FeedbackAnswer.TOO_COLD, 2.0);
        s.recordFeedback(DAY.plusDays(1), FeedbackAnswer.TOO_WARM, 22.0);
        assertThat(s.learned()).hasSize(2);
        s.reset(0);
        assertThat(s.learned()).extracting(l -> l.band().bandC()).containsExactly(20);
        s.resetAll();
        assertThat(s.learned()).isEmpty();
        assertThat(s.recommend(Conditions.of(2), Effort.EASY).learnedShiftC()).isZero();
        assertThat(new SqliteOutfitFeedbackRepository(db, clock).history()).hasSize(2);
    }

    @Test
    void tendencyLivesInTheProfileAndExplanationsFollowTheUnitSetting() {
        final Database db = db();
        final OutfitService s = OutfitServices.outfit(db, clock);
        assertThat(s.tendency()).isEqualTo(Tendency.NEUTRAL);
        s.setTendency(Tendency.COLD);
        assertThat(OutfitServices.outfit(db, clock).tendency()).isEqualTo(Tendency.COLD);
        assertThat(s.recommend(Conditions.of(10), Effort.EASY).request().tendency()).isEqualTo(Tendency.COLD);

        final SqliteSettingsRepository settings = new SqliteSettingsRepository(db);
        settings.save(settings.load().withTemperatureUnit(TemperatureUnit.F));
        s.recordFeedback(DAY, FeedbackAnswer.TOO_COLD, 2.0);
        assertThat(s.learned().get(0).text().text()).contains("around 37 °F");
    }

    @Test
    void sessionTimeComesFromTheSessionThenTheProfile() {
        final Database db = db();
        final OutfitService s = OutfitServices.outfit(db, clock);
        assertThat(s.sessionTime(DAY, java.util.Optional.empty())).isEqualTo(DAY.atTime(7, 0));
        s.setTendency(Tendency.WARM);
        db.inTransaction(c -> c.createStatement().executeUpdate("UPDATE runner_profile SET usual_run_time = '18:30' WHERE id = 1"));
        assertThat(s.sessionTime(DAY, java.util.Optional.empty())).isEqualTo(DAY.atTime(18, 30));
        assertThat(s.sessionTime(DAY, java.util.Optional.of(java.time.LocalTime.of(6, 15)))).isEqualTo(DAY.atTime(6, 15));
    }

    @Test
    void weatherCacheKeepsOneRowPerPosition() {
        final SqliteWeatherCache cache = new SqliteWeatherCache(db());
        assertThat(cache.get(45.5234, -122.6762)).isEmpty();
        cache.put(45.5234, -122.6762, Instant.parse("2026-11-20T07:00:00Z"), "{\"a\":1}");
        cache.put(45.52341, -122.67619, Instant.parse("2026-11-20T08:00:00Z"), "{\"a\":2}");
        assertThat(cache.get(45.5234, -122.6762)).hasValueSatisfying(e -> {
            assertThat(e.json()).isEqualTo("{\"a\":2}");
            assertThat(e.fetchedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        });
    }

    @Test
    void weatherIsOffInAFreshDatabase() {
        assertThat(OutfitServices.weather(db(), clock).isEnabled()).isFalse();
    }
}
