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
 *
 * <p>The same holds for the intervals of a 5K or 10K (coach review 5, defect 1): a 5K's race pace is never quicker than
 * the interval pace, a 10K's is at least {@value #TEN_K_INTERVAL_LEAD_SEC_PER_KM} s/km slower; when the week's interval
 * pace does not lead so, the work paces are the race fitness's. A returner's paces move along the regain curve
 * ({@link WeekPaces}): in the weeks that may hold race-pace work before the curve reaches race day, only the leading
 * pace is quickened, just enough ({@link #held}), so the week's paces stay those of the runner that week and never run
 * ahead of a later week's.
 */
final class ThresholdLead {

    /** The least a threshold is quicker than a half's or marathon's race pace, seconds per kilometre. */
    static final int LEAD_SEC_PER_KM = 3;
    /** The least an interval pace is quicker than a 10K's race pace, seconds per kilometre. */
    static final int TEN_K_INTERVAL_LEAD_SEC_PER_KM = 8;

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
        if (d == RaceDistance.FIVE_K || d == RaceDistance.TEN_K) {
            return intervalLead(now, d, raceSecPerKm);
        }
        if (!applies(d) || now.threshold().midSecPerKm() <= raceSecPerKm - LEAD_SEC_PER_KM) {
            return now;
        }
        final TrainingPaces aim = Vdot.fromRace(d.metres(), race).paces();
        // At a high VDOT a half is run close to threshold: the lead is kept even then.
        final PaceRange t = aim.threshold().midSecPerKm() <= raceSecPerKm - LEAD_SEC_PER_KM ? aim.threshold()
                : PaceRange.around(raceSecPerKm - LEAD_SEC_PER_KM, (aim.threshold().maxSecPerKm() - aim.threshold().minSecPerKm()) / 2);
        return new TrainingPaces(now.easy(), now.marathon(), t, aim.interval(), aim.repetition());
    }

    /** The least the interval pace is quicker than the race pace of {@code d} (5K or 10K), seconds per kilometre. */
    static int intervalLead(final RaceDistance d) {
        return d == RaceDistance.TEN_K ? TEN_K_INTERVAL_LEAD_SEC_PER_KM : 0;
    }

    /** A 5K's or 10K's paces: {@code now}'s, or with the race fitness's work paces when the intervals do not lead. */
    private static TrainingPaces intervalLead(final TrainingPaces now, final RaceDistance d, final double raceSecPerKm) {
        final long raceMid = Math.round(raceSecPerKm);
        final int lead = intervalLead(d);
        if (now.interval().midSecPerKm() <= raceMid - lead) {
            return now;
        }
        final TrainingPaces aim = Vdot.fromRace(d.metres(), java.time.Duration.ofMillis(Math.round(raceSecPerKm * d.metres())))
                .paces();
        final PaceRange i = aim.interval().midSecPerKm() <= raceMid - lead ? aim.interval()
                : PaceRange.around(raceMid - lead, (aim.interval().maxSecPerKm() - aim.interval().minSecPerKm()) / 2);
        return new TrainingPaces(now.easy(), now.marathon(), aim.threshold(), i, aim.repetition());
    }

    /**
     * {@code week}'s paces with the pace that leads a race of {@code d} (threshold for a half or marathon, intervals for
     * a 5K or 10K) at least the lead quicker than the race pace: the week's own when it is, else race pace less the lead.
     */
    static TrainingPaces held(final TrainingPaces week, final RaceDistance d, final Duration race) {
        final long raceMid = Math.round(race.toMillis() / d.metres());
        if (applies(d)) {
            final PaceRange t = week.threshold();
            return t.midSecPerKm() <= raceMid - LEAD_SEC_PER_KM ? week : new TrainingPaces(week.easy(), week.marathon(),
                    PaceRange.around(raceMid - LEAD_SEC_PER_KM, (t.maxSecPerKm() - t.minSecPerKm()) / 2), week.interval(),
                    week.repetition());
        }
        if (d != RaceDistance.FIVE_K && d != RaceDistance.TEN_K) {
            return week;
        }
        final PaceRange i = week.interval();
        return i.midSecPerKm() <= raceMid - intervalLead(d) ? week : new TrainingPaces(week.easy(), week.marathon(),
                week.threshold(), PaceRange.around(raceMid - intervalLead(d), (i.maxSecPerKm() - i.minSecPerKm()) / 2),
                week.repetition());
    }
}
