package app.stride.plan;

import app.stride.text.PlanText;
import app.stride.text.StepText;
import app.stride.settings.DistanceUnit;
import java.util.Locale;

/** A plan as text a coach reads: who, what the engine says, then week by week with phase, volume and sessions. */
final class PlanPrinter {

    private PlanPrinter() {
    }

    static String print(final Plan plan) {
        return print(plan, DistanceUnit.KM);
    }

    static String print(final Plan plan, final DistanceUnit unit) {
        final StringBuilder sb = new StringBuilder();
        final String u = unit.code();
        sb.append(String.format(Locale.ROOT, "%s %s %s..%s level=%s now=%.1f %s longest=%.1f %s vdot=%s%n", plan.request().goal(),
                plan.request().distance().map(RaceDistance::code).orElse("-"), plan.startDate(), plan.endDate(),
                plan.fitness().level(), unit.fromMetres(plan.fitness().currentWeeklyM()), u,
                unit.fromMetres(plan.fitness().longestRunM()), u,
                plan.fitness().vdot().map(v -> String.format(Locale.ROOT, "%.1f", v.value())).orElse("-")));
        plan.raceTime().ifPresent(t -> sb.append("race time ").append(StepText.clock(t.fastest())).append(t.fastest().equals(t.slowest())
                ? "" : "–" + StepText.clock(t.slowest())).append('\n'));
        plan.warnings().forEach(w -> sb.append("  ! ").append(PlanText.note(w, unit, PlanText.Surface.CLI)).append('\n'));
        for (PlanWeek w : plan.weeks()) {
            sb.append(String.format(Locale.ROOT, "W%-2d %-8s%s %5.1f %s%n", w.number(), w.phase().code(),
                    w.cutback() ? "*" : " ", unit.fromMetres(w.trainingM()), u));
            for (Session s : w.sessions()) {
                sb.append(String.format(Locale.ROOT, "    %s %s %-14s %5.1f %s %4d min  %s%n",
                        s.date().getDayOfWeek().name().substring(0, 3), s.date(), s.type().code(),
                        unit.fromMetres(s.load().totalM()), u, s.duration().map(d -> d.toMinutes()).orElse(0L), PlanText.description(s, unit)));
            }
        }
        return sb.toString();
    }

    /** A refusal as the command line says it, with its alternatives. */
    static String refusal(final PlanInputException e, final DistanceUnit unit) {
        return "REFUSED " + e.field().code() + ": " + PlanText.problem(e.problem(), unit, PlanText.Surface.CLI)
                + (e.alternatives().isEmpty() ? "" : "\n  alternatives: " + String.join("; ",
                e.alternatives().stream().map(PlanText::alternative).toList())) + "\n";
    }
}
