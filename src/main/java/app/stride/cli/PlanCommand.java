package app.stride.cli;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.export.PlanJson;
import app.stride.plan.FitnessInput;
import app.stride.plan.Goal;
import app.stride.plan.Plan;
import app.stride.plan.PlanDates;
import app.stride.plan.PlanField;
import app.stride.plan.PlanGenerator;
import app.stride.plan.PlanInputException;
import app.stride.text.PlanText;
import app.stride.plan.PlanRequest;
import app.stride.plan.RaceDistance;
import app.stride.plan.RaceResult;
import app.stride.plan.RaceTime;
import app.stride.plan.RunWalk;
import app.stride.plan.TrainingDays;
import app.stride.settings.DistanceUnit;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride plan}: generates a training plan, prints it as a table or JSON, and optionally saves it. */
@Command(name = "plan", mixinStandardHelpOptions = true)
public final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    @Option(names = "--distance", paramLabel = "5k|10k|half", descriptionKey = "cli.plan.distance")
    String distance;
    @Option(names = "--goal", paramLabel = "time|finish|consistency",
            descriptionKey = "cli.plan.goal")
    String goal;
    @Option(names = "--target-time", paramLabel = "[H:]MM:SS", descriptionKey = "cli.plan.targetTime")
    String targetTime;
    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.plan.startDate")
    String startDate;
    @Option(names = "--race-date", paramLabel = "YYYY-MM-DD", descriptionKey = "cli.plan.raceDate")
    String raceDate;
    @Option(names = "--weeks", paramLabel = "N", descriptionKey = "cli.plan.weeks")
    String weeks;
    @Option(names = "--days", paramLabel = "mon,tue,...", descriptionKey = "cli.plan.days")
    String days;
    @Option(names = "--long-run-day", paramLabel = "DAY", descriptionKey = "cli.plan.longRunDay")
    String longRunDay;
    @Option(names = "--recent-race", paramLabel = "DIST=[H:]MM:SS", descriptionKey = "cli.plan.recentRace")
    String recentRace;
    @Option(names = "--weekly-km", paramLabel = "X", descriptionKey = "cli.plan.weeklyKm")
    String weeklyKm;
    @Option(names = "--weekly-mi", paramLabel = "X", descriptionKey = "cli.plan.weeklyMi")
    String weeklyMi;
    @Option(names = "--runs-per-week", paramLabel = "N", descriptionKey = "cli.plan.runsPerWeek")
    String runsPerWeek;
    @Option(names = "--longest-run-km", paramLabel = "X", descriptionKey = "cli.plan.longestRunKm")
    String longestRunKm;
    @Option(names = "--longest-run-mi", paramLabel = "X", descriptionKey = "cli.plan.longestRunMi")
    String longestRunMi;
    @Option(names = "--continuous-min", paramLabel = "N", descriptionKey = "cli.plan.continuousMin")
    String continuousMin;
    @Option(names = "--run-walk", paramLabel = "RUN/WALK", descriptionKey = "cli.plan.runWalk")
    String runWalk;
    @Option(names = "--days-off", paramLabel = "N", descriptionKey = "cli.plan.daysOff")
    String daysOff;
    @Option(names = "--cross-trained", descriptionKey = "cli.plan.crossTrained")
    boolean crossTrained;
    @Option(names = "--units", paramLabel = "km|mi", descriptionKey = "cli.plan.units")
    String units;
    @Option(names = "--json", descriptionKey = "cli.plan.json")
    boolean json;
    @Option(names = "--save", descriptionKey = "cli.plan.save")
    boolean save;

    public PlanCommand() {
        this(Clock.systemDefaultZone());
    }

    PlanCommand(final Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        final PlanRequest request = request();
        if (units != null && DistanceUnit.parse(units).isEmpty()) {
            throw bad("--units", "cli.plan.error.units", units);
        }
        final DistanceUnit unit = unit();
        final Plan plan;
        try {
            plan = new PlanGenerator(clock, unit).generate(request);
        } catch (PlanInputException e) {
            throw new InvalidInputException(option(e.field()), problemLine(e, unit));
        }
        if (save) {
            root.services(clock).plans().saveAsCurrent(plan);
        }
        final PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(PlanJson.writePretty(PlanJson.toTree(plan)));
        } else {
            out.print(PlanTable.render(plan, unit));
        }
        if (save && !json) {
            // Stdout stays pure JSON with --json; in table mode the note follows the table.
            out.println(Messages.get("cli.plan.saved"));
        }
        out.flush();
        return 0;
    }

    PlanRequest request() {
        final Optional<RaceDistance> dist = Optional.ofNullable(distance).map(d -> RaceDistance.parse(d)
                .filter(RaceDistance::isPlanGoal).orElseThrow(() -> bad("--distance", "cli.plan.error.distance", d)));
        final Optional<Duration> target = Optional.ofNullable(targetTime).map(t -> parseTime("--target-time", t));
        // A runner who gives a target or a recent race races as fast as fitness allows; "finish" is asked for by name.
        final boolean raced = target.isPresent() || recentRace != null;
        final Goal g = goal == null ? (dist.isPresent() ? (raced ? Goal.TIME : Goal.FINISH) : Goal.CONSISTENCY)
                : Goal.parse(goal).orElseThrow(() -> bad("--goal", "cli.plan.error.goal", goal));
        final Optional<Integer> runs = Optional.ofNullable(runsPerWeek).map(s -> integer("--runs-per-week", s));
        // No --days: the engine's default days for the runs a week the runner does now (the plan form does the same).
        final Set<DayOfWeek> dayset = days == null ? TrainingDays.defaultDays(runs) : parseDays(days);
        if (weeklyKm != null && weeklyMi != null) {
            throw bad("--weekly-mi", "cli.plan.error.weeklyBoth");
        }
        final Optional<Double> weekly = weeklyKm != null ? Optional.of(number("--weekly-km", weeklyKm) * 1000)
                : weeklyMi != null ? Optional.of(number("--weekly-mi", weeklyMi) * 1609.344) : Optional.empty();
        final FitnessInput fitness = new FitnessInput(
                Optional.ofNullable(recentRace).map(this::parseRace),
                weekly,
                runs,
                longest(),
                Optional.ofNullable(continuousMin).map(s -> integer("--continuous-min", s)),
                Optional.ofNullable(runWalk).map(s -> RunWalk.parse(s).orElseThrow(() -> bad("--run-walk", "cli.plan.error.runWalk", s))),
                daysOff == null ? 0 : integer("--days-off", daysOff),
                crossTrained);
        return new PlanRequest(g, dist, target, Optional.ofNullable(startDate).map(s -> date("--start-date", s)),
                Optional.ofNullable(raceDate).map(s -> date("--race-date", s)),
                Optional.ofNullable(weeks).map(PlanCommand::weeks), dayset,
                Optional.ofNullable(longRunDay).map(s -> day("--long-run-day", s)), fitness);
    }

    private Optional<Double> longest() {
        if (longestRunKm != null && longestRunMi != null) {
            throw bad("--longest-run-mi", "cli.plan.error.longestBoth");
        }
        return longestRunKm != null ? Optional.of(number("--longest-run-km", longestRunKm) * 1000)
                : longestRunMi != null ? Optional.of(number("--longest-run-mi", longestRunMi) * 1609.344) : Optional.empty();
    }

    /** The unit the runner speaks: --units, else miles when they gave miles. */
    private DistanceUnit unit() {
        if (units != null) {
            return DistanceUnit.parse(units).orElse(DistanceUnit.KM);
        }
        return weeklyMi != null || longestRunMi != null ? DistanceUnit.MI : DistanceUnit.KM;
    }

    /** "--race-date: ... Alternatives: a later race, on ...; the 10K instead." in one line. */
    private String problemLine(final PlanInputException e, final DistanceUnit unit) {
        final String text = PlanText.problem(e.problem(), unit, PlanText.Surface.CLI);
        final String alts = e.alternatives().isEmpty() ? "" : " " + Messages.get("cli.plan.problem.alternatives",
                String.join("; ", e.alternatives().stream().map(PlanText::alternative).toList()));
        return option(e.field()) + ": " + text + alts;
    }

    /** The option the runner typed for a field (miles or kilometres as they gave them). */
    String option(final PlanField f) {
        return switch (f) {
            case GOAL -> "--goal";
            case DISTANCE -> "--distance";
            case TARGET_TIME -> "--target-time";
            case START_DATE -> "--start-date";
            case RACE_DATE -> raceDate != null || startDate == null ? "--race-date" : "--weeks";
            case WEEKS -> "--weeks";
            case DAYS -> "--days";
            case LONG_RUN_DAY -> "--long-run-day";
            case RECENT_RACE -> "--recent-race";
            case WEEKLY_VOLUME -> weeklyMi != null ? "--weekly-mi" : "--weekly-km";
            case RUNS_PER_WEEK -> "--runs-per-week";
            case LONGEST_RUN -> longestRunMi != null ? "--longest-run-mi" : "--longest-run-km";
            case CONTINUOUS_MIN -> "--continuous-min";
            case RUN_WALK -> "--run-walk";
            case DAYS_OFF -> "--days-off";
        };
    }

    private RaceResult parseRace(final String s) {
        final int eq = s.indexOf('=');
        if (eq < 0) {
            throw bad("--recent-race", "cli.plan.error.recentRace", s);
        }
        final RaceDistance d = RaceDistance.parse(s.substring(0, eq))
                .orElseThrow(() -> bad("--recent-race", "cli.plan.error.recentRace", s));
        return new RaceResult(d, parseTime("--recent-race", s.substring(eq + 1)));
    }

    /** Parses {@code [H:]MM:SS} (see {@link RaceTime}), naming {@code option} when it is not a time. */
    static Duration parseTime(final String option, final String s) {
        return RaceTime.parse(s).orElseThrow(() -> bad(option, "cli.plan.error.time", s));
    }

    static Set<DayOfWeek> parseDays(final String s) {
        final Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        if (s.isBlank()) {
            throw bad("--days", "cli.plan.error.days", s);
        }
        for (String part : s.split(",")) {
            out.add(day("--days", part));
        }
        return out;
    }

    static DayOfWeek day(final String option, final String s) {
        final String t = s.strip().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            final String name = d.name().toLowerCase(Locale.ROOT);
            if (t.length() >= 3 && name.startsWith(t)) {
                return d;
            }
        }
        throw bad(option, "cli.plan.error.day", s);
    }

    private static LocalDate date(final String option, final String s) {
        final LocalDate d;
        try {
            d = LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw bad(option, "cli.plan.error.date", s);
        }
        if (d.getYear() < 1900 || d.getYear() > 2999) {
            throw bad(option, "cli.plan.error.date", s);
        }
        return d;
    }

    /** Plain ASCII decimals only: Double.parseDouble would also take 10d, 0x1p3 and surrounding control characters. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    /** Plain ASCII whole numbers only: Integer.parseInt would also take full-width and other Unicode digits (１２). */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[+-]?[0-9]+");

    private static double number(final String option, final String s) {
        final double v;
        try {
            if (!DECIMAL.matcher(s.strip()).matches()) {
                throw new NumberFormatException(s);
            }
            v = Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw bad(option, "cli.plan.error.number", s);
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw bad(option, "cli.plan.error.number", s);
        }
        return v;
    }

    /** A whole number of weeks; any whole number outside 6–12 (however large) gets the range, not a number error. */
    private static int weeks(final String s) {
        final String t = s.strip();
        if (t.matches("[+-]?[0-9]+")) {
            final java.math.BigInteger v = new java.math.BigInteger(t);
            if (v.compareTo(java.math.BigInteger.valueOf(PlanDates.MIN_WEEKS)) < 0
                    || v.compareTo(java.math.BigInteger.valueOf(PlanDates.MAX_WEEKS)) > 0) {
                throw new InvalidInputException("--weeks", "--weeks: " + Messages.get("plan.problem.weeksRange",
                        PlanDates.MIN_WEEKS, PlanDates.MAX_WEEKS, t));
            }
            return v.intValue();
        }
        return integer("--weeks", s);
    }

    private static int integer(final String option, final String s) {
        try {
            if (!WHOLE.matcher(s.strip()).matches()) {
                throw new NumberFormatException(s);
            }
            final int v = Integer.parseInt(s.strip());
            if (v < 0) {
                throw bad(option, "cli.plan.error.integer", s);
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(option, "cli.plan.error.integer", s);
        }
    }

    private static InvalidInputException bad(final String option, final String key, final Object... args) {
        final Object[] all = new Object[args.length + 1];
        all[0] = option;
        System.arraycopy(args, 0, all, 1, args.length);
        return new InvalidInputException(option, Messages.get(key, all));
    }
}
