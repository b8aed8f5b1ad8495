package app.stride.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.DataStamp;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReloadGateTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private final AtomicReference<Freshness> now = new AtomicReference<>(at(1, MONDAY));

    private static Freshness at(final long changes, final LocalDate day) {
        return new Freshness(new DataStamp(changes, "db:4096", "wal:0"), day);
    }

    @Test
    void readsUntilSomethingIsShownThenNotWhileTheStampIsTheSame() {
        final ReloadGate<Void> gate = ReloadGate.over(now::get);
        final Optional<ReloadGate.Stamp> first = gate.changed();
        assertThat(first).isPresent();
        assertThat(gate.changed()).as("nothing shown yet").isPresent();

        gate.shown(first.get());
        assertThat(gate.changed()).isEmpty();
    }

    @Test
    void aWriteOrANewDayMeansReadingAgain() {
        final ReloadGate<Void> gate = ReloadGate.over(now::get);
        gate.shown(gate.changed().orElseThrow());

        now.set(at(2, MONDAY));
        final Optional<ReloadGate.Stamp> written = gate.changed();
        assertThat(written).isPresent();
        gate.shown(written.get());
        assertThat(gate.changed()).isEmpty();

        now.set(at(2, MONDAY.plusDays(1)));
        assertThat(gate.changed()).isPresent();
    }

    @Test
    void whatElseTheDataWasReadForCountsToo() {
        final ReloadGate<String> gate = ReloadGate.over(now::get);
        gate.shown(gate.changed("current plan").orElseThrow());

        assertThat(gate.changed("current plan")).isEmpty();
        assertThat(gate.changed("all runs")).isPresent();
    }

    /** Equals stays an equivalence (it was not reflexive for an unknown freshness), though only the gate compares. */
    @Test
    void aStampEqualsItself() {
        final ReloadGate.Stamp unknown = ReloadGate.<Void>always().changed().orElseThrow();
        final ReloadGate.Stamp known = ReloadGate.<Void>over(now::get).changed().orElseThrow();
        assertThat(unknown).isEqualTo(unknown);
        assertThat(known).isEqualTo(known);
    }

    @Test
    void afterAFailedReadTheNextLoadReads() {
        final ReloadGate<Void> gate = ReloadGate.over(now::get);
        gate.shown(gate.changed().orElseThrow());
        gate.forget();
        assertThat(gate.changed()).isPresent();
    }

    @Test
    void aGateThatCannotTellAlwaysReads() {
        final ReloadGate<Void> gate = ReloadGate.always();
        gate.shown(gate.changed().orElseThrow());
        assertThat(gate.changed()).isPresent();
    }

    @Test
    void theStampIsTakenBeforeTheReadSoAWriteDuringItBringsAReloadNextTime() {
        final ReloadGate<Void> gate = ReloadGate.over(now::get);
        final ReloadGate.Stamp before = gate.changed().orElseThrow();
        now.set(at(2, MONDAY)); // written while the data was being read
        gate.shown(before);
        assertThat(gate.changed()).isPresent();
    }
}
