package app.stride.plan;

/**
 * A returner's fitness on race day: the time-off table's loss, credited back over the plan (coach review 4, defect 5).
 * After a break of up to two months, 8 weeks of consistent training give back 90% of what the table took (a 1:55 half
 * runner after 30 days off is predicted 1:56, not 2:03); after a longer break less comes back and more slowly, down to
 * 60% over 12 weeks from 150 days off. Fewer weeks give back a proportional part. The regained VDOT never passes the
 * VDOT before the break. The training paces follow the same curve week by week (coach review 5, defect 1): week
 * {@code w}'s paces are those of the fitness regained after the {@code w - 1} weeks already trained ({@link #inWeek}),
 * so week 1 runs at today's detrained fitness and the last weeks at about the race day's; the race pace (the
 * predicted race time's) then never outruns the same week's interval or threshold pace ({@link WeekPaces}).
 */
final class RegainedFitness {

    /** Breaks up to this many days give back the most... */
    static final int SHORT_BREAK_MAX_DAYS = 60;
    /** ... this share of the loss ... */
    static final double SHORT_BREAK_SHARE = 0.9;
    /** ... over this many weeks. */
    static final int SHORT_BREAK_WEEKS = 8;
    /** From this many days off, the least comes back ... */
    static final int LONG_BREAK_FROM_DAYS = 150;
    /** ... this share of the loss ... */
    static final double LONG_BREAK_SHARE = 0.6;
    /** ... over this many weeks (in between, both are interpolated). */
    static final int LONG_BREAK_WEEKS = 12;

    private RegainedFitness() {
    }

    /** The share of the time-off loss regained after {@code weeks} weeks of training back from {@code daysOff} days off. */
    static double share(final int daysOff, final int weeks) {
        if (weeks <= 0) {
            return 0;
        }
        final double t = Math.max(0, Math.min(1, (daysOff - SHORT_BREAK_MAX_DAYS)
                / (double) (LONG_BREAK_FROM_DAYS - SHORT_BREAK_MAX_DAYS)));
        final double most = SHORT_BREAK_SHARE + t * (LONG_BREAK_SHARE - SHORT_BREAK_SHARE);
        final double over = SHORT_BREAK_WEEKS + t * (LONG_BREAK_WEEKS - SHORT_BREAK_WEEKS);
        return most * Math.min(1, weeks / over);
    }

    /**
     * The fitness after {@code weeks} weeks back: {@code now} (after the time-off table) plus the regained share of
     * what the break took from {@code before}; never above {@code before}, never below {@code now}.
     */
    static Vdot after(final Vdot before, final Vdot now, final int daysOff, final int weeks) {
        if (now.value() >= before.value()) {
            return now;
        }
        final double lost = before.value() - now.value();
        return new Vdot(Math.min(before.value(), now.value() + share(daysOff, weeks) * lost));
    }

    /** The VDOT of the race the runner told, before the break (empty without a race). */
    static java.util.Optional<Double> before(final FitnessInput in) {
        return in.recentRace().map(r -> Vdot.fromRace(r.distance().metres(), r.time()).value());
    }

    /** The fitness week {@code week} (from 1) is trained at: regained over the {@code week - 1} weeks before it. */
    static Vdot inWeek(final FitnessInput in, final Vdot now, final int week) {
        return onRaceDay(in, now, week - 1);
    }

    /** The race-day fitness of {@code in}'s runner in a plan of {@code weeks} weeks ({@code now}: after the break). */
    static Vdot onRaceDay(final FitnessInput in, final Vdot now, final int weeks) {
        return before(in).map(b -> after(new Vdot(b), now, in.daysOff(), weeks)).orElse(now);
    }
}
