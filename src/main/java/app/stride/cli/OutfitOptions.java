package app.stride.cli;

import app.stride.format.Numbers;
import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.outfit.Conditions;
import app.stride.outfit.Effort;
import app.stride.outfit.Light;
import app.stride.outfit.Precipitation;
import app.stride.outfit.Sky;
import app.stride.outfit.Temperatures;
import app.stride.outfit.Tendency;
import app.stride.settings.TemperatureUnit;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The options of {@code stride outfit}, as the runner typed them (text), and their validation into conditions.
 * Shared by the command line and {@code --batch} lines, so both give the same one-line messages.
 */
final class OutfitOptions {

    /** Option names without dashes, as {@code --batch} lines use them. */
    static final String[] NAMES = {"temp", "temp-unit", "wind", "wind-unit", "humidity", "dew-point", "precip", "light", "sky",
        "effort", "runs", "place", "at"};

    /** Units a wind speed may be given in, with km/h per unit. */
    enum WindUnit {
        KMH("kmh", 1.0), MPH("mph", Temperatures.KMH_PER_MPH), MS("ms", Temperatures.KMH_PER_MS);

        final String code;
        final double kmh;

        WindUnit(final String code, final double kmh) {
            this.code = code;
            this.kmh = kmh;
        }
    }

    /** What the options ask for, validated. */
    record Parsed(Optional<Conditions> conditions, Effort effort, Optional<Tendency> tendency, TemperatureUnit unit,
                  Optional<String> place, Optional<LocalDateTime> at) {
    }

    final Map<String, String> values = new LinkedHashMap<>();

    void set(final String name, final String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private Optional<String> opt(final String name) {
        return Optional.ofNullable(values.get(name));
    }

    Parsed parse() {
        final TemperatureUnit unit = word("temp-unit", TemperatureUnit::parse, "c, f").orElse(TemperatureUnit.C);
        final WindUnit windUnit = word("wind-unit", t -> Arrays.stream(WindUnit.values())
                .filter(w -> w.code.equals(t.strip().toLowerCase(Locale.ROOT))).findFirst(), "kmh, mph, ms").orElse(WindUnit.KMH);
        final Precipitation precip = word("precip", Precipitation::parse, Precipitation.codes()).orElse(Precipitation.NONE);
        final Light light = word("light", Light::parse, Light.codes()).orElse(Light.DAY);
        final Sky sky = word("sky", Sky::parse, Sky.codes()).orElse(Sky.OVERCAST);
        final Effort effort = word("effort", Effort::parse, Effort.codes()).orElse(Effort.EASY);
        final Optional<Tendency> runs = word("runs", Tendency::parse, Tendency.codes());
        if (opt("place").filter(String::isBlank).isPresent()) {
            throw new InvalidInputException("--place", Messages.get("cli.outfit.invalid.placeEmpty"));
        }
        final Optional<String> place = opt("place").map(String::strip);
        final Optional<LocalDateTime> at = opt("at").map(OutfitOptions::dateTime);

        if (place.isPresent()) {
            for (String n : new String[] {"temp", "wind", "humidity", "dew-point", "precip", "light", "sky"}) {
                if (values.containsKey(n)) {
                    throw new InvalidInputException("--place", Messages.get("cli.outfit.invalid.placeAndTemp"));
                }
            }
            return new Parsed(Optional.empty(), effort, runs, unit, place, at);
        }
        if (at.isPresent()) {
            throw new InvalidInputException("--at", Messages.get("cli.outfit.invalid.atWithoutPlace"));
        }
        final String tempText = opt("temp").orElseThrow(
                () -> new InvalidInputException("--temp", Messages.get("cli.outfit.invalid.tempRequired")));
        final double temp = number("--temp", tempText);
        final double tempC = unit.toCelsius(temp);
        final String unitName = unit.symbol();
        if (!(tempC >= Conditions.MIN_AIR_C && tempC <= Conditions.MAX_AIR_C)) {
            throw new InvalidInputException("--temp", Messages.get("cli.outfit.invalid.range", "--temp",
                    fmt(unit.fromCelsius(Conditions.MIN_AIR_C)), fmt(unit.fromCelsius(Conditions.MAX_AIR_C)), unitName, tempText.strip()));
        }
        if (precip == Precipitation.SNOW && tempC > Conditions.MAX_SNOW_AIR_C) {
            throw new InvalidInputException("--precip", Messages.get("cli.outfit.invalid.snowTooWarm",
                    fmt(unit.fromCelsius(Conditions.MAX_SNOW_AIR_C)), unitName, tempText.strip()));
        }
        double windKmh = 0;
        if (values.containsKey("wind")) {
            final double w = number("--wind", values.get("wind"));
            final double max = Conditions.MAX_WIND_KMH / windUnit.kmh;
            if (!(w >= 0 && w <= max)) {
                throw new InvalidInputException("--wind", Messages.get("cli.outfit.invalid.range", "--wind", "0", fmt(max),
                        windUnit.code, values.get("wind").strip()));
            }
            windKmh = Math.min(Conditions.MAX_WIND_KMH, w * windUnit.kmh);
        }
        Conditions c = new Conditions(tempC, windKmh, 50, precip, light, sky, false, false);
        if (values.containsKey("humidity") && values.containsKey("dew-point")) {
            throw new InvalidInputException("--humidity", Messages.get("cli.outfit.invalid.both"));
        }
        if (values.containsKey("humidity")) {
            final double h = number("--humidity", values.get("humidity"));
            if (!(h >= 0 && h <= 100)) {
                throw new InvalidInputException("--humidity", Messages.get("cli.outfit.invalid.humidity", values.get("humidity").strip()));
            }
            c = c.withHumidity(h);
        }
        if (values.containsKey("dew-point")) {
            final double d = number("--dew-point", values.get("dew-point"));
            final double dC = unit.toCelsius(d);
            if (dC > tempC + 1e-9) {
                throw new InvalidInputException("--dew-point", Messages.get("cli.outfit.invalid.dewPoint",
                        values.get("dew-point").strip() + " " + unitName, tempText.strip() + " " + unitName));
            }
            if (!(dC >= Conditions.MIN_AIR_C - 30)) {
                throw new InvalidInputException("--dew-point", Messages.get("cli.outfit.invalid.range", "--dew-point",
                        fmt(unit.fromCelsius(Conditions.MIN_AIR_C - 30)), tempText.strip(), unitName, values.get("dew-point").strip()));
            }
            c = c.withDewPointC(dC);
        }
        return new Parsed(Optional.of(c), effort, runs, unit, Optional.empty(), Optional.empty());
    }

    private <T> Optional<T> word(final String name, final Function<String, Optional<T>> parser, final String allowed) {
        final Optional<String> text = opt(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        final Optional<T> v = parser.apply(text.get());
        if (v.isEmpty()) {
            throw new InvalidInputException("--" + name, Messages.get("cli.outfit.invalid.word", "--" + name, allowed, text.get()));
        }
        return v;
    }

    /**
     * The number in {@code text}. A well-formed number that is merely huge (-1e9, 1e999) is returned (perhaps infinite)
     * so that the caller's range check names the allowed range instead of saying "must be a number".
     */
    static double number(final String option, final String text) {
        return Numbers.parseMachine(text).orElseThrow(() -> new InvalidInputException(option, Messages.get("cli.outfit.invalid.number", option, text)));
    }

    /** As {@link #number}, within [{@code minC}, {@code maxC}] °C given in {@code unit}; else the range is named. */
    static double temperatureC(final String option, final String text, final TemperatureUnit unit, final double minC, final double maxC) {
        final double c = unit.toCelsius(number(option, text));
        if (!(c >= minC && c <= maxC)) {
            throw new InvalidInputException(option, Messages.get("cli.outfit.invalid.range", option, fmt(unit.fromCelsius(minC)),
                    fmt(unit.fromCelsius(maxC)), unit.symbol(), text.strip()));
        }
        return c;
    }

    private static LocalDateTime dateTime(final String text) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--at", Messages.get("cli.outfit.invalid.at", text));
        }
    }

    private static String fmt(final double v) {
        return Numbers.oneDecimal(v);
    }
}
