package app.stride.ui.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.adapt.PlanChange;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.settings.Settings;
import app.stride.store.DataFolder;
import app.stride.tracking.LoggedRun;
import app.stride.tracking.RunReport;
import app.stride.ui.adapt.AdaptBannerViewModel.Offer;
import app.stride.ui.common.PlanChanges;
import app.stride.ui.task.ImmediateTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The re-plan banner's logic over a real database; no toolkit. */
class AdaptBannerViewModelTest {

    /** Sunday 24 January 2027: the 10K plan (from 3 Jan) done until Sunday 17 Jan, then three sessions missed. */
    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 24);

    @TempDir
    Path dir;

    private static Clock on(final LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private StrideServices open(final LocalDate day) {
        return StrideServices.open(new DataFolder(dir), on(day));
    }

    private StrideServices threeMissed() {
        final StrideServices s = open(AS_OF);
        s.plans().saveAsCurrent(ReplannerTest.tenK());
        for (SavedSession x : s.plans().current().orElseThrow().sessions()) {
            if (!x.date().isAfter(LocalDate.of(2027, 1, 17))) {
                s.tickOff().done(x.id(), new RunReport(x.distanceM(), Optional.empty(), Optional.empty(), Optional.empty(), ""));
            }
        }
        return s;
    }

    private static AdaptBannerViewModel banner(final StrideServices s) {
        return new AdaptBannerViewModel(s.adapt(), AdaptBanner.dismissals(s), new ImmediateTaskRunner(),
                new SimpleObjectProperty<>(Settings.DEFAULTS), s.clock());
    }

    private static AdaptBannerViewModel banner(final StrideServices s, final PlanChanges window) {
        return new AdaptBannerViewModel(s.adapt(), AdaptBanner.dismissals(s), new ImmediateTaskRunner(),
                new SimpleObjectProperty<>(Settings.DEFAULTS), s.clock(), window);
    }

    @Test
    void missedSessionsBringAnOfferWithEachChangedDayFromAndTo() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = banner(s);

        vm.check();

        final Offer offer = vm.offerProperty().get().orElseThrow();
        assertThat(offer.asked()).isFalse();
        assertThat(offer.title()).isEqualTo("3 sessions missed in a row: an easy week to pick up again?");
        assertThat(offer.body()).isEqualTo("An easy bridge week, then the plan, grown back from what you ran");
        assertThat(offer.changes()).isNotEmpty();
        assertThat(offer.changes()).allSatisfy(c -> {
            assertThat(c.date()).matches("[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}");
            assertThat(c.to()).matches("(Easy run|Rest|[A-Z].*) · [0-9.]+ km|Rest|.+ · \\d+ min");
        });
        assertThat(offer.changes().get(0).from()).isNotEqualTo(offer.changes().get(0).to());
    }

    @Test
    void keepAsIsPutsTheOfferAsideForTheDayOnlyAndRemembersIt() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = banner(s);
        vm.check();
        final long version = s.plans().currentVersion().orElseThrow().id();

        vm.keepAsIs();

        assertThat(vm.offerProperty().get()).isEmpty();
        assertThat(s.setting(AdaptBannerViewModel.DISMISSED_KEY)).contains("2027-01-24");
        assertThat(s.plans().currentVersion().orElseThrow().id()).isEqualTo(version);
        // Opening the app again the same day: no nagging.
        final AdaptBannerViewModel again = banner(open(AS_OF));
        again.check();
        assertThat(again.offerProperty().get()).isEmpty();
        // The next day the offer is back.
        final AdaptBannerViewModel tomorrow = banner(open(AS_OF.plusDays(1)));
        tomorrow.check();
        assertThat(tomorrow.offerProperty().get()).isPresent();
    }

    @Test
    void acceptStoresANewVersionKeepsTheOldOneAndLeavesTheLogAlone() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = banner(s);
        final List<LoggedRun> log = s.tickOff().recentRuns(100);
        final long before = s.plans().currentVersion().orElseThrow().id();
        final int[] applied = {0};
        vm.addOnApplied(() -> applied[0]++);
        vm.check();

        vm.accept();

        final PlanVersion now = s.plans().currentVersion().orElseThrow();
        assertThat(now.id()).isNotEqualTo(before);
        assertThat(now.previousId()).contains(before);
        assertThat(s.plans().version(before)).isPresent();
        assertThat(s.tickOff().recentRuns(100)).hasSameSizeAs(log);
        assertThat(s.tickOff().recentRuns(100)).extracting(LoggedRun::date).containsExactlyElementsOf(log.stream().map(LoggedRun::date).toList());
        assertThat(vm.offerProperty().get()).isEmpty();
        assertThat(vm.doneProperty().get()).startsWith("Plan updated.");
        assertThat(applied[0]).isEqualTo(1);
        // Accepted: carrying on now, so no banner.
        vm.check();
        assertThat(vm.offerProperty().get()).isEmpty();
    }

    @Test
    void thePlanUpdatedLineGoesOnceTheRunnerMovesToAnotherScreen() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = banner(s);
        vm.check();
        vm.accept();
        assertThat(vm.doneProperty().get()).startsWith("Plan updated.");
        vm.check();
        assertThat(vm.doneProperty().get()).as("still there on the screen where it happened").startsWith("Plan updated.");

        vm.screenChanged();

        assertThat(vm.doneProperty().get()).isEmpty();
    }

    @Test
    void aStalePreviewIsRefusedAndNothingIsStored() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = banner(s);
        vm.check();
        final long before = s.plans().currentVersion().orElseThrow().id();
        // Elsewhere (Today), a missed session is ticked off after the offer was made.
        final SavedSession missed = s.tickOff().today().missed().get(0);
        s.tickOff().skip(missed.id());

        vm.accept();

        assertThat(vm.problemProperty().get()).startsWith("The plan changed since this proposal was made");
        assertThat(s.plans().currentVersion().orElseThrow().id()).isEqualTo(before);
    }

    /** Review fix: the sheet accepted whatever proposal the banner held when it closed, not the offer it showed. */
    @Test
    void acceptingAnOfferNoLongerShownIsRefusedAsStale() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = banner(s);
        vm.check();
        final Offer shownInSheet = vm.offerProperty().get().orElseThrow();
        final long before = s.plans().currentVersion().orElseThrow().id();
        final LocalDate race = s.plans().current().orElseThrow().raceDate().orElseThrow().plusWeeks(2);
        // While the sheet is open, another offer takes the banner's place.
        vm.preview(new PlanChange(Optional.of(race), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(vm.offerProperty().get().orElseThrow()).isNotSameAs(shownInSheet);

        vm.accept(shownInSheet);

        assertThat(vm.problemProperty().get()).startsWith("The plan changed since this proposal was made");
        assertThat(s.plans().currentVersion().orElseThrow().id()).isEqualTo(before);
        assertThat(vm.offerProperty().get().orElseThrow().asked()).isTrue();
        // Keep as is from the stale sheet leaves the new offer alone too.
        vm.keepAsIs(shownInSheet);
        assertThat(vm.offerProperty().get()).isPresent();
        assertThat(s.setting(AdaptBannerViewModel.DISMISSED_KEY)).isEmpty();
        // The offer on the banner is accepted as shown.
        vm.accept(vm.offerProperty().get().orElseThrow());
        assertThat(s.plans().current().orElseThrow().raceDate()).contains(race);
    }

    @Test
    void carryingOnWithNothingChangedShowsNoBanner() {
        final StrideServices s = open(LocalDate.of(2027, 1, 2));
        s.plans().saveAsCurrent(ReplannerTest.tenK());
        final AdaptBannerViewModel vm = banner(s);

        vm.check();

        assertThat(vm.offerProperty().get()).isEmpty();
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void withoutAPlanThereIsNothingToOffer() {
        final AdaptBannerViewModel vm = banner(open(AS_OF));

        vm.check();

        assertThat(vm.offerProperty().get()).isEmpty();
        assertThat(vm.problemProperty().get()).isEmpty();
    }

    @Test
    void aNewRaceDateIsPreviewedAndOnlyStoredOnAccept() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = banner(s);
        final long before = s.plans().currentVersion().orElseThrow().id();
        final LocalDate race = s.plans().current().orElseThrow().raceDate().orElseThrow().plusWeeks(2);

        vm.preview(new PlanChange(Optional.of(race), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        final Offer offer = vm.offerProperty().get().orElseThrow();
        assertThat(offer.asked()).isTrue();
        assertThat(offer.title()).isEqualTo("Your change, previewed");
        assertThat(s.plans().currentVersion().orElseThrow().id()).isEqualTo(before);
        // A change the runner asked for is not pushed aside by the automatic check.
        vm.check();
        assertThat(vm.offerProperty().get().orElseThrow().asked()).isTrue();

        vm.accept();

        assertThat(s.plans().current().orElseThrow().raceDate()).contains(race);
        assertThat(s.setting(AdaptBannerViewModel.DISMISSED_KEY)).isEmpty();
    }

    @Test
    void anAddedDayThatWaitsForBiggerWeeksIsSaidWithItsWeekInThePreview() {
        // Coach review, set-up D: Saturday added to a small Tue/Thu/Sun plan gets its first run weeks later. A time goal
        // at 12 km (60:00 -> 58:00): since peak volume a finish goal at 18 km keeps its weeks near 18 km and never uses
        // Saturday (days-not-used-yet), so the weeks must grow for the note this test is about; and since a week keeps its
        // runs down to 15 minutes (RunsKept) a 16 km runner uses Saturday from the first rebuilt week (as
        // AdaptAddedDayCommandTest), so the smaller runner.
        final LocalDate start = LocalDate.of(2026, 12, 7);
        final LocalDate asOf = LocalDate.of(2026, 12, 16);
        final StrideServices s = open(asOf);
        s.plans().saveAsCurrent(new app.stride.plan.PlanGenerator(on(start)).generate(new app.stride.plan.PlanRequest(
                app.stride.plan.Goal.TIME, Optional.of(app.stride.plan.RaceDistance.TEN_K), Optional.of(java.time.Duration.ofMinutes(58)),
                Optional.of(start), Optional.empty(), Optional.of(10), java.util.EnumSet.of(java.time.DayOfWeek.TUESDAY,
                        java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.SUNDAY), Optional.empty(),
                new app.stride.plan.FitnessInput(Optional.of(new app.stride.plan.RaceResult(app.stride.plan.RaceDistance.TEN_K,
                        java.time.Duration.ofMinutes(60))),
                        Optional.of(12_000.0), Optional.of(3), Optional.of(7_000.0), Optional.empty(), Optional.empty(), 0, false))));
        final AdaptBannerViewModel vm = banner(s);

        vm.preview(new PlanChange(Optional.empty(), Optional.of(java.util.EnumSet.of(java.time.DayOfWeek.TUESDAY,
                java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY)), Optional.empty(),
                Optional.empty(), Optional.empty()));

        final Offer offer = vm.offerProperty().get().orElseThrow();
        // Before: the preview showed Saturday empty for two weeks and said nothing about it.
        assertThat(offer.warnings()).anyMatch(w -> w.startsWith(app.stride.format.Dates.weekday(java.time.DayOfWeek.SATURDAY)
                + " stays a rest day") && w.contains("week of ") && !w.contains("{"));
    }

    @Test
    void aChangeTheEngineCannotPlanSaysWhyAndShowsNothing() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = banner(s);

        vm.preview(new PlanChange(Optional.of(AS_OF.minusDays(3)), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));

        assertThat(vm.offerProperty().get()).isEmpty();
        assertThat(vm.problemProperty().get()).isNotEmpty().doesNotContain("Exception").doesNotContain("raceDate:");
    }

    /** The shell's banner and the Plan screen's: accepting in one must not leave the other offering the old plan. */
    @Test
    void acceptingInOneBannerMakesTheOtherLookAgain() {
        final StrideServices s = threeMissed();
        final PlanChanges window = new PlanChanges();
        final AdaptBannerViewModel shell = banner(s, window);
        final AdaptBannerViewModel planScreen = banner(s, window);
        final List<Object> heard = new java.util.ArrayList<>();
        final PlanChanges.Listener today = heard::add; // as Today listens (held strongly here, as the view holds it)
        window.listen(today);
        shell.check();
        planScreen.check();
        assertThat(planScreen.offerProperty().get()).isPresent();
        final long before = s.plans().currentVersion().orElseThrow().id();

        shell.accept();

        assertThat(s.plans().currentVersion().orElseThrow().id()).isNotEqualTo(before);
        assertThat(planScreen.offerProperty().get()).as("the other banner's offer was for the old version").isEmpty();
        assertThat(heard).as("the window's other screens are told, once, by whom").containsExactly(shell);
    }

    /**
     * Issue 11: the shell's banner looked again on every screen change, asking the engine each time (300-400 ms of
     * background work per visit on ten years of data). With nothing written it now keeps its offer as drawn (failed
     * before: every look set a new offer), and a write makes it look for real.
     */
    @Test
    void lookingAgainWithNothingWrittenKeepsTheOfferAsDrawn() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel vm = new AdaptBannerViewModel(s.adapt(), AdaptBanner.dismissals(s), new ImmediateTaskRunner(),
                new SimpleObjectProperty<>(Settings.DEFAULTS), s.clock(), new PlanChanges(),
                () -> new app.stride.ui.common.Freshness(s.dataStamp(), AS_OF));
        vm.check();
        final Offer first = vm.offerProperty().get().orElseThrow();
        final int[] redraws = {0};
        vm.offerProperty().addListener(o -> redraws[0]++);

        vm.check();
        vm.check();

        assertThat(redraws[0]).isZero();
        assertThat(vm.offerProperty().get()).containsSame(first);
        // A preview the runner puts aside brings back the offer of the last look, without asking the engine.
        vm.preview(new PlanChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        vm.keepAsIs();
        vm.check();
        assertThat(vm.offerProperty().get()).contains(first);
        // Kept as is today: a write, so the next look asks again and finds nothing to offer.
        vm.keepAsIs();
        vm.check();
        assertThat(vm.offerProperty().get()).isEmpty();
    }

    /** Banners of another window (another context) are not this window's business. */
    @Test
    void aBannerOfAnotherWindowIsNotTold() {
        final StrideServices s = threeMissed();
        final AdaptBannerViewModel here = banner(s, new PlanChanges());
        final AdaptBannerViewModel elsewhere = banner(s, new PlanChanges());
        here.check();
        elsewhere.check();

        here.accept();

        assertThat(elsewhere.offerProperty().get()).as("nothing static ties banners together any more").isPresent();
    }

    /** The two static registries (banners by service, and Today's runnables held strongly) are gone (failed before). */
    @Test
    void noStaticStateIsLeft() {
        for (Class<?> c : List.of(AdaptBannerViewModel.class, AdaptBanner.class, PlanChanges.class)) {
            assertThat(java.util.Arrays.stream(c.getDeclaredFields())
                    .filter(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                    .filter(f -> !(java.lang.reflect.Modifier.isFinal(f.getModifiers())
                            && (f.getType() == String.class || f.getType() == java.util.logging.Logger.class
                            || f.getType().isPrimitive() || f.getType() == javafx.css.PseudoClass.class))))
                    .as("static fields of %s other than constants", c.getSimpleName()).isEmpty();
        }
    }
}
