package app.stride.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.common.InvalidInputException;
import app.stride.settings.DistanceUnit;
import app.stride.tracking.RunReport;
import app.stride.ui.log.RunForm;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Today ("I ran it", a missed session's "Log it") and the Log's form read a typed run by one rule: the same text is
 * accepted as the same run, or refused on the same field with the same words. Before, Today had its own reading: other
 * words for every refusal, "150" km and "25:00:00" refused only later by the run itself, and "62.14" mi (the limit
 * shown, rounded) refused where the Log took it.
 */
class TypedRunFacesTest {

    private record Read(Optional<Double> metres, Optional<Duration> time, String field, String error) {
    }

    private static Read byTheLog(final String distance, final String time, final DistanceUnit unit) {
        final RunForm f = RunForm.forNew(LocalDate.of(2027, 1, 12));
        f.distanceProperty().set(distance);
        f.timeProperty().set(time);
        final Optional<RunForm.Entry> e = f.read(unit);
        // The Log's form calls the time field "time"; the run itself calls it "duration".
        final String field = f.errorFieldProperty().get().equals("time") ? "duration" : f.errorFieldProperty().get();
        return e.map(x -> new Read(x.report().distanceM(), x.report().duration(), "", ""))
                .orElseGet(() -> new Read(Optional.empty(), Optional.empty(), field, f.errorProperty().get()));
    }

    private static Read byToday(final String distance, final String time, final DistanceUnit unit) {
        try {
            final RunReport r = TickOffEntry.report(distance, time, Optional.empty(), "", unit);
            return new Read(r.distanceM(), r.duration(), "", "");
        } catch (InvalidInputException e) {
            return new Read(Optional.empty(), Optional.empty(), e.field(), e.getMessage());
        }
    }

    @ParameterizedTest(name = "[{0}] [{1}] in {2}")
    @CsvSource(delimiter = '|', value = {
        "5|30|KM", "5.2|45:30|KM", "'5,2'|1:05:30|KM", "''|''|KM", "' '|' '|MI", "3.1|25:00|MI",
        "100|30|KM", "62.14|30|MI", "150|30|KM", "0|30|KM", "-3|30|KM", "five|30|KM",
        "5|45:75|KM", "5|25:00:00|KM", "5|24:00:00|KM", "5|abc|KM",
    })
    void theTwoFacesAcceptAndRefuseTheSameText(final String distance, final String time, final DistanceUnit unit) {
        final Read log = byTheLog(distance, time, unit);
        final Read today = byToday(distance, time, unit);
        assertThat(today).isEqualTo(log);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"150|30|distance", "5|25:00:00|duration", "five|30|distance"})
    void refusalsNameTheField(final String distance, final String time, final String field) {
        assertThat(byToday(distance, time, DistanceUnit.KM).field()).isEqualTo(field);
        assertThat(byTheLog(distance, time, DistanceUnit.KM).field()).isEqualTo(field);
    }
}
