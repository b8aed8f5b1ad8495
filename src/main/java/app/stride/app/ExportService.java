package app.stride.app;

import app.stride.common.CannotContinueException;
import app.stride.common.Messages;
import app.stride.export.ExportFile;
import app.stride.export.IcsCalendar;
import app.stride.export.PartnerNote;
import app.stride.export.PlanExtras;
import app.stride.export.PlanPdf;
import app.stride.export.PrintedPlan;
import app.stride.plan.PlanRepository;
import java.time.Clock;
import app.stride.export.LogCsv;
import app.stride.settings.DistanceUnit;
import app.stride.settings.SettingsRepository;
import app.stride.tracking.LogHistory;
import app.stride.tracking.PlanSpan;
import app.stride.tracking.WeekSummary;
import app.stride.common.InvalidInputException;
import java.time.LocalDate;
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

    /** How many weeks the current plan has (for choosing a week of the partner note). */
    public int planWeeks() {
        return plan().weeks();
    }

    /**
     * This week (or week {@code week}) of the current plan in plain words for an accountability partner.
     *
     * @throws InvalidInputException naming {@code --week} when it is outside the plan
     */
    public String partnerNote(final Optional<Integer> week, final Optional<DistanceUnit> unit) {
        final PlanRepository.SavedPlan plan = plan();
        final LocalDate today = LocalDate.now(clock);
        final int n = week.orElseGet(() -> WeekSummary.weekOf(plan, today));
        if (n < 1 || n > plan.weeks()) {
            throw InvalidInputException.coded("--week", "cli.export.invalid.week", plan.weeks(), n);
        }
        final LocalDate start = PlanSpan.weekStart(plan, n); // the week's entries only: ten years of log are not read
        return PartnerNote.text(WeekSummary.of(plan, history.between(start, start.plusDays(6)), n, today), unit(unit),
                extras.current().flatMap(PlanExtras::why));
    }

    /** Saves a partner note to {@code out}. */
    public Path savePartnerNote(final Path out, final String note) {
        return ExportFile.write("--out", out, os -> os.write(note.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
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
