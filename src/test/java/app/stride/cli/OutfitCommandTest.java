package app.stride.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.store.DataFolder;
import app.stride.store.Database;
import app.stride.store.SqliteSettingsRepository;
import app.stride.weather.FakeOpenMeteo;
import app.stride.weather.WeatherService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code stride outfit} and {@code stride feedback} run in-process, as the check runs them. */
class OutfitCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run runWithInput(final String stdin, final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cl = Cli.create(d -> { }).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        final OutfitCommand outfit = (OutfitCommand) cl.getSubcommands().get("outfit").getCommand();
        outfit.setClock(CLOCK);
        if (stdin != null) {
            outfit.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        ((FeedbackCommand) cl.getSubcommands().get("feedback").getCommand()).setClock(CLOCK);
        final int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run run(final String... args) {
        return runWithInput("", args); // never the real stdin: a stray --batch must not wait for it
    }

    @Test
    void jsonHasTheDocumentedShape() {
        final Run r = run("outfit", "--temp", "3", "--wind", "20", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        final JsonNode j = r.json();
        assertThat(j.path("feelsLike").path("c").asDouble()).isEqualTo(-1.4);
        assertThat(j.path("feelsLike").path("f").asDouble()).isEqualTo(29.4);
        assertThat(j.path("dressFor").path("c").isNumber()).isTrue();
        final List<String> items = new ArrayList<>();
        j.path("items").forEach(i -> {
            assertThat(i.path("zone").asText()).isNotEmpty();
            assertThat(i.path("label").asText()).isNotEmpty();
            assertThat(i.path("why").asText()).isNotEmpty();
            items.add(i.path("zone").asText() + ":" + i.path("item").asText());
        });
        assertThat(items).contains("torso:long-sleeve", "torso:wind-jacket", "legs:tights", "hands:gloves", "head:beanie");
        assertThat(j.path("warnings").isArray()).isTrue();
        assertThat(j.path("advice").get(0).isTextual()).isTrue();
    }

    @Test
    void fahrenheitAndMphInTheDark() {
        final Run r = run("outfit", "--temp", "28", "--temp-unit", "f", "--wind", "15", "--wind-unit", "mph", "--light", "dark");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Feels like: 16 °F (wind chill)", "Headlamp: ", "Reflective gear: ", "Torso", "  Thermal top: ")
                .doesNotContain("Sunglasses");
    }

    @Test
    void heatWithHumidity() {
        final Run r = run("outfit", "--temp", "95", "--temp-unit", "f", "--humidity", "60", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().path("feelsLike").path("f").asDouble()).isBetween(113.0, 114.0);
        assertThat(r.json().path("warnings").get(0).path("id").asText()).isEqualTo("heat");
        assertThat(r.json().path("advice").toString()).contains("slow down by about");
    }

    @Test
    void snowUpToFourDegreesIsFine() {
        assertThat(run("outfit", "--temp", "4", "--precip", "snow").code()).isZero();
        assertThat(run("outfit", "--temp", "39", "--temp-unit", "f", "--precip", "snow").code()).isZero();
    }

    @Test
    void heatBeyondTheNwsChartIsCappedAndSaysDoNotRun() {
        final Run r = run("outfit", "--temp", "110", "--temp-unit", "f", "--humidity", "90", "--sky", "sunny", "--effort", "race",
                "--runs", "warm", "--json");
        assertThat(r.code()).isZero();
        final JsonNode j = r.json();
        assertThat(j.path("feelsLike").path("f").asDouble()).isEqualTo(137.0);
        assertThat(j.path("beyondChart").asBoolean()).isTrue();
        assertThat(j.path("dressFor").path("f").asDouble()).isEqualTo(137.0);
        assertThat(j.path("warnings").get(0).path("text").asText())
                .isEqualTo("Beyond the NWS heat chart (feels like 137 °F or more): dangerous heat, don't run.");
        final Run text = run("outfit", "--temp", "110", "--temp-unit", "f", "--humidity", "90");
        assertThat(text.out()).contains("Feels like: 137 °F (heat index, beyond the NWS chart: shown at its top)",
                "Dress for:  137 °F").doesNotContain("247");
        // on the chart nothing changes
        assertThat(run("outfit", "--temp", "95", "--temp-unit", "f", "--humidity", "60", "--json").json().has("beyondChart")).isFalse();
    }

    @Test
    void negativeTemperaturesAndDewPointWork() {
        assertThat(run("outfit", "--temp", "-5", "--json").code()).isZero();
        final Run r = run("outfit", "--temp", "30", "--dew-point", "24", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.json().path("advice").toString()).contains("With the air at 30 °C and a dew point of 24 °C, slow down by about 6–8%");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--temp abc | --temp must be a number (was \"abc\")",
        "--temp 20 --humidity 120 | --humidity must be a percentage from 0 to 100 (was 120)",
        "--temp 80 | --temp must be between -50 and 55 °C (was 80)",
        "--temp 200 --temp-unit f | --temp must be between -58 and 131 °F (was 200)",
        "--temp 10 --precip hail | --precip must be one of none, drizzle, rain, heavy-rain, snow (was \"hail\")",
        "--temp 10 --wind 5 --wind-unit knots | --wind-unit must be one of kmh, mph, ms (was \"knots\")",
        "--temp 10 --wind -3 | --wind must be between 0 and 200 kmh (was -3)",
        "--temp 10 --light noon | --light must be one of day, dawn, dusk, dark (was \"noon\")",
        "--temp 10 --sky cloudy | --sky must be one of sunny, partly, overcast (was \"cloudy\")",
        "--temp 10 --effort tempo | --effort must be one of easy, long, workout, race (was \"tempo\")",
        "--temp 10 --runs hot | --runs must be one of cold, neutral, warm (was \"hot\")",
        "--temp 10 --temp-unit k | --temp-unit must be one of c, f (was \"k\")",
        "--temp 10 --humidity 50 --dew-point 3 | Give --humidity or --dew-point, not both",
        "--temp 10 --dew-point 12 | --dew-point must not be above --temp (dew point 12 °C, air 10 °C)",
        "--wind 10 | Give --temp, or --place with --at",
        "--temp 10 --at 2026-07-20T07:00 | --at needs --place",
        "--temp NaN | --temp must be a number (was \"NaN\")",
        "--temp 100 --temp-unit f --precip snow | --precip snow needs --temp at or below 39.2 °F (was 100); above that use rain or drizzle",
        "--temp -1e9 | --temp must be between -50 and 55 °C (was -1e9)",
        "--temp 1e999 | --temp must be between -50 and 55 °C (was 1e999)",
        "--temp 0x10 | --temp must be a number (was \"0x10\")",
        "--temp 10d | --temp must be a number (was \"10d\")",
        "--temp 10 --wind 1e6 | --wind must be between 0 and 200 kmh (was 1e6)",
        "--temp 10 --humidity 1e3 | --humidity must be a percentage from 0 to 100 (was 1e3)",
        "--temp 20 --batch | --batch takes every option from the JSON lines on stdin: give --temp there, not on the command line",
        "--batch --wear | --batch takes every option from the JSON lines on stdin: give --wear there, not on the command line",
        "--temp 4.5 --precip snow | --precip snow needs --temp at or below 4 °C (was 4.5); above that use rain or drizzle",
    })
    void badInputIsExitTwoAndOneLineOnStderr(final String args, final String message) {
        final List<String> argv = new ArrayList<>(List.of("outfit"));
        argv.addAll(List.of(args.trim().split(" ")));
        final Run r = run(argv.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("stride: " + message);
    }

    @Test
    void anEmptyPlaceIsNamedAsSuch() {
        for (String empty : new String[] {"", "  "}) {
            final Run r = run("outfit", "--place", empty, "--at", "2026-07-20T07:00");
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).containsExactly("stride: --place must not be empty: give a town, e.g. --place Portland");
        }
    }

    @Test
    void smallExponentsAreNumbersToo() {
        assertThat(run("outfit", "--temp", "1e1", "--json").json().path("feelsLike").path("c").asDouble()).isEqualTo(10.0);
    }

    @Test
    void blankBatchLinesAreAnsweredSoLinesStayAligned() {
        final Run r = runWithInput("{\"temp\": 5}\n\n   \n{\"temp\": 20}\n", "outfit", "--batch");
        assertThat(r.code()).isEqualTo(2);
        final List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("{\"feelsLike\"");
        assertThat(lines.get(1)).isEqualTo("{\"error\":\"empty line\"}");
        assertThat(lines.get(2)).isEqualTo("{\"error\":\"empty line\"}");
        assertThat(lines.get(3)).startsWith("{\"feelsLike\"");
        assertThat(r.errLines()).containsExactly("stride: 2 of 4 lines had errors (see the \"error\" lines on stdout)");
        // numbers with exponents in JSON, and an empty place, get the same messages as on the command line
        final Run more = runWithInput("{\"temp\": -1e9}\n{\"place\": \"\"}\n", "outfit", "--batch");
        assertThat(more.out().lines().toList()).containsExactly(
                "{\"error\":\"--temp must be between -50 and 55 °C (was -1.0E9)\"}",
                "{\"error\":\"--place must not be empty: give a town, e.g. --place Portland\"}");
    }

    @Test
    void feedbackForARunStillToComeIsRefused() {
        final Run r = run("--data-dir", dir.toString(), "feedback", "--date", "2026-11-21", "--dress-for", "5", "too-cold");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("stride: --date 2026-11-21 is still to come: answer after the run (today or earlier)");
    }

    @Test
    void absurdDressForAndResetTemperaturesAreRefused() {
        final String d = dir.toString();
        final Run r = run("--data-dir", d, "feedback", "--date", "2026-11-20", "--dress-for", "1e9", "--temp-unit", "c", "ok");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("stride: --dress-for must be between -72.2 and 58.3 °C (was 1e9)");
        assertThat(run("--data-dir", d, "feedback", "--reset", "500", "--temp-unit", "f").errLines())
                .containsExactly("stride: --reset must be between -98 and 137 °F (was 500)");
    }

    @Test
    void picocliErrorsAreOneLineToo() {
        for (String[] argv : new String[][] {{"outfit", "--temp"}, {"outfit", "--temp", "3", "--bogus"}}) {
            final Run r = run(argv);
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).hasSize(1);
            assertThat(r.err()).startsWith("stride: ").doesNotContain("Exception");
        }
    }

    @Test
    void batchWritesOneResultPerLine() {
        final Run r = runWithInput("{\"temp\": 5, \"wind\": 20, \"wind-unit\": \"kmh\"}\n{\"temp\": 80, \"tempUnit\": \"f\", \"sky\": \"sunny\"}\n",
                "outfit", "--batch");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        final List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("\"item\":\"singlet\"", "\"item\":\"sunglasses\"");
    }

    @Test
    void badBatchLinesGiveErrorLinesAndExitTwoAtTheEnd() {
        final Run r = runWithInput("{\"temp\": 5}\n{\"temp\": \"abc\"}\nnot json\n{\"temp\": 5, \"colour\": \"red\"}\n{\"temp\": 20}\n",
                "outfit", "--batch");
        assertThat(r.code()).isEqualTo(2);
        final List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).isEqualTo("{\"error\":\"--temp must be a number (was \\\"abc\\\")\"}");
        assertThat(lines.get(2)).startsWith("{\"error\":\"not a JSON object");
        assertThat(lines.get(3)).isEqualTo("{\"error\":\"unknown option \\\"colour\\\"\"}");
        assertThat(lines.get(4)).startsWith("{\"feelsLike\"");
        assertThat(r.errLines()).containsExactly("stride: 3 of 5 lines had errors (see the \"error\" lines on stdout)");
    }

    @Test
    void feedbackTeachesAndDataDirAppliesIt() {
        final String d = dir.toString();
        final Run first = run("--data-dir", d, "outfit", "--temp", "4", "--wear", "--json");
        assertThat(first.code()).isZero();
        assertThat(first.json().path("wornOn").asText()).isEqualTo("2026-11-20");
        final double before = first.json().path("dressFor").path("c").asDouble();
        for (String day : new String[] {"2026-11-18", "2026-11-19", "2026-11-20"}) {
            assertThat(run("--data-dir", d, "outfit", "--temp", "4", "--wear", "--date", day).code()).isZero();
            final Run fb = run("--data-dir", d, "feedback", "--date", day, "too-cold");
            assertThat(fb.code()).isZero();
            assertThat(fb.out()).contains("Recorded \"too-cold\" for " + day + " (dressed for 4 °C).",
                    "No run is logged on " + day + ": the answer is kept without a run.");
        }
        final Run after = run("--data-dir", d, "outfit", "--temp", "4", "--json");
        assertThat(after.json().path("dressFor").path("c").asDouble()).isEqualTo(before - 3.0);
        assertThat(after.json().path("advice").toString()).contains("You've felt cold 3 times around 3 °C");
        // without --data-dir nothing learned applies
        assertThat(run("outfit", "--temp", "4", "--json").json().path("dressFor").path("c").asDouble()).isEqualTo(before);

        assertThat(run("--data-dir", d, "feedback", "--list").out()).contains("You've felt cold 3 times around 3 °C");
        assertThat(run("--data-dir", d, "feedback", "--reset", "all").out()).contains("Nothing learned yet");
        assertThat(run("--data-dir", d, "outfit", "--temp", "4", "--json").json().path("dressFor").path("c").asDouble()).isEqualTo(before);
    }

    @Test
    void onlyAnOutfitWornWithWearIsLearnedFrom() {
        final String d = dir.toString();
        assertThat(run("--data-dir", d, "outfit", "--temp", "4", "--wear").out())
                .contains("Remembered as what you wear on 2026-11-20: after the run, say how it felt with "
                        + "'stride feedback --date 2026-11-20 too-cold|ok|too-warm'.");
        // merely looking at another outfit afterwards does not replace the one worn
        assertThat(run("--data-dir", d, "outfit", "--temp", "35", "--json").json().has("wornOn")).isFalse();
        final Run fb = run("--data-dir", d, "feedback", "--date", "2026-11-20", "too-cold");
        assertThat(fb.code()).isZero();
        assertThat(fb.out()).contains("(dressed for 4 °C)", "around 3 °C").doesNotContain("43 °C");

        // --wear --date files it under another day; looking without --wear remembers nothing
        assertThat(run("--data-dir", d, "outfit", "--temp", "-2", "--wear", "--date", "2026-11-18").code()).isZero();
        assertThat(run("--data-dir", d, "feedback", "--date", "2026-11-18", "ok").out()).contains("(dressed for -2 °C)");
        assertThat(run("--data-dir", d, "outfit", "--temp", "10").code()).isZero();
        assertThat(run("--data-dir", d, "feedback", "--date", "2026-11-17", "ok").code()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "outfit --temp 4 --wear | --wear needs --data-dir DIR (the folder the outfit is remembered in for 'stride feedback')",
        "outfit --temp 4 --date 2026-11-20 | --date needs --wear (the day the outfit you are wearing is remembered for)",
    })
    void wearAndDateAreCheckedWithoutTouchingAnyFolder(final String args, final String message) {
        final Run r = run(args.trim().split(" "));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("stride: " + message);
    }

    @Test
    void wearWithABadDateIsExitTwo() {
        final Run r = run("--data-dir", dir.toString(), "outfit", "--temp", "4", "--wear", "--date", "monday");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("stride: --date must be a date like 2026-07-20 (was \"monday\")");
    }

    @Test
    void answeringTheSameDayAgainReplacesTheAnswer() {
        final String d = dir.toString();
        assertThat(run("--data-dir", d, "outfit", "--temp", "4", "--wear", "--date", "2026-11-19").code()).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(run("--data-dir", d, "feedback", "--date", "2026-11-19", "too-cold").out())
                    .contains("You've felt cold once around 3 °C");
        }
        assertThat(run("--data-dir", d, "feedback", "--date", "2026-11-19", "too-warm").out())
                .contains("You've felt warm once around 3 °C");
        assertThat(run("--data-dir", d, "feedback", "--list").out()).contains("You've felt warm once around 3 °C")
                .doesNotContain("cold");
    }

    @Test
    void feedbackNeedsAnOutfitOrADressForTemperature() {
        final String d = dir.toString();
        final Run r = run("--data-dir", d, "feedback", "--date", "2026-01-02", "ok");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                "stride: No outfit is known for 2026-01-02: give --dress-for TEMP (the temperature you dressed for).");
        final Run withTemp = run("--data-dir", d, "feedback", "--date", "2026-01-02", "--dress-for", "40", "--temp-unit", "f", "too-warm");
        assertThat(withTemp.code()).isZero();
        assertThat(withTemp.out()).contains("You've felt warm once around 37 °F");
        assertThat(run("--data-dir", d, "feedback", "--date", "yesterday", "ok").errLines())
                .containsExactly("stride: --date must be a date like 2026-07-20 (was \"yesterday\")");
        assertThat(run("--data-dir", d, "feedback", "--date", "2026-01-02", "chilly").errLines())
                .containsExactly("stride: The answer must be one of too-cold, ok, too-warm (was \"chilly\")");
        assertThat(run("--data-dir", d, "feedback", "ok").errLines())
                .containsExactly("stride: Give --date D, the day of the run (e.g. 2026-07-20), or --list or --reset");
    }

    @Test
    void placeAndAtTakeTheForecast() {
        try (FakeOpenMeteo server = new FakeOpenMeteo()) {
            pointAt(server, "");
            final Run r = run("--data-dir", dir.toString(), "outfit", "--place", "Portland", "--at", "2026-07-20T16:00", "--json");
            assertThat(r.err()).isEmpty();
            assertThat(r.code()).isZero();
            final JsonNode f = r.json().path("forecast");
            assertThat(f.path("place").asText()).isEqualTo("Portland, Oregon, United States");
            assertThat(f.path("airC").asDouble()).isEqualTo(27.4);
            assertThat(f.path("attribution").asText()).isEqualTo("Weather data by Open-Meteo.com");
            assertThat(r.json().path("warnings").toString()).contains("lightning");
            final Run text = run("--data-dir", dir.toString(), "outfit", "--place", "Portland", "--at", "2026-07-20T05:45");
            assertThat(text.out()).contains("Weather data by Open-Meteo.com", "Reflective gear");
            assertThat(server.requests.stream().filter(q -> q.contains("/v1/forecast"))).hasSize(1); // cached
        }
    }

    @Test
    void forecastFailureIsExitOneWithAClearLine() {
        try (FakeOpenMeteo server = new FakeOpenMeteo()) {
            pointAt(server, "/error");
            final Run r = run("--data-dir", dir.toString(), "outfit", "--place", "Portland", "--at", "2026-07-20T07:00");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).singleElement().asString().startsWith("stride: Open-Meteo refused the request: ");
            assertThat(run("--data-dir", dir.toString(), "outfit", "--place", "Portland", "--temp", "3").code()).isEqualTo(2);
        }
    }

    private void pointAt(final FakeOpenMeteo server, final String prefix) {
        final SqliteSettingsRepository s = new SqliteSettingsRepository(Database.open(new DataFolder(dir)));
        s.put(WeatherService.FORECAST_URL, server.url(prefix + "/v1/forecast"));
        s.put(WeatherService.GEOCODING_URL, server.url(prefix + "/v1/search"));
    }
}
