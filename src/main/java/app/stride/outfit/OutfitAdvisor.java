package app.stride.outfit;

import app.stride.common.Phrase;
import app.stride.format.Degrees;
import app.stride.settings.TemperatureUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the outfit: a pure function of the conditions, the session's effort, the runner's tendency and what was
 * learned about them. The steps, all in °F as the sources give them (see docs/outfit.md):
 * <ol>
 * <li>feels-like: NWS wind chill or heat index ({@link FeelsLike});</li>
 * <li>base dress-for = feels-like + shifts for sun, rain, wind above 50°F, effort and tendency (Runner's World);</li>
 * <li>dress-for = base minus the learned offset ({@link PersonalOffsets});</li>
 * <li>items per zone from bands on dress-for, some floors from feels-like (face cover and mittens at a wind chill of
 * 0°F or less), and gear for rain, snow, sun and dark.</li>
 * </ol>
 * Every band picks more warmth for a lower dress-for temperature, and every shift lowers it for colder, windier,
 * wetter, darker, slower or "runs cold"; that is what keeps the outfit monotonic.
 */
public final class OutfitAdvisor {

    /** Coldest dress-for temperature, °F: the coldest cell of the NWS wind chill chart; every band has bottomed out. */
    public static final double MIN_DRESS_FOR_F = -98.0;
    /** Hottest dress-for temperature, °F: the top of the NWS heat index chart; every band has topped out. */
    public static final double MAX_DRESS_FOR_F = FeelsLike.MAX_HEAT_INDEX_F;
    /** {@link #MIN_DRESS_FOR_F} in °C. */
    public static final double MIN_DRESS_FOR_C = Temperatures.toC(MIN_DRESS_FOR_F);
    /** {@link #MAX_DRESS_FOR_F} in °C. */
    public static final double MAX_DRESS_FOR_C = Temperatures.toC(MAX_DRESS_FOR_F);

    private OutfitAdvisor() {
    }

    /**
     * Keeps a dress-for temperature a clothing input: race, sun and "runs warm" on top of a capped heat index would
     * otherwise ask to dress for 167°F. Beyond either end no band changes, so clamping keeps the outfit monotonic.
     */
    static double clampDressForC(final double c) {
        return Math.max(MIN_DRESS_FOR_C, Math.min(MAX_DRESS_FOR_C, c));
    }

    /** The outfit for {@code r}. */
    public static Outfit advise(final OutfitRequest r) {
        final Conditions c = r.conditions();
        final FeelsLike feels = FeelsLike.of(c);
        final double feelsF = feels.fahrenheit();
        final List<DressShift> shifts = new ArrayList<>();
        shift(shifts, "wind", windShiftF(c));
        shift(shifts, "windCap", windCapF(c, feelsF));
        shift(shifts, "sun", sunShiftF(c));
        shift(shifts, "precipitation", precipShiftF(c.precipitation()));
        shift(shifts, "effort", effortShiftF(r.effort()));
        shift(shifts, "tendency", tendencyShiftF(r.tendency()));
        final double baseF = feelsF + shifts.stream().mapToDouble(DressShift::deltaC).sum() * 9.0 / 5.0;
        final double unclampedC = Temperatures.toC(baseF);
        final double baseC = clampDressForC(unclampedC);
        if (Math.abs(baseC - unclampedC) >= 0.05) {
            shifts.add(new DressShift("limit", baseC - unclampedC));
        }
        final double dressC = clampDressForC(r.offsets().dressFor(baseC));
        if (Math.abs(dressC - baseC) >= 0.05) {
            shifts.add(new DressShift("learned", dressC - baseC));
        }
        final double d = Temperatures.toF(dressC);

        final Why why = new Why(r.unit(), dressC, feels.celsius(), r.effort(), c.airC());
        final List<OutfitItem> items = new ArrayList<>();
        head(c, d, feelsF, why, items);
        torso(c, d, why, items);
        hands(d, feelsF, why, items);
        legs(d, why, items);
        feet(c, d, why, items);
        extras(c, r.effort(), feelsF, why, items);
        items.sort(Comparator.comparing(OutfitItem::zone));

        return new Outfit(r, feels, baseC, dressC, shifts, items, warnings(c, feels, r.unit()), advice(r, feels, d, baseC, dressC));
    }

    private static void shift(final List<DressShift> shifts, final String id, final double deltaF) {
        if (deltaF != 0.0) {
            shifts.add(new DressShift(id, deltaF * 5.0 / 9.0));
        }
    }

    // Wind chill only exists at or below 50°F, yet wind cools a runner above it too. Above 50°F the shift equals the
    // wind chill's drop at 50°F for the same wind, so nothing jumps at 50°F; it is capped at the RW tool's 10°F.
    static double windShiftF(final Conditions c) {
        final double v = c.windMph();
        if (c.airF() <= 50.0 || v <= 3.0) {
            return 0.0;
        }
        return -Math.min(10.0, 50.0 - FeelsLike.windChillF(50.0, v));
    }

    /** Air at or above this (°F) counts at most {@link #WIND_CAP_F} of wind chill toward the dress-for temperature. */
    static final double WIND_CAP_FROM_F = 25.0;
    /** At or below this air temperature (°F) the full wind chill counts again: deep cold, where Stride goes beyond RW. */
    static final double WIND_CAP_UNTIL_F = 10.0;
    /** Runner's World's largest wind shift ("strong wind": −5 to −10°F). */
    static final double WIND_CAP_F = 10.0;

    /**
     * In moderate cold a running body is not a still one standing in the wind: full wind chill at 25–35°F would
     * dress for mittens, an insulated jacket and thermal tights where a light jacket does. From 25°F up the wind may
     * lower the dress-for temperature by at most 10°F (RW's strong wind); from 25°F down to 10°F the cap widens by
     * 2°F per degree, and at 10°F and below the full wind chill counts. Returns the part of the wind chill given back.
     */
    static double windCapF(final Conditions c, final double feelsF) {
        final double airF = c.airF();
        if (airF <= WIND_CAP_UNTIL_F || feelsF >= airF) {
            return 0.0;
        }
        final double cap = airF >= WIND_CAP_FROM_F ? WIND_CAP_F : WIND_CAP_F + 2.0 * (WIND_CAP_FROM_F - airF);
        return Math.max(0.0, (airF - feelsF) - cap);
    }

    static double sunShiftF(final Conditions c) {
        final double full = switch (c.light()) {
            case DAY -> 10.0;
            case DAWN, DUSK -> 5.0;
            case DARK -> 0.0;
        };
        return switch (c.sky()) {
            case SUNNY -> full;
            case PARTLY -> full / 2.0;
            case OVERCAST -> 0.0;
        };
    }

    static double precipShiftF(final Precipitation p) {
        return switch (p) {
            case NONE -> 0.0;
            case DRIZZLE -> -3.0;
            case RAIN, SNOW -> -5.0;
            case HEAVY_RAIN -> -10.0;
        };
    }

    static double effortShiftF(final Effort e) {
        return switch (e) {
            case LONG -> -5.0;
            case EASY -> 0.0;
            case WORKOUT -> 10.0; // Runner's World's tool: hard workout +5..+10, race +10..+15; it answers at the top
            case RACE -> 15.0;    // of each range, and so does Stride (docs/outfit.md, "Effort")
        };
    }

    static double tendencyShiftF(final Tendency t) {
        return switch (t) {
            case COLD -> -10.0;
            case NEUTRAL -> 0.0;
            case WARM -> 10.0;
        };
    }

    private static boolean wet(final Conditions c) {
        return c.precipitation() != Precipitation.NONE && c.precipitation() != Precipitation.SNOW;
    }

    private static boolean raining(final Conditions c) {
        return c.precipitation() == Precipitation.RAIN || c.precipitation() == Precipitation.HEAVY_RAIN;
    }

    private static boolean sunnyDay(final Conditions c) {
        return c.light() == Light.DAY && c.sky() != Sky.OVERCAST;
    }

    /** Wind at or above this (km/h, about 12 mph) drives rain through a wicking layer. */
    static final double SHELL_WIND_KMH = 20.0;

    /**
     * A rain shell when it rains and the dress-for temperature is below 45°F; from 45°F (to 60°F) only in heavy rain
     * or wind: in mild rain a shell traps sweat, and a cap and a wicking layer do better (Runner's World).
     */
    static boolean needsShell(final Conditions c, final double d) {
        if (!raining(c) || d >= 60.0) {
            return false;
        }
        return d < 45.0 || c.precipitation() == Precipitation.HEAVY_RAIN || c.windKmh() >= SHELL_WIND_KMH;
    }

    /** Low sun at dawn or dusk glares more than the midday sun: sunglasses whenever the sun is out, not only by day. */
    private static boolean sunOut(final Conditions c) {
        return c.light() != Light.DARK && c.sky() != Sky.OVERCAST;
    }

    private static void head(final Conditions c, final double d, final double feelsF, final Why why, final List<OutfitItem> out) {
        if (d < 0.0 || feelsF <= 0.0) {
            out.add(why.item(Item.BALACLAVA));
        } else {
            if (d < 35.0) {
                out.add(why.item(Item.BEANIE));
            } else if (d < 40.0) {
                out.add(why.item(Item.HEADBAND));
            } else if (wet(c)) {
                out.add(why.item(Item.CAP, "outfit.why.cap.rain"));
            } else if (sunnyDay(c)) {
                out.add(d >= 70.0 ? why.item(Item.VISOR) : why.item(Item.CAP, "outfit.why.cap.sun"));
            }
            if (d < 20.0) {
                out.add(why.item(Item.NECK_GAITER));
            }
        }
    }

    private static void torso(final Conditions c, final double d, final Why why, final List<OutfitItem> out) {
        final boolean shell = needsShell(c, d);
        if (d >= 70.0) {
            out.add(why.item(Item.SINGLET));
        } else if (d >= 55.0) {
            out.add(why.item(Item.TEE));
        } else if (d >= 25.0) {
            out.add(why.item(Item.LONG_SLEEVE));
        } else if (d >= 0.0) {
            out.add(why.item(Item.THERMAL_TOP));
        } else {
            out.add(why.item(Item.THERMAL_TOP));
            out.add(why.item(Item.LONG_SLEEVE, "outfit.why.long-sleeve.extra"));
        }
        if (d < 20.0) {
            out.add(why.item(Item.INSULATED_JACKET));
        } else if (shell) {
            out.add(why.item(Item.RAIN_JACKET));
        } else if (d < 40.0) {
            out.add(why.item(Item.WIND_JACKET));
        } else if (d < 45.0) {
            out.add(why.item(Item.VEST));
        }
    }

    /** Dress-for temperature (°F) at and below which hands get gloves. */
    static final double GLOVES_FROM_F = 45.0;

    private static void hands(final double d, final double feelsF, final Why why, final List<OutfitItem> out) {
        // First gloves at 45°F and below, as Runner's World says ("gloves ≤ 45°F"); docs/outfit.md's table says the same.
        int level = d > GLOVES_FROM_F ? 0 : d >= 35.0 ? 1 : d >= 20.0 ? 2 : d >= 0.0 ? 3 : 4;
        if (feelsF <= 0.0) {
            level = Math.max(level, 3);
        }
        switch (level) {
            case 1 -> out.add(why.item(Item.LIGHT_GLOVES));
            case 2 -> out.add(why.item(Item.GLOVES));
            case 3 -> out.add(why.item(Item.MITTENS));
            case 4 -> {
                out.add(why.item(Item.LIGHT_GLOVES, "outfit.why.light-gloves.liner"));
                out.add(why.item(Item.MITTENS));
            }
            default -> {
            }
        }
    }

    private static void legs(final double d, final Why why, final List<OutfitItem> out) {
        if (d >= 45.0) {
            out.add(why.item(Item.SHORTS));
        } else if (d >= 40.0) {
            out.add(why.item(Item.CAPRIS));
        } else if (d >= 20.0) {
            out.add(why.item(Item.TIGHTS));
        } else {
            out.add(why.item(Item.THERMAL_TIGHTS));
            if (d < 10.0) {
                out.add(why.item(Item.WIND_PANTS));
            }
        }
    }

    private static void feet(final Conditions c, final double d, final Why why, final List<OutfitItem> out) {
        out.add(d < 30.0 ? why.item(Item.WOOL_SOCKS) : why.item(Item.SOCKS));
        if (icy(c)) {
            out.add(why.item(Item.TRACTION));
        }
    }

    static boolean icy(final Conditions c) {
        return c.precipitation() == Precipitation.SNOW || c.freezing()
                || (c.precipitation() != Precipitation.NONE && c.airC() <= 0.5);
    }

    private static void extras(final Conditions c, final Effort effort, final double feelsF, final Why why,
                               final List<OutfitItem> out) {
        if (sunOut(c)) {
            out.add(sunnyDay(c) ? why.item(Item.SUNGLASSES) : why.item(Item.SUNGLASSES, "outfit.why.sunglasses.lowSun"));
        }
        if (sunnyDay(c)) {
            out.add(why.item(Item.SUNSCREEN));
        }
        if (c.light() == Light.DARK) {
            out.add(why.item(Item.HEADLAMP));
        }
        if (c.light() != Light.DAY) {
            out.add(why.item(Item.REFLECTIVE));
        }
        if (c.airF() >= 68.0 || feelsF >= 80.0 || (effort == Effort.LONG && c.airF() >= 59.0)) {
            out.add(why.item(Item.WATER));
        }
    }

    private static List<OutfitWarning> warnings(final Conditions c, final FeelsLike feels, final TemperatureUnit unit) {
        final List<OutfitWarning> w = new ArrayList<>();
        final double f = feels.fahrenheit();
        final String fl = Degrees.of(feels.celsius(), unit);
        final double heatSum = c.airF() + Temperatures.toF(c.dewPointC());
        if (feels.beyondChart()) {
            w.add(new OutfitWarning("heat", Phrase.of("outfit.warning.heat.beyondChart", fl)));
        } else if (f >= 103.0 || heatSum > 180.0) {
            w.add(new OutfitWarning("heat", Phrase.of("outfit.warning.heat.danger", fl)));
        } else if (f >= 90.0) {
            w.add(new OutfitWarning("heat", Phrase.of("outfit.warning.heat.caution", fl)));
        }
        if (f <= -18.0) {
            w.add(new OutfitWarning("frostbite", Phrase.of("outfit.warning.frostbite", fl)));
        } else if (f <= 0.0) {
            w.add(new OutfitWarning("cold", Phrase.of("outfit.warning.cold", fl)));
        }
        if (icy(c)) {
            w.add(new OutfitWarning("ice", Phrase.of("outfit.warning.ice")));
        }
        if (c.thunderstorm()) {
            w.add(new OutfitWarning("lightning", Phrase.of("outfit.warning.lightning")));
        }
        return w;
    }

    private static List<Advice> advice(final OutfitRequest r, final FeelsLike feels, final double d, final double baseC,
                                       final double dressC) {
        final Conditions c = r.conditions();
        final List<Advice> a = new ArrayList<>();
        final double sum = c.airF() + Temperatures.toF(c.dewPointC());
        if (sum > 180.0) {
            a.add(new Advice("heat-pace", Phrase.of("outfit.advice.heat.stop", Degrees.of(c.airC(), r.unit()),
                    Degrees.of(c.dewPointC(), r.unit()))));
        } else if (sum > 100.0) {
            // The table reads temperature plus dew point in °F; the runner reads the air and dew point in their unit.
            a.add(new Advice("heat-pace", Phrase.of("outfit.advice.heat.pace", Degrees.of(c.airC(), r.unit()),
                    Degrees.of(c.dewPointC(), r.unit()), Phrase.of("polish.outfit.slowdown." + slowdown(sum)))));
        }
        if (c.windKmh() >= 15.0 && c.airC() < 15.0) {
            a.add(new Advice("into-wind", Phrase.of("outfit.advice.intoWind")));
        }
        if (d < 50.0) {
            a.add(new Advice("warm-up", Phrase.of("outfit.advice.warmUp")));
        }
        // The race shift dresses for the race itself; the wait at the start is cold, so judge it without that shift.
        if (r.effort() == Effort.RACE && d - effortShiftF(Effort.RACE) < 45.0) {
            a.add(new Advice("throwaway", Phrase.of("outfit.advice.throwaway")));
        }
        if (c.precipitation() != Precipitation.NONE) {
            a.add(new Advice("no-cotton", Phrase.of("outfit.advice.noCotton")));
        }
        if (feels.fahrenheit() <= 0.0) {
            a.add(new Advice("skin", Phrase.of("outfit.advice.skin")));
        }
        if (Math.abs(baseC - dressC) >= 0.05) {
            a.add(new Advice("learned", OutfitLearning.explainToday(r.offsets().bandFor(baseC), baseC, dressC - baseC, r.unit())));
        }
        return a;
    }

    // Temperature + dew point (°F) to pace slowdown: the table runners' coaches widely use (after Mark Hadley).
    // The band's key under polish.outfit.slowdown.*, worded in clean percentages ("up to ½%", "4½–6%").
    static String slowdown(final double sum) {
        if (sum <= 110) {
            return "0";
        } else if (sum <= 120) {
            return "1";
        } else if (sum <= 130) {
            return "2";
        } else if (sum <= 140) {
            return "3";
        } else if (sum <= 150) {
            return "4";
        } else if (sum <= 160) {
            return "5";
        } else if (sum <= 170) {
            return "6";
        }
        return "7";
    }

    /** Fills in item reasons: {0} ", so dress for X" when X differs from feels-like, {1} feels-like, {2} the effort in words, {3} the air temperature. */
    private record Why(TemperatureUnit unit, double dressC, double feelsC, Effort effort, double airC) {

        OutfitItem item(final Item item) {
            return item(item, "outfit.why." + item.id());
        }

        OutfitItem item(final Item item, final String key) {
            // The dress-for temperature is only worth a mention when sun, rain, effort or learning moved it.
            final String feels = Degrees.of(feelsC, unit);
            final String dress = Degrees.of(dressC, unit);
            final Object note = dress.equals(feels) ? "" : Phrase.of("outfit.dressNote", dress);
            return new OutfitItem(item, Phrase.of(key, note, feels,
                    Phrase.of("outfit.effort." + effort.code()), Degrees.of(airC, unit)));
        }
    }
}
