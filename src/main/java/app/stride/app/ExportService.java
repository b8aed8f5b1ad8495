package app.stride.app;

import app.stride.common.CannotContinueException;
import app.stride.common.Messages;
import app.stride.export.ExportFile;
import app.stride.export.IcsCalendar;
import app.stride.export.PlanExtras;
import app.stride.export.PlanPdf;
import app.stride.export.PrintedPlan;
import app.stride.plan.PlanRepository;
import java.time.Clock;
import app.stride.export.LogCsv;
import app.stride.settings.DistanceUnit;
import app.stride.settings.SettingsRepository;
import app.stride.tracking.LogHistory;
import java.nio.file.Path;
import java.util.Optional;

/** Files the runner takes out of Stride (issue 10): the log as CSV, the plan as a calendar, PDF or a partner note. */
public final class ExportService {

    private final LogHistory history;
    private final SettingsRepository settings;
    private final PlanRepository plans;
    private final PlanExtras.Source extras;
    private final Clock clock;

    ExportService(final LogHistory history, final SettingsRepository settings, final PlanRepository plans,
                  final PlanExtras.Source extras, final Clock clock) {
        this.history = history;
        this.settings = settings;
        this.plans = plans;
        this.extras = extras;
        this.clock = clock;
    }

    private DistanceUnit unit(final Optional<DistanceUnit> unit) {
        return unit.orElseGet(() -> settings.load().distanceUnit());
    }

    /** The current plan and its extras; refused when there is no plan. */
    private PlanRepository.SavedPlan plan() {
        return plans.current().orElseThrow(() -> new CannotContinueException(Messages.get("export.error.noPlan"), null));
    }

    /** The current plan laid out for paper (PDF and the app's print preview). */
    public PrintedPlan printedPlan(final Optional<DistanceUnit> unit) {
        return PrintedPlan.of(plan(), plans.currentOutline(), extras.current().orElseThrow(), unit(unit));
    }

    /** The current plan as a PDF on {@code paper}; returns the file written. */
    public Path pdf(final Path out, final Optional<DistanceUnit> unit, final PlanPdf.Paper paper) {
        ExportFile.check("--out", out);
        final PrintedPlan printed = printedPlan(unit);
        return ExportFile.write("--out", out, os -> PlanPdf.write(printed, paper, os));
    }

    /** The current plan as an iCalendar file; returns the file written. */
    public Path ics(final Path out, final Optional<DistanceUnit> unit) {
        ExportFile.check("--out", out);
        final PlanRepository.SavedPlan plan = plan();
        final PlanExtras x = extras.current().orElseThrow();
        final var ical = IcsCalendar.calendar(plan, x, unit(unit), clock.getZone(), clock.instant());
        return ExportFile.write("--out", out, os -> IcsCalendar.write(ical, os));
    }

    /** The log as CSV in {@code unit}, or the runner's unit; returns the file written. */
    public Path csv(final Path out, final Optional<DistanceUnit> unit) {
        ExportFile.check("--out", out);
        final DistanceUnit u = unit(unit);
        final var entries = history.all();
        return ExportFile.write("--out", out, os -> LogCsv.write(entries, u, os));
    }
}
