package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.outfit.Conditions;
import app.stride.outfit.Effort;
import app.stride.outfit.FeedbackAnswer;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.store.SqlitePlanRepository;
import app.stride.store.SqliteSettingsRepository;
import app.stride.tracking.TickOff;
import app.stride.ui.task.ImmediateTaskRunner;
import app.stride.weather.FakeOpenMeteo;
import app.stride.weather.Place;
import app.stride.weather.WeatherService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's ViewModel over a real plan in SQLite and a local stand-in for Open-Meteo. */
public class TodayViewModelTest {

    /** A Monday with a session; the recorded forecast covers this day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 7, 20);

    @TempDir
    Path dir;

    private final FakeOpenMeteo openMeteo = new FakeOpenMeteo();
    private StrideServices services;
    private TodayViewModel vm;

    /** Saves an 8-week 5K plan from Monday 13 July, running Monday, Wednesday and Saturday. */
    public static void savePlan(final StrideServices services) {
        final Clock made = clockOn(LocalDate.of(2026, 7, 13));
        new SqlitePlanRepository(services.database(), made).saveAsCurrent(new PlanGenerator(made).generate(
                new PlanRequest(Goal.TIME, Optional.of(RaceDistance.FIVE_K), Optional.empty(), Optional.of(LocalDate.of(2026, 7, 13)),
                        Optional.empty(), Optional.of(8), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY),
                        Optional.empty(), new FitnessInput(Optional.of(new RaceResult(RaceDistance.FIVE_K, Duration.ofMinutes(27))),
                        Optional.of(15_000.0), Optional.of(3), Optional.empty(), Optional.empty(), Optional.empty(), 0, false))));
    }

    public static Clock clockOn(final LocalDate d) {
        return Clock.fixed(d.atTime(5, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @BeforeEach
    void setUp() {
        services = StrideServices.open(new DataFolder(dir), clockOn(TODAY));
        savePlan(services);
        final SqliteSettingsRepository raw = new SqliteSettingsRepository(services.database());
        raw.put(WeatherService.FORECAST_URL, openMeteo.url("/v1/forecast"));
        raw.put(WeatherService.GEOCODING_URL, openMeteo.url("/v1/search"));
        vm = new TodayViewModel(services.tickOff(), services.outfit(), services.weather(), services.shoes(), new ImmediateTaskRunner(),
                new SimpleObjectProperty<>(Settings.DEFAULTS));
    }

    @AfterEach
    void tearDown() {
        openMeteo.close();
    }

    private SavedSession today() {
        return vm.dayProperty().get().flatMap(TickOff.Day::today).orElseThrow();
    }

    @Test
    void loadsTodaysSessionAndPrefillsWhatWasPlanned() {
        vm.load();

        assertThat(today().date()).isEqualTo(TODAY);
        assertThat(vm.distanceProperty().get()).isEqualTo(app.stride.format.Distances.value(today().distanceM().orElseThrow(),
                app.stride.settings.DistanceUnit.KM)).doesNotEndWith(".0");
        assertThat(vm.durationProperty().get()).as("a planned time is prefilled to the second, as typed")
                .isEqualTo(today().durationS().map(app.stride.format.Durations::seconds).orElse(""));
        assertThat(vm.outfitProperty().get()).as("weather is off").isEmpty();
        assertThat(openMeteo.requests).isEmpty();
    }

    @Test
    void iRanItOnAMissedSessionTakesItsNumbersAndCanBeUndone() {
        vm.load();
        final SavedSession missed = vm.dayProperty().get().orElseThrow().missed().get(0);

        vm.late().start(missed);
        assertThat(vm.late().sessionProperty().get()).contains(missed);
        assertThat(services.tickOff().recentRuns(10)).as("nothing logged before the runner says so").isEmpty();
        vm.late().distanceProperty().set("4,2");
        vm.late().durationProperty().set("28:30");
        vm.late().save();

        assertThat(vm.late().sessionProperty().get()).isEmpty();
        assertThat(services.tickOff().recentRuns(10)).singleElement().satisfies(r -> {
            assertThat(r.report().distanceM()).contains(4200.0);
            assertThat(r.report().duration()).contains(java.time.Duration.ofMinutes(28).plusSeconds(30));
        });
        assertThat(vm.messageProperty().get()).startsWith("Logged ").endsWith("Well done for getting out.");
        assertThat(vm.canUndoProperty().get()).isTrue();
        assertThat(vm.dayProperty().get().orElseThrow().missed()).doesNotContain(missed);

        vm.undo();

        assertThat(services.tickOff().recentRuns(10)).isEmpty();
        assertThat(vm.dayProperty().get().orElseThrow().missed()).extracting(SavedSession::id).contains(missed.id());
    }

    @Test
    void iRanItWithABadTimeSaysSoAndKeepsTheForm() {
        vm.load();
        final SavedSession missed = vm.dayProperty().get().orElseThrow().missed().get(0);
        vm.late().start(missed);
        vm.late().durationProperty().set("32:75");

        vm.late().save();

        assertThat(vm.late().errorProperty().get()).startsWith("Time: give");
        assertThat(vm.late().sessionProperty().get()).contains(missed);
        assertThat(vm.late().durationProperty().get()).isEqualTo("32:75");
        assertThat(services.tickOff().recentRuns(10)).isEmpty();
    }

    @Test
    void doneLogsTheRunAndEncourages() {
        vm.load();
        vm.distanceProperty().set("5,2");
        vm.durationProperty().set("31:30");
        vm.effortProperty().set(java.util.Optional.of(4));
        vm.notesProperty().set("sunny, felt strong");

        vm.done();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Done! That's the first time you made it out.");
        assertThat(today().status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(vm.dayProperty().get().orElseThrow().runsLogged()).isEqualTo(1);
    }

    /** New-user review 11: Today asks how the run felt, as the Log does, and keeps it with the run. */
    @Test
    void doneKeepsHowTheRunFelt() {
        vm.load();
        vm.durationProperty().set("31:30");
        vm.feelProperty().set(java.util.Optional.of(app.stride.tracking.Feel.GOOD));

        vm.done();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(services.tickOff().recentRuns(1)).singleElement()
                .satisfies(r -> assertThat(r.report().feel()).contains(app.stride.tracking.Feel.GOOD));
    }

    @Test
    void comingBackToTodayKeepsWhatWasTyped() {
        vm.load();
        vm.durationProperty().set("41:10");
        vm.notesProperty().set("hilly");

        vm.load();

        assertThat(vm.durationProperty().get()).isEqualTo("41:10");
        assertThat(vm.notesProperty().get()).isEqualTo("hilly");
    }

    @Test
    void theRunCountsOnTheChosenShoes() {
        services.shoes().add("Blue Pegasus", 100_000, 700_000);
        vm.load();
        assertThat(vm.shoeProperty().get()).isNotNull();
        vm.distanceProperty().set("5");

        vm.done();

        assertThat(services.shoes().all().get(0).totalM()).isEqualTo(105_000.0);
    }

    /**
     * Review: the pair chosen on Today was replaced by the suggested one once its mileage changed (a run logged or
     * edited on it in the Log), as the chosen Shoe was compared whole, mileage included. Failed before: pair A.
     */
    @Test
    void theChosenPairStaysChosenWithItsNewMileage() {
        services.shoes().add("Pair A", 100_000, 700_000);
        services.shoes().add("Pair B", 200_000, 700_000);
        vm.load();
        final app.stride.gear.Shoe b = vm.shoes().stream().filter(x -> x.name().equals("Pair B")).findFirst().orElseThrow();
        final app.stride.gear.Shoe a = vm.shoes().stream().filter(x -> x.name().equals("Pair A")).findFirst().orElseThrow();
        vm.shoeProperty().set(b);
        final app.stride.gear.Shoe bLater = new app.stride.gear.Shoe(b.id(), b.name(), b.startedOn(), b.initialM(),
                b.retireAtM(), b.retiredOn(), b.loggedM() + 480_000);
        final TodayViewModel.Loaded read = TodayViewModel.read(services.tickOff(), services.outfit(), services.weather(),
                services.shoes());

        vm.show(new TodayViewModel.Loaded(read.day(), read.outfitShown(), java.util.List.of(a, bLater), Optional.of(a),
                read.forecastAt()));

        assertThat(vm.shoeProperty().get()).as("still pair B, with its mileage as it is now").isEqualTo(bLater);
        assertThat(vm.shoeWarningProperty().get()).as("the wear line reads the new mileage").isNotEmpty();
    }

    /** The chosen pair retired elsewhere: the form moves to the pair suggested. */
    @Test
    void aRetiredChosenPairGivesWayToTheSuggestedOne() {
        services.shoes().add("Pair A", 100_000, 700_000);
        services.shoes().add("Pair B", 200_000, 700_000);
        vm.load();
        final app.stride.gear.Shoe b = vm.shoes().stream().filter(x -> x.name().equals("Pair B")).findFirst().orElseThrow();
        final app.stride.gear.Shoe a = vm.shoes().stream().filter(x -> x.name().equals("Pair A")).findFirst().orElseThrow();
        vm.shoeProperty().set(b);
        final TodayViewModel.Loaded read = TodayViewModel.read(services.tickOff(), services.outfit(), services.weather(),
                services.shoes());

        vm.show(new TodayViewModel.Loaded(read.day(), read.outfitShown(), java.util.List.of(a), Optional.of(a),
                read.forecastAt()));

        assertThat(vm.shoeProperty().get()).isEqualTo(a);
    }

    @Test
    void aBadDistanceNamesTheFieldAndKeepsTheText() {
        vm.load();
        vm.distanceProperty().set("five");

        vm.done();

        assertThat(vm.errorProperty().get()).isEqualTo("Distance: give a number of km above 0 and at most 100, or leave it blank if you don't know.");
        assertThat(vm.errorFieldProperty().get()).isEqualTo("distance");
        assertThat(vm.distanceProperty().get()).isEqualTo("five");
        assertThat(today().status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
    }

    @Test
    void aBadTimeIsExplained() {
        vm.load();
        vm.durationProperty().set("45:75");
        vm.done();
        assertThat(vm.errorFieldProperty().get()).isEqualTo("duration");
        assertThat(vm.errorProperty().get()).startsWith("Time: give h:mm:ss, mm:ss or minutes");
    }

    @Test
    void anOutfitShownForTodayIsAskedAboutAndTheAnswerTeaches() {
        services.outfit().remember(TODAY, services.outfit().recommend(Conditions.of(4.0), Effort.EASY));
        vm.load();
        assertThat(vm.askOutfitFeedbackProperty().get()).isTrue();

        vm.outfitAnswerProperty().set(FeedbackAnswer.TOO_COLD);
        vm.done();

        assertThat(vm.messageProperty().get()).startsWith("Done!").contains("cold");
        assertThat(services.outfit().learned()).hasSize(1);
    }

    @Test
    void withoutAnOutfitThereIsNoQuestion() {
        vm.load();
        assertThat(vm.askOutfitFeedbackProperty().get()).isFalse();
    }

    @Test
    void skippingIsGuiltFree() {
        vm.load();
        vm.skip();
        assertThat(today().status()).isEqualTo(app.stride.plan.SessionStatus.SKIPPED);
        assertThat(vm.messageProperty().get()).contains("no need to make it up");
    }

    @Test
    void movingOntoABusyDayIsRefusedWithTheRule() {
        vm.load();
        vm.moveToProperty().set(TODAY.plusDays(2));

        vm.move();

        assertThat(vm.errorFieldProperty().get()).isEqualTo("date");
        assertThat(vm.errorProperty().get()).contains("one session a day");
        assertThat(today().status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
    }

    @Test
    void movingToAFreeDayWorks() {
        vm.load();
        final long id = today().id();
        vm.moveToProperty().set(TODAY.plusDays(1));

        vm.move();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.dayProperty().get().orElseThrow().today()).isEmpty();
        assertThat(vm.dayProperty().get().orElseThrow().next()).map(SavedSession::id).contains(id);
    }

    @Test
    void withWeatherOnTheSessionGetsAnOutfitFromTheForecastWithAttribution() {
        services.weather().choosePlace(new Place("Portland", 45.52, -122.67, "United States", "Oregon", "America/Los_Angeles"));

        vm.load();

        assertThat(vm.outfitProperty().get()).isPresent();
        assertThat(vm.outfitProperty().get().orElseThrow().request().conditions().airC()).isEqualTo(15.0);
        assertThat(vm.outfitNoteProperty().get()).contains("Portland").contains("07:00").contains("Weather data by Open-Meteo.com");
        assertThat(vm.askOutfitFeedbackProperty().get()).as("the outfit shown is remembered").isTrue();
    }

    @Test
    void theForecastOnTodayNeverOverwritesTheOutfitTheRunnerKept() {
        // Review defect: every load with a forecast upserted its own outfit over "I'm wearing this".
        final app.stride.outfit.Outfit kept = services.outfit().recommend(Conditions.of(-2.0), Effort.EASY);
        services.outfit().remember(TODAY, kept);
        services.weather().choosePlace(new Place("Portland", 45.52, -122.67, "United States", "Oregon", "America/Los_Angeles"));

        vm.load();

        assertThat(vm.outfitProperty().get().orElseThrow().items()).as("the forecast outfit differs").isNotEqualTo(kept.items());
        assertThat(services.outfit().keptFor(TODAY))
                .containsExactlyElementsOf(kept.items().stream().map(app.stride.outfit.OutfitItem::item).toList());
        final app.stride.store.SqliteOutfitFeedbackRepository raw =
                new app.stride.store.SqliteOutfitFeedbackRepository(services.database(), clockOn(TODAY));
        assertThat(raw.shownBaseDressFor(TODAY)).as("answers are filed against what was worn").contains(kept.baseDressForC());
    }

    @Test
    void withoutAKeptOutfitTheForecastOutfitIsRememberedForTheAnswerButNotAsWorn() {
        services.weather().choosePlace(new Place("Portland", 45.52, -122.67, "United States", "Oregon", "America/Los_Angeles"));

        vm.load();

        assertThat(services.outfit().outfitShownOn(TODAY)).isTrue();
        assertThat(services.outfit().keptFor(TODAY)).as("only \"I'm wearing this\" keeps items").isEmpty();
    }

    /** Runs work at once but remembers which thread it stands for, so a test can see where a write happened. */
    static final class ThreadTaggingRunner implements app.stride.ui.task.TaskRunner {
        String current = "ui";

        @Override
        public <T> void run(final java.util.concurrent.Callable<T> work, final java.util.function.Consumer<? super T> ok,
                            final java.util.function.Consumer<Throwable> failed) {
            tagged("database", work, ok, failed);
        }

        @Override
        public <T> void runOnline(final java.util.concurrent.Callable<T> work, final java.util.function.Consumer<? super T> ok,
                                  final java.util.function.Consumer<Throwable> failed) {
            tagged("network", work, ok, failed);
        }

        private <T> void tagged(final String thread, final java.util.concurrent.Callable<T> work,
                                final java.util.function.Consumer<? super T> ok, final java.util.function.Consumer<Throwable> failed) {
            final String before = current;
            current = thread;
            final T result;
            try {
                result = work.call();
            } catch (Exception e) {
                current = before;
                failed.accept(e);
                return;
            }
            current = before;
            ok.accept(result);
        }
    }

    @Test
    void aNewForecastIsCachedOnTheDatabaseThreadNeverOnTheNetworkOne() {
        final ThreadTaggingRunner tasks = new ThreadTaggingRunner();
        final java.util.List<String> writes = new java.util.ArrayList<>();
        final app.stride.weather.WeatherCache sqlite = new app.stride.store.SqliteWeatherCache(services.database());
        final app.stride.weather.WeatherCache watched = new app.stride.weather.WeatherCache() {
            @Override
            public Optional<Entry> get(final double lat, final double lon) {
                return sqlite.get(lat, lon);
            }

            @Override
            public void put(final double lat, final double lon, final java.time.Instant at, final String json) {
                writes.add(tasks.current);
                sqlite.put(lat, lon, at, json);
            }
        };
        final WeatherService weather = new WeatherService(app.stride.app.OutfitServices.settings(services.database()), watched,
                java.net.http.HttpClient::newHttpClient, Duration.ofSeconds(5), clockOn(TODAY));
        weather.choosePlace(new Place("Portland", 45.52, -122.67, "United States", "Oregon", "America/Los_Angeles"));
        final TodayViewModel tagged = new TodayViewModel(services.tickOff(), services.outfit(), weather, services.shoes(), tasks,
                new SimpleObjectProperty<>(Settings.DEFAULTS));

        tagged.load();

        assertThat(tagged.outfitProperty().get()).isPresent();
        assertThat(openMeteo.requests).isNotEmpty();
        assertThat(writes).containsExactly("database");
    }

    /** The real answers table, with record() failing as a full disk would. */
    private app.stride.outfit.OutfitFeedbackRepository failingToRecord() {
        final app.stride.outfit.OutfitFeedbackRepository real = new app.stride.store.SqliteOutfitFeedbackRepository(services.database(), clockOn(TODAY));
        return new app.stride.outfit.OutfitFeedbackRepository() {
            @Override
            public app.stride.outfit.PersonalOffsets offsets() {
                return real.offsets();
            }

            @Override
            public void record(final app.stride.outfit.FeedbackEntry entry, final double appliedC,
                               final java.util.List<app.stride.outfit.LearnedBand> updated) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public Change recordAtomically(final LocalDate date, final Decision decision) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public java.util.List<app.stride.outfit.FiledAnswer> answersOn(final LocalDate date) {
                return real.answersOn(date);
            }

            @Override
            public java.util.List<app.stride.outfit.FeedbackEntry> history() {
                return real.history();
            }

            @Override
            public void resetBand(final int bandC) {
                real.resetBand(bandC);
            }

            @Override
            public void resetAll() {
                real.resetAll();
            }

            @Override
            public Optional<Long> runOn(final LocalDate date) {
                return real.runOn(date);
            }

            @Override
            public void rememberOutfit(final LocalDate date, final double baseDressForC, final double dressForC) {
                real.rememberOutfit(date, baseDressForC, dressForC);
            }

            @Override
            public Optional<Double> shownBaseDressFor(final LocalDate date) {
                return real.shownBaseDressFor(date);
            }
        };
    }

    @Test
    void aTickOffAndItsOutfitAnswerAreKeptTogetherOrNotAtAll() {
        final app.stride.outfit.OutfitFeedbackRepository answers = failingToRecord();
        answers.rememberOutfit(TODAY, 10.0, 10.0);
        final app.stride.outfit.OutfitService outfits = new app.stride.outfit.OutfitService(answers,
                new app.stride.store.SqliteRunnerTendencyRepository(services.database(), clockOn(TODAY)),
                () -> app.stride.settings.TemperatureUnit.C, clockOn(TODAY));
        final TodayViewModel atomic = new TodayViewModel(services.tickOff(), outfits, services.weather(), services.shoes(),
                services.unitOfWork(), new ImmediateTaskRunner(), new SimpleObjectProperty<>(Settings.DEFAULTS));
        atomic.load();
        assertThat(atomic.askOutfitFeedbackProperty().get()).isTrue();
        atomic.distanceProperty().set("5");
        atomic.outfitAnswerProperty().set(FeedbackAnswer.TOO_COLD);

        atomic.done();

        assertThat(atomic.errorProperty().get()).contains("details in the log");
        final TickOff.Day day = services.tickOff().today();
        assertThat(day.today().orElseThrow().status()).as("the tick-off went with the failed answer").isEqualTo(app.stride.plan.SessionStatus.PLANNED);
        assertThat(day.runsLogged()).isZero();
    }

    @Test
    void aTickOffWithItsAnswerOpensOneConnectionAndTheReloadOneMore() {
        services.outfit().remember(TODAY, services.outfit().recommend(new Conditions(10, 5, 60,
                app.stride.outfit.Precipitation.NONE, app.stride.outfit.Light.DAY, app.stride.outfit.Sky.OVERCAST, false, false), Effort.EASY));
        final TodayViewModel atomic = new TodayViewModel(services.tickOff(), services.outfit(), services.weather(), services.shoes(),
                services.unitOfWork(), new ImmediateTaskRunner(), new SimpleObjectProperty<>(Settings.DEFAULTS));
        atomic.load();
        atomic.distanceProperty().set("5");
        atomic.outfitAnswerProperty().set(FeedbackAnswer.OK);
        final long before = services.database().connectionsOpened();

        atomic.done();
        final long opened = services.database().connectionsOpened() - before;

        assertThat(atomic.errorProperty().get()).isEmpty();
        assertThat(services.tickOff().today().today().orElseThrow().status()).isEqualTo(app.stride.plan.SessionStatus.DONE);
        assertThat(opened).isEqualTo(2);
    }

    @Test
    void tickingOffAfterTimeOffTakesTheRePlanOfferAwayAndTheNoticeGoesOnLeaving() {
        // Defect (fixloop): after a week of missed sessions the banner offered a rebuild for the time off; ticking off
        // today's session left it there, as if the run did not count, and the "Done!" notice stayed on coming back.
        final app.stride.ui.common.PlanChanges window = new app.stride.ui.common.PlanChanges();
        final app.stride.ui.adapt.AdaptBannerViewModel banner = new app.stride.ui.adapt.AdaptBannerViewModel(services.adapt(),
                app.stride.ui.adapt.AdaptBanner.dismissals(services), new ImmediateTaskRunner(),
                new SimpleObjectProperty<>(Settings.DEFAULTS), services.clock(), window);
        vm.setOnWritten(() -> window.stored(vm));
        vm.load();
        banner.check();
        assertThat(banner.offerProperty().get()).as("three sessions missed, a week without running").isPresent();

        vm.done();

        assertThat(banner.offerProperty().get()).as("today's run counts: nothing to re-plan").isEmpty();
        assertThat(services.adapt().propose().daysWithoutRunning()).isZero();
        assertThat(vm.messageProperty().get()).startsWith("Done!");
        vm.clearMessage();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    /** New-user review 4 (k1, k4): the Done notice had no Undo while Skipped had one. Failed before: no undo offered. */
    @Test
    void doneCanBeUndoneAsASkipCan() {
        vm.load();
        vm.durationProperty().set("31:30");
        vm.done();
        assertThat(vm.canUndoProperty().get()).isTrue();

        vm.undo();

        assertThat(today().status()).isEqualTo(app.stride.plan.SessionStatus.PLANNED);
        assertThat(services.runLog().all()).as("the run just logged goes with it").isEmpty();
        assertThat(vm.durationProperty().get()).as("what was typed stays, to tick off again").isEqualTo("31:30");
    }

    /**
     * Review: Undo after Done deleted the run even when the runner had edited it in the Log since. It is refused as a
     * stale skip undo is, and the edited run stays. Failed before: the edited run was deleted.
     */
    @Test
    void undoAfterDoneLeavesARunEditedSinceAlone() {
        vm.load();
        vm.durationProperty().set("31:30");
        vm.done();
        final app.stride.tracking.LoggedRun logged = services.runLog().all().get(0);
        services.runLog().edit(logged.id(), logged.date(), logged.status(), new app.stride.tracking.RunReport(
                logged.report().distanceM(), logged.report().duration(), Optional.of(6), Optional.empty(), "felt good"),
                logged.shoeId());

        vm.undo();

        assertThat(vm.errorProperty().get()).isEqualTo(app.stride.common.Messages.get("tracking.error.undoStale"));
        assertThat(services.runLog().all()).as("the edited run stays").singleElement()
                .satisfies(r -> assertThat(r.report().notes()).isEqualTo("felt good"));
        assertThat(today().status()).isNotEqualTo(app.stride.plan.SessionStatus.PLANNED);
    }

    /** New-user review 4 (x1, x2): a run cut short was told "Done! ..." and badged as Done. Failed before: "Done!". */
    @Test
    void cutShortIsSaidAsSuchAndBadgedSo() {
        vm.load();
        vm.durationProperty().set("12:00");
        vm.partial();

        assertThat(vm.messageProperty().get()).startsWith("Logged as cut short.").doesNotContain("Done");
        assertThat(vm.canUndoProperty().get()).isTrue();
        final TodayBriefViewModel brief = new TodayBriefViewModel(services.progress(), services.why(), services.outfit(),
                new ImmediateTaskRunner(), new SimpleObjectProperty<>(Settings.DEFAULTS));
        brief.load();
        assertThat(brief.cutShortProperty().get()).isTrue();
    }
}
