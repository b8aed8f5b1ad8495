package app.stride.format;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.settings.DistanceUnit;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule per quantity, read back strictly. */
class FormatsTest {

    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, saved);
    }

    @Test
    void timesAreHoursMinutesSecondsAndNeverRoundedToMinutes() {
        assertThat(Durations.format(Duration.ofMinutes(45))).isEqualTo("45:00");
        assertThat(Durations.format(Duration.ofSeconds(105 * 60 + 29))).isEqualTo("1:45:29");
        assertThat(Durations.format(Duration.ofSeconds(42))).isEqualTo("0:42");
        assertThat(Durations.format(Duration.ofHours(2).plusSeconds(5))).isEqualTo("2:00:05");
        assertThat(Durations.seconds(-3)).isEqualTo("0:00");
    }

    @Test
    void totalTimeIsOneRuleForAppAndCommandLine() {
        // Review C: Progress said "0 h 32 min", the CLI "33 min" for one 32:30 run; "551 h" against "550 h 42 min".
        assertThat(Durations.total(Duration.ofSeconds(32 * 60 + 30))).isEqualTo("32 min");
        assertThat(Durations.total(Duration.ofSeconds(550 * 3600 + 42 * 60 + 50))).isEqualTo("550 h 42 min");
        assertThat(Durations.total(Duration.ofHours(2))).isEqualTo("2 h");
        assertThat(Durations.total(Duration.ofSeconds(3599))).isEqualTo("59 min");
    }

    @Test
    void typedTimesAreMinutesOrClockForms() {
        assertThat(Durations.parse("45")).contains(Duration.ofMinutes(45));
        assertThat(Durations.parse("45,5")).contains(Duration.ofSeconds(45 * 60 + 30));
        assertThat(Durations.parse(" 31:30 ")).contains(Duration.ofSeconds(31 * 60 + 30));
        assertThat(Durations.parse("1:05:30")).contains(Duration.ofSeconds(3930));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "0:00", "45:60", "45:5", "1:60:00", "1:2:3:4", "-5", "45min", "10d", "１２", "１２:３０", "1e2", "NaN", "Infinity", "::"})
    void timesThatAreNotTimesAreRefused(final String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @Test
    void distancesHaveOneDecimalAndNoTrailingZero() {
        assertThat(Distances.format(8000, DistanceUnit.KM)).isEqualTo("8 km");
        assertThat(Distances.format(5200, DistanceUnit.KM)).isEqualTo("5.2 km");
        assertThat(Distances.format(5249, DistanceUnit.KM)).isEqualTo("5.2 km");
        assertThat(Distances.format(5250, DistanceUnit.KM)).isEqualTo("5.3 km");
        assertThat(Distances.format(5000, DistanceUnit.MI)).isEqualTo("3.1 mi");
        assertThat(Distances.format(1609.344 * 26, DistanceUnit.MI)).isEqualTo("26 mi");
        assertThat(Distances.format(0, DistanceUnit.KM)).isEqualTo("0 km");
        assertThat(Distances.value(8049, DistanceUnit.KM)).isEqualTo("8");
    }

    @Test
    void distancesUseTheLocalesDecimalSeparator() {
        assertThat(Distances.format(5200, DistanceUnit.KM, Locale.GERMANY)).isEqualTo("5,2 km");
        Locale.setDefault(Locale.Category.FORMAT, Locale.FRANCE);
        assertThat(Distances.format(5200, DistanceUnit.KM)).isEqualTo("5,2 km");
        assertThat(Distances.parse("5,2", DistanceUnit.KM)).contains(5200.0);
    }

    @Test
    void typedDistancesTakeAPointOrAComma() {
        assertThat(Distances.parse("5.2", DistanceUnit.KM)).contains(5200.0);
        assertThat(Distances.parse("5,2", DistanceUnit.KM)).contains(5200.0);
        assertThat(Distances.parse(" 3 ", DistanceUnit.MI)).contains(3 * 1609.344);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "five", "10d", "10f", "１２", "1e3", "0x10", "NaN", "Infinity", "1,000.5", "1.2.3", "5 km", "--5", "٣"})
    void numbersAreAsciiDigitsWithOneSeparatorOnly(final String text) {
        assertThat(Numbers.parse(text)).isEmpty();
    }

    @Test
    void numbersThatAreNumbers() {
        assertThat(Numbers.parse("-3")).contains(-3.0);
        assertThat(Numbers.parse("+.5")).contains(0.5);
        assertThat(Numbers.parse("12.")).contains(12.0);
        assertThat(Numbers.parseWhole("42")).contains(42);
        assertThat(Numbers.parseWhole("4.2")).isEmpty();
        assertThat(Numbers.parseWhole("１２")).isEmpty();
        assertThat(Numbers.parseWhole("9999999999")).isEmpty();
    }

    @Test
    void theCommandLineAlsoTakesExponentsButNeverSuffixes() {
        assertThat(Numbers.parseMachine("-1e9")).contains(-1e9);
        assertThat(Numbers.parseMachine("1e999")).contains(Double.POSITIVE_INFINITY);
        assertThat(Numbers.parseMachine("10d")).isEmpty();
        assertThat(Numbers.parseMachine("１２")).isEmpty();
        assertThat(Numbers.parseMachine("5,2")).as("the command line is locale-free").isEmpty();
    }

    @Test
    void oneDecimalNeverShowsMinusZero() {
        assertThat(Numbers.oneDecimal(-0.04)).isEqualTo("0");
        assertThat(Numbers.oneDecimal(-2.25)).isEqualTo("-2.3");
    }

    @Test
    void pacesAreMinutesAndSecondsPerUnit() {
        assertThat(Paces.format(330, DistanceUnit.KM)).isEqualTo("5:30 /km");
        assertThat(Paces.format(330, DistanceUnit.MI)).isEqualTo("8:51 /mi");
        assertThat(Paces.ofRun(Optional.of(5000.0), Optional.of(Duration.ofMinutes(25)))).contains(300.0);
        assertThat(Paces.ofRun(Optional.of(0.0), Optional.of(Duration.ofMinutes(25)))).isEmpty();
        assertThat(Paces.ofRun(Optional.empty(), Optional.of(Duration.ofMinutes(25)))).isEmpty();
    }

    @Test
    void theTurnaroundIsHalfTheDistanceElseHalfTheTime() {
        assertThat(Paces.turnaround(Optional.of(8000.0), Optional.of(2400L), DistanceUnit.KM)).contains("4 km");
        assertThat(Paces.turnaround(Optional.empty(), Optional.of(2700L), DistanceUnit.KM)).contains("22:30");
        assertThat(Paces.turnaround(Optional.empty(), Optional.empty(), DistanceUnit.KM)).isEmpty();
    }

    @Test
    void datesInTheFormatLocale() {
        final LocalDate d = LocalDate.of(2027, 1, 6);
        assertThat(Dates.day(d)).isEqualTo("Wed 6 Jan");
        assertThat(Dates.dayLong(d)).isEqualTo("Wednesday 6 January");
        assertThat(Dates.dayWithYear(d)).isEqualTo("Wed 6 Jan 2027");
        assertThat(Dates.dayNear(d, 2027)).isEqualTo("Wed 6 Jan");
        assertThat(Dates.dayNear(d, 2026)).isEqualTo("Wed 6 Jan 2027");
        assertThat(Dates.time(LocalTime.of(7, 0))).isEqualTo("07:00");
        assertThat(Dates.dayAndTime(LocalDateTime.of(2027, 1, 6, 18, 30))).isEqualTo("Wed 6 Jan 18:30");
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertThat(Dates.dayLong(d)).isEqualTo("Mittwoch 6 Januar");
    }

    @Test
    void typedDatesInTheFormsShown() {
        final LocalDate d = LocalDate.of(2027, 1, 6);
        assertThat(Dates.parse("Wed 6 Jan 2027", 2020)).contains(d);
        assertThat(Dates.parse("2027-01-06", 2020)).contains(d);
        assertThat(Dates.parse("6 Jan", 2027)).contains(d);
        assertThat(Dates.parse("6 jan 2027", 2020)).contains(d);
        assertThat(Dates.parse("6 jan", 2027)).contains(d);
        assertThat(Dates.parse("２０２７-０１-０６", 2027)).isEmpty();
        assertThat(Dates.parse("tomorrow", 2027)).isEmpty();
    }
}
