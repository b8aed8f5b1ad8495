package app.stride.plan;

/**
 * Keep what they have (coach review n09): a 5K's long run is capped at 16 km or 90 minutes ({@link LongRunRule#cap}),
 * but an established 5K runner whose long run is already longer keeps it, up to the 10K's cap (19 km or 100 minutes
 * at easy pace: a 5K runner's long run is never longer than a 10K runner's), as far as its share of an ordinary week
 * allows ({@link LongRunRule#share}: 19 km at 35% needs a 54 km week on five or more days, a 50 km week holds 17.5). A 17:00 5K runner on
 * 80 km a week with 20 km long runs was cut to 16 km long runs, and with them (easy runs stay within three quarters of
 * the long run) to 66.6 km weeks and a warning to add a seventh day. Smaller weeks, cutbacks and the taper keep the
 * 5K's own cap: there the long run would outgrow its share of the week, or the race is near.
 */
final class BigWeekLongRun {

    private BigWeekLongRun() {
    }

    /**
     * The long-run cap of an ordinary week of {@code weekM} metres with {@code runs} runs: the distance's
     * {@code capM}, raised toward the runner's current longest run (at most the 10K's cap) as far as the long run's
     * share of the week allows, when the rule applies.
     */
    static double cap(final double capM, final PlanRequest req, final Fitness fit, final double easySecPerKm,
                      final double weekM, final int runs) {
        if (!applies(req, fit) || fit.longestRunM() <= capM) {
            return capM;
        }
        final double kept = Math.min(fit.longestRunM(),
                LongRunRule.cap(java.util.Optional.of(RaceDistance.TEN_K), req.goal(), easySecPerKm));
        return Math.max(capM, Math.min(kept, LongRunRule.share(runs) * weekM));
    }

    /** Whether the rule applies: a 5K race for an established runner (15+ km a week, not back from a break). */
    static boolean applies(final PlanRequest req, final Fitness fit) {
        return req.hasRace() && req.distance().filter(d -> d == RaceDistance.FIVE_K).isPresent()
                && VolumeTarget.established(fit);
    }
}
