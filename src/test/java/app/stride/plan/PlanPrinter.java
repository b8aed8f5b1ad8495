package app.stride.plan;

import java.util.Locale;

/** A compact text rendering of a plan, for reading golden cases as a coach would. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static String print(final Plan plan) {
        final StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s %s %s..%s level=%s W0=%.1f vdot=%s%n", plan.request().goal(),
                plan.request().distance().map(RaceDistance::code).orElse("-"), plan.startDate(), plan.endDate(),
                plan.fitness().level(), plan.fitness().currentWeeklyM() / 1000,
                plan.fitness().vdot().map(v -> String.format(Locale.ROOT, "%.1f", v.value())).orElse("-")));
        Golden.notes(plan).forEach(w -> sb.append("  ! ").append(w).append('\n'));
        for (PlanWeek w : plan.weeks()) {
            sb.append(String.format(Locale.ROOT, "W%-2d %-8s%s %5.1f km%n", w.number(), w.phase().code(),
                    w.cutback() ? "*" : " ", w.trainingM() / 1000));
            for (Session s : w.sessions()) {
                sb.append(String.format(Locale.ROOT, "    %s %s %-14s %5.1f km %4d min %s%n",
                        s.date().getDayOfWeek().name().substring(0, 3), s.date(), s.type().code(),
                        s.load().totalM() / 1000, s.duration().map(d -> d.toMinutes()).orElse(0L), s.description()));
            }
        }
        return sb.toString();
    }
}
