package app.stride.cli;

import app.stride.format.Degrees;
import app.stride.text.OutfitText;
import app.stride.app.StrideServices;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.outfit.Advice;
import app.stride.outfit.DressShift;
import app.stride.outfit.FeelsLike;
import app.stride.outfit.Outfit;
import app.stride.outfit.OutfitAdvisor;
import app.stride.outfit.OutfitItem;
import app.stride.outfit.OutfitRequest;
import app.stride.outfit.OutfitService;
import app.stride.outfit.OutfitWarning;
import app.stride.outfit.PersonalOffsets;
import app.stride.outfit.Temperatures;
import app.stride.outfit.Tendency;
import app.stride.outfit.Zone;
import app.stride.settings.TemperatureUnit;
import app.stride.weather.ForecastConditions;
import app.stride.weather.WeatherException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code stride outfit}: what to wear for a run, from typed conditions or a forecast. */
@Command(name = "outfit", mixinStandardHelpOptions = true)
public final class OutfitCommand implements Callable<Integer> {

    @ParentCommand
    StrideCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--temp", paramLabel = "N", descriptionKey = "cli.outfit.temp")
    String temp;
    @Option(names = "--temp-unit", paramLabel = "c|f", descriptionKey = "cli.outfit.tempUnit")
    String tempUnit;
    @Option(names = "--wind", paramLabel = "N", descriptionKey = "cli.outfit.wind")
    String wind;
    @Option(names = "--wind-unit", paramLabel = "kmh|mph|ms", descriptionKey = "cli.outfit.windUnit")
    String windUnit;
    @Option(names = "--humidity", paramLabel = "PCT", descriptionKey = "cli.outfit.humidity")
    String humidity;
    @Option(names = "--dew-point", paramLabel = "N", descriptionKey = "cli.outfit.dewPoint")
    String dewPoint;
    @Option(names = "--precip", paramLabel = "WORD", descriptionKey = "cli.outfit.precip")
    String precip;
    @Option(names = "--light", paramLabel = "WORD", descriptionKey = "cli.outfit.light")
    String light;
    @Option(names = "--sky", paramLabel = "WORD", descriptionKey = "cli.outfit.sky")
    String sky;
    @Option(names = "--effort", paramLabel = "WORD", descriptionKey = "cli.outfit.effort")
    String effort;
    @Option(names = "--runs", paramLabel = "WORD",
            descriptionKey = "cli.outfit.runs")
    String runs;
    @Option(names = "--place", paramLabel = "NAME", descriptionKey = "cli.outfit.place")
    String place;
    @Option(names = "--at", paramLabel = "ISO-DATETIME", descriptionKey = "cli.outfit.at")
    String at;
    @Option(names = "--wear", descriptionKey = "cli.outfit.wear")
    boolean wear;
    @Option(names = "--date", paramLabel = "DATE", descriptionKey = "cli.outfit.date")
    String date;
    @Option(names = "--json", descriptionKey = "cli.outfit.json")
    boolean json;
    @Option(names = "--batch", descriptionKey = "cli.outfit.batch")
    boolean batch;

    private InputStream in = System.in;
    private Clock clock = Clock.systemDefaultZone();

    /**
     * Made on first use: picocli builds every command when {@code stride} starts, and creating a mapper there would
     * load Jackson before the window can open (about 0.4 s of start-up on 2 busy cores).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** For tests: where {@code --batch} reads from. */
    void setIn(final InputStream in) {
        this.in = in;
    }

    /** For tests: the clock for the default {@code --at} and for stored times. */
    void setClock(final Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        if (batch) {
            refuseRunOptionsWithBatch();
            return batch(out, err);
        }
        final OutfitOptions o = new OutfitOptions();
        o.set("temp", temp);
        o.set("temp-unit", tempUnit);
        o.set("wind", wind);
        o.set("wind-unit", windUnit);
        o.set("humidity", humidity);
        o.set("dew-point", dewPoint);
        o.set("precip", precip);
        o.set("light", light);
        o.set("sky", sky);
        o.set("effort", effort);
        o.set("runs", runs);
        o.set("place", place);
        o.set("at", at);
        final OutfitOptions.Parsed p = o.parse();
        final Optional<LocalDate> wornOn = wornOn(p);
        final Result r;
        try {
            r = compute(p, wornOn);
        } catch (WeatherException e) {
            err.println(Messages.get("cli.error.prefix") + e.getMessage());
            err.flush();
            return Cli.EXIT_FAILURE;
        }
        if (json) {
            final ObjectNode n = toJson(r);
            wornOn.ifPresent(d -> n.put("wornOn", d.toString()));
            out.println(Json.MAPPER.writeValueAsString(n));
        } else {
            printText(out, r);
            wornOn.ifPresent(d -> out.println(Messages.get("cli.outfit.worn", d)));
        }
        out.flush();
        return Cli.EXIT_OK;
    }

    /** {@code --batch} takes every option from its stdin lines; one given on the command line too would be ignored. */
    private void refuseRunOptionsWithBatch() {
        final String[][] given = {{"--temp", temp}, {"--temp-unit", tempUnit}, {"--wind", wind}, {"--wind-unit", windUnit},
            {"--humidity", humidity}, {"--dew-point", dewPoint}, {"--precip", precip}, {"--light", light}, {"--sky", sky},
            {"--effort", effort}, {"--runs", runs}, {"--place", place}, {"--at", at}, {"--date", date}, {"--wear", wear ? "" : null}};
        for (String[] g : given) {
            if (g[1] != null) {
                throw new InvalidInputException(g[0], Messages.get("cli.outfit.invalid.batchAndOption", g[0]));
            }
        }
    }

    /** An outfit and, when it came from a forecast, that forecast. */
    private record Result(Outfit outfit, Optional<ForecastConditions> forecast) {
    }

    /** The day to remember the outfit for: only with {@code --wear} ("I'm wearing this"), never on a mere look. */
    private Optional<LocalDate> wornOn(final OutfitOptions.Parsed p) {
        if (!wear) {
            if (date != null) {
                throw new InvalidInputException("--date", Messages.get("cli.outfit.invalid.dateNeedsWear"));
            }
            return Optional.empty();
        }
        if (root.dataDir().isEmpty()) {
            throw new InvalidInputException("--wear", Messages.get("cli.outfit.invalid.wearNeedsDataDir"));
        }
        if (date == null) {
            return Optional.of(p.at().map(LocalDateTime::toLocalDate).orElseGet(() -> LocalDate.now(clock)));
        }
        return Optional.of(RunDay.parse("--date", date, clock, true));
    }

    private Result compute(final OutfitOptions.Parsed p, final Optional<LocalDate> wornOn) {
        final Optional<StrideServices> db = root.dataDir().map(d -> root.services(clock));
        Optional<ForecastConditions> forecast = Optional.empty();
        final app.stride.outfit.Conditions conditions;
        if (p.place().isPresent()) {
            // --place is the runner asking for a forecast now, so it is allowed even with weather off in the app;
            // the data folder (explicit or default) holds the cache and the endpoint settings.
            final StrideServices wdb = root.services(clock);
            final LocalDateTime when = p.at().orElseGet(() -> LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).plusHours(1));
            final ForecastConditions fc = wdb.weather().lookUp(p.place().get(), when);
            forecast = Optional.of(fc);
            conditions = fc.conditions();
        } else {
            conditions = p.conditions().orElseThrow();
        }
        final Outfit outfit;
        if (db.isPresent()) {
            // what was learned is read once per command, not once per --batch line
            if (learned == null) {
                outfitService = db.get().outfit();
                learned = outfitService.learnedNow();
            }
            outfit = learned.recommend(conditions, p.effort(), p.tendency(), p.unit());
            wornOn.ifPresent(day -> outfitService.remember(day, outfit));
        } else {
            outfit = OutfitAdvisor.advise(new OutfitRequest(conditions, p.effort(), p.tendency().orElse(Tendency.NEUTRAL),
                    PersonalOffsets.NONE, p.unit()));
        }
        return new Result(outfit, forecast);
    }

    private OutfitService outfitService;
    private OutfitService.Learned learned;

    private int batch(final PrintWriter out, final PrintWriter err) throws IOException {
        int lines = 0;
        int errors = 0;
        final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            lines++;
            try {
                if (line.isBlank()) {
                    // answered, not skipped: output line n belongs to input line n
                    throw new InvalidInputException("--batch", Messages.get("cli.outfit.invalid.batchEmpty"));
                }
                out.println(Json.MAPPER.writeValueAsString(toJson(compute(BatchLine.options(line).parse(), Optional.empty()))));
            } catch (InvalidInputException | WeatherException e) {
                errors++;
                final ObjectNode n = Json.MAPPER.createObjectNode();
                n.put("error", Echo.clip(e.getMessage(), java.util.List.of(line)));
                out.println(Json.MAPPER.writeValueAsString(n));
            }
            out.flush();
        }
        if (errors > 0) {
            err.println(Messages.get("cli.error.prefix") + Messages.get("cli.outfit.batchErrors", errors, lines));
            err.flush();
            return Cli.EXIT_BAD_INPUT;
        }
        return Cli.EXIT_OK;
    }

    private static ObjectNode toJson(final Result r) {
        final Outfit o = r.outfit();
        final ObjectNode n = Json.MAPPER.createObjectNode();
        n.set("feelsLike", temperature(o.feelsLike().celsius()));
        n.set("dressFor", temperature(o.dressForC()));
        final ArrayNode items = n.putArray("items");
        for (OutfitItem i : o.items()) {
            items.addObject().put("zone", i.zone().code()).put("item", i.id()).put("label", OutfitText.label(i)).put("why", i.why().text());
        }
        final ArrayNode warnings = n.putArray("warnings");
        for (OutfitWarning w : o.warnings()) {
            warnings.addObject().put("id", w.id()).put("text", w.text().text());
        }
        final ArrayNode advice = n.putArray("advice");
        for (Advice a : o.advice()) {
            advice.add(a.text().text());
        }
        n.put("feelsLikeKind", o.feelsLike().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (o.feelsLike().beyondChart()) {
            n.put("beyondChart", true);
        }
        n.set("baseDressFor", temperature(o.baseDressForC()));
        final ArrayNode shifts = n.putArray("shifts");
        for (DressShift s : o.shifts()) {
            shifts.addObject().put("id", s.id()).put("c", round(s.deltaC())).put("f", round(s.deltaC() * 9.0 / 5.0))
                    .put("text", OutfitText.shift(s, o.request().unit()));
        }
        r.forecast().ifPresent(f -> {
            final ObjectNode fc = n.putObject("forecast");
            fc.put("place", f.place().label());
            fc.put("latitude", f.place().latitude());
            fc.put("longitude", f.place().longitude());
            fc.put("at", f.at().toString());
            fc.put("hour", f.hour().time().toString());
            fc.put("fetchedAt", f.fetchedAt().toString());
            fc.put("fromCache", f.fromCache());
            fc.put("airC", round(f.conditions().airC()));
            fc.put("windKmh", round(f.conditions().windKmh()));
            fc.put("humidity", round(f.conditions().humidityPct()));
            fc.put("precip", f.conditions().precipitation().code());
            fc.put("light", f.conditions().light().code());
            fc.put("sky", f.conditions().sky().code());
            f.hour().weatherCode().ifPresent(c -> fc.put("weatherCode", c));
            fc.put("attribution", f.attribution());
        });
        return n;
    }

    private static ObjectNode temperature(final double c) {
        final ObjectNode t = Json.MAPPER.createObjectNode();
        t.put("c", round(c));
        t.put("f", round(Temperatures.toF(c)));
        return t;
    }

    private static double round(final double v) {
        final double r = Math.round(v * 10.0) / 10.0;
        return r == 0 ? 0.0 : r;
    }

    private static void printText(final PrintWriter out, final Result r) {
        final Outfit o = r.outfit();
        final TemperatureUnit u = o.request().unit();
        r.forecast().ifPresent(f -> {
            out.println(f.place().label() + ", " + f.at() + ": " + Degrees.of(f.conditions().airC(), u)
                    + ", " + Math.round(f.conditions().windKmh()) + " km/h, " + Math.round(f.conditions().humidityPct()) + "%, "
                    + f.conditions().precipitation().code() + ", " + f.conditions().sky().code() + ", " + f.conditions().light().code());
            out.println(f.attribution());
            out.println();
        });
        final String kind = o.feelsLike().kind() == FeelsLike.Kind.WIND_CHILL ? Messages.get("cli.outfit.feelsLike.windChill")
                : o.feelsLike().beyondChart() ? Messages.get("cli.outfit.feelsLike.beyondChart")
                : o.feelsLike().kind() == FeelsLike.Kind.HEAT_INDEX ? Messages.get("cli.outfit.feelsLike.heatIndex") : "";
        out.println(Messages.get("cli.outfit.feelsLike", Degrees.of(o.feelsLike().celsius(), u), kind));
        out.println(Math.abs(o.learnedShiftC()) >= 0.05
                ? Messages.get("cli.outfit.dressFor.learned", Degrees.of(o.dressForC(), u), Degrees.of(o.baseDressForC(), u))
                : Messages.get("cli.outfit.dressFor", Degrees.of(o.dressForC(), u)));
        o.shifts().forEach(s -> out.println("  " + OutfitText.shift(s, u)));
        for (Zone z : Zone.values()) {
            final List<OutfitItem> items = o.itemsIn(z);
            if (items.isEmpty()) {
                continue;
            }
            out.println(Messages.get("outfit.zone." + z.code()));
            for (OutfitItem i : items) {
                out.println("  " + OutfitText.label(i) + ": " + i.why().text());
            }
        }
        if (!o.warnings().isEmpty()) {
            out.println(Messages.get("cli.outfit.warnings"));
            o.warnings().forEach(w -> out.println("  ! " + w.text().text()));
        }
        if (!o.advice().isEmpty()) {
            out.println(Messages.get("cli.outfit.advice"));
            o.advice().forEach(a -> out.println("  - " + a.text().text()));
        }
    }
}
