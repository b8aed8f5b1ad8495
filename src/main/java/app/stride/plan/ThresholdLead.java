package app.stride.plan;

import java.time.Duration;

/**
 * Threshold leads race pace (coach review 4, item 10): a half's or a marathon's tempo is quicker than its race pace.
 * Threshold is about the pace of an hour's racing, so for a race of longer it is always a few seconds a kilometre faster
 * than race pace — at one fitness. A time goal above today's fitness makes the race pace that of the fitness the plan
 * aims at (the target, or today's plus the realistic gain), while the threshold came from today's: n04's tempo
 * 7:42–7:52/mi against race pace 7:43–7:50, p14's 4:08–4:14/km against 4:05–4:09. A coach does not set a tempo at or
 * slower than goal pace: when today's threshold is not at least {@value #LEAD_SEC_PER_KM} s/km quicker than the race
 * pace, the work paces (threshold, interval, repetition) are those of the fitness the race pace stands for — the gain
 * the plan already counts on (at most about 4.5%, see the stretch warning), so the quick running is what gets the
 * runner there. Easy and marathon paces stay at today's fitness: the volume is run at what the runner is now.
 */
final class ThresholdLead {

    /** The least a threshold is quicker than a half's or marathon's race pace, seconds per kilometre. */
    static final int LEAD_SEC_PER_KM = 3;

    private ThresholdLead() {
    }

    /** Whether the race is long enough for threshold to be quicker than its race pace: the half and the marathon. */
    static boolean applies(final RaceDistance d) {
        return d == RaceDistance.HALF || d == RaceDistance.MARATHON;
    }

    /**
     * The training paces for a race of {@code d} run in {@code race}: {@code now}'s, or with the work paces of the
     * race's fitness when {@code now}'s threshold does not lead the race pace.
     */
    static TrainingPaces paces(final TrainingPaces now, final RaceDistance d, final Duration race) {
        final double raceSecPerKm = race.toMillis() / d.metres();
        if (!applies(d) || now.threshold().midSecPerKm() <= raceSecPerKm - LEAD_SEC_PER_KM) {
            return now;
        }
        final TrainingPaces aim = Vdot.fromRace(d.metres(), race).paces();
        // At a high VDOT a half is run close to threshold: the lead is kept even then.
        final PaceRange t = aim.threshold().midSecPerKm() <= raceSecPerKm - LEAD_SEC_PER_KM ? aim.threshold()
                : PaceRange.around(raceSecPerKm - LEAD_SEC_PER_KM, (aim.threshold().maxSecPerKm() - aim.threshold().minSecPerKm()) / 2);
        return new TrainingPaces(now.easy(), now.marathon(), t, aim.interval(), aim.repetition());
    }
}
