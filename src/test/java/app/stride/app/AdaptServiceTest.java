package app.stride.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.common.InvalidInputException;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.adapt.PlanChange;
import app.stride.plan.adapt.Proposal;
import app.stride.plan.adapt.ProposalKind;
import app.stride.plan.adapt.ReplannerTest;
import app.stride.store.DataFolder;
import app.stride.tracking.RunReport;
import app.stride.tracking.RunStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service the app and the command line share: preview, apply, and what Today sees afterwards. */
class AdaptServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 24);

    @TempDir
    Path dir;

    /** The 10K plan stored on 3 Jan, done until Sunday 17 Jan, then three sessions missed; today is Sunday 24 Jan. */
    private StrideServices threeMissed() {
        final StrideServices s = StrideServices.open(new DataFolder(dir), Clock.fixed(
                AS_OF.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        s.plans().saveAsCurrent(ReplannerTest.tenK());
        for (SavedSession x : s.plans().current().orElseThrow().sessions()) {
            if (!x.date().isAfter(LocalDate.of(2027, 1, 17))) {
                s.tickOff().done(x.id(), new RunReport(x.distanceM(), Optional.empty(), Optional.empty(), Optional.empty(), ""));
            }
        }
        return s;
    }

    @Test
    void aBridgeAppliedIsNotProposedAgainAndTodayShowsItsEasyRun() {
        final StrideServices s = threeMissed();
        final Proposal first = s.adapt().propose();
        assertThat(first.kind()).isEqualTo(ProposalKind.BRIDGE);

        s.adapt().apply(first);
        final Proposal again = s.adapt().propose();

        assertThat(again.kind()).isEqualTo(ProposalKind.CARRY_ON);
        assertThat(again.missed()).isZero();
        assertThat(again.changes()).isEmpty();
        final SavedSession today = s.tickOff().today().today().orElseThrow();
        assertThat(today.type()).isEqualTo("easy");
        assertThat(today.distanceM().orElseThrow())
                .isLessThan(first.changes().get(0).from().orElseThrow().distanceM().orElseThrow());
        assertThat(s.tickOff().today().runsLogged()).isEqualTo(8);
    }

    @Test
    void sessionsLoggedAsSkippedAreNotRunning() {
        final StrideServices s = threeMissed();
        final Proposal without = s.adapt().propose();
        for (SavedSession x : s.plans().current().orElseThrow().sessions()) {
            if (x.date().isAfter(LocalDate.of(2027, 1, 17)) && x.date().isBefore(AS_OF)) {
                s.runLog().log(x.date(), RunStatus.SKIPPED, new RunReport(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), "busy week"), Optional.empty());
            }
        }

        final Proposal with = s.adapt().propose();

        assertThat(with.daysWithoutRunning()).isEqualTo(without.daysWithoutRunning()).isEqualTo(6);
        assertThat(with.kind()).isEqualTo(without.kind());
    }

    @Test
    void aProposalForAPlanThatChangedSinceIsRefusedAndStoresNothing() {
        final StrideServices s = threeMissed();
        final Proposal stale = s.adapt().propose(AS_OF, PlanChange.none());
        final long replaced = s.plans().saveAsCurrent(ReplannerTest.tenK());

        assertThatThrownBy(() -> s.adapt().apply(stale)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("plan"));
        assertThat(s.plans().currentVersion().orElseThrow().id()).isEqualTo(replaced);
        assertThat(s.plans().historyCount()).isEqualTo(1);
    }

    @Test
    void aSessionTickedOffSinceTheProposalIsNeverDroppedByApplyingIt() {
        final StrideServices s = threeMissed();
        final Proposal preview = s.adapt().propose();
        assertThat(preview.kind()).isEqualTo(ProposalKind.BRIDGE);
        final long planId = s.plans().currentVersion().orElseThrow().id();
        // Meanwhile (another screen, the command line) the runner ticks off one of the sessions the bridge replaces.
        final SavedSession ran = s.plans().current().orElseThrow().sessions().stream()
                .filter(x -> !x.date().isBefore(preview.changes().get(0).date())).findFirst().orElseThrow();
        s.tickOff().done(ran.id(), new RunReport(ran.distanceM(), Optional.empty(), Optional.empty(), Optional.empty(), "ran it"));

        assertThatThrownBy(() -> s.adapt().apply(preview)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("plan"));
        assertThat(s.plans().currentVersion().orElseThrow().id()).isEqualTo(planId);
    }

    @Test
    void aMileRunnersRebuildSetsWorkoutsInQuarterMilesOrTrackMetres() {
        final StrideServices s = threeMissed();
        s.settings().save(app.stride.settings.Settings.DEFAULTS.withDistanceUnit(app.stride.settings.DistanceUnit.MI));
        final LocalDate later = LocalDate.of(2027, 3, 21);

        final Proposal p = s.adapt().propose(AS_OF, new PlanChange(Optional.of(later), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()));

        assertThat(p.kind()).isEqualTo(ProposalKind.REBUILD);
        final java.util.List<Double> work = p.next().orElseThrow().plan().sessions().stream()
                .filter(x -> !x.date().isBefore(AS_OF) && x.type().isQuality())
                .flatMap(x -> x.steps().stream()).flatMap(st -> st.kind() == app.stride.plan.Step.Kind.REPEAT
                        ? st.steps().stream() : java.util.stream.Stream.of(st))
                .filter(st -> st.kind() == app.stride.plan.Step.Kind.WORK).flatMap(st -> st.distanceM().stream()).toList();
        assertThat(work).isNotEmpty().allSatisfy(m -> {
            // Quarter miles too: a miles plan's race pace steps down 1 mi → ¾ mi → ½ mi (coach review D6).
            final double quarters = m / 1609.344 * 4;
            assertThat(Math.abs(quarters - Math.rint(quarters)) < 0.02 || (m <= 2000 && Math.abs(m / 100 - Math.rint(m / 100)) < 1e-6))
                    .as("%.0f m is in quarter miles or track metres", m).isTrue();
        });
    }
}
