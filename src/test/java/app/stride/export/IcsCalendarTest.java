package app.stride.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.app.StrideServices;
import app.stride.cli.CliRun;
import app.stride.common.InvalidInputException;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.settings.DistanceUnit;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .ics is written with biweekly and read back here with ical4j, a parser with no code in common. */
class IcsCalendarTest {

    @TempDir
    Path dir;

    private static List<VEvent> events(final Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            final Calendar cal = new CalendarBuilder().build(in);
            return cal.getComponents(Component.VEVENT);
        }
    }

    private static String prop(final VEvent e, final String name) {
        return e.getProperty(name).map(p -> ((Property) p).getValue()).orElse("");
    }

    private static Map<String, VEvent> byUid(final List<VEvent> events) {
        return events.stream().collect(Collectors.toMap(e -> prop(e, Property.UID), Function.identity()));
    }

    @Test
    void oneEventPerSessionWithItsDescriptionAndTheRaceAsItsOwnEvent() throws Exception {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final List<SavedSession> sessions = s.plans().current().orElseThrow().sessions();

        final List<VEvent> events = events(s.exports().ics(dir.resolve("plan.ics"), Optional.of(DistanceUnit.KM)));

        assertThat(events).hasSize(sessions.size());
        assertThat(byUid(events)).hasSize(sessions.size());
        final List<VEvent> races = events.stream().filter(e -> prop(e, Property.UID).startsWith("race-")).toList();
        assertThat(races).singleElement().satisfies(r -> {
            assertThat(prop(r, Property.SUMMARY)).isEqualTo("Race day: 5K");
            assertThat(prop(r, Property.DTSTART)).isEqualTo("20260905");
        });
        final SavedSession easy = sessions.stream().filter(x -> x.type().equals("easy")).findFirst().orElseThrow();
        final VEvent e = byUid(events).get(IcsCalendar.uid(s.plans().current().orElseThrow(), easy));
        assertThat(prop(e, Property.SUMMARY)).startsWith("Easy run");
        assertThat(prop(e, Property.DESCRIPTION)).contains("Easy run").contains("/km").contains("turn around");
        // The runner's usual time, 18:30 in the plan's zone (UTC here).
        assertThat(prop(e, Property.DTSTART)).isEqualTo(easy.date().toString().replace("-", "") + "T183000Z");
        assertThat(prop(e, Property.SEQUENCE)).isEqualTo("0");
    }

    @Test
    void theFileIsFoldedAndEscapedAsRfc5545Says() throws Exception {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final Path file = s.exports().ics(dir.resolve("plan.ics"), Optional.of(DistanceUnit.KM));
        final byte[] bytes = Files.readAllBytes(file);
        final String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(text).as("long descriptions continue on folded lines").contains("\r\n ");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).as("newlines in text are escaped").contains("\\n");
    }

    @Test
    void movingASessionKeepsItsUidAndRaisesItsSequenceSoCalendarsUpdateIt() throws Exception {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final Map<String, VEvent> before = byUid(events(s.exports().ics(dir.resolve("a.ics"), Optional.empty())));
        final SavedSession open = s.plans().current().orElseThrow().sessions().stream()
                .filter(x -> x.date().isAfter(ExportFixtures.TODAY) && x.type().equals("easy")).findFirst().orElseThrow();
        final LocalDate to = moveSomewhere(s, open);

        final Map<String, VEvent> after = byUid(events(s.exports().ics(dir.resolve("b.ics"), Optional.empty())));

        assertThat(after.keySet()).isEqualTo(before.keySet());
        final String uid = IcsCalendar.uid(s.plans().current().orElseThrow(), open);
        assertThat(prop(after.get(uid), Property.DTSTART)).startsWith(to.toString().replace("-", ""));
        assertThat(prop(after.get(uid), Property.SEQUENCE)).isEqualTo("1");
        assertThat(prop(after.get(uid), Property.LAST_MODIFIED)).isNotEqualTo(prop(before.get(uid), Property.LAST_MODIFIED));
        after.keySet().stream().filter(u -> !u.equals(uid)).forEach(u ->
                assertThat(prop(after.get(u), Property.SEQUENCE)).isEqualTo(prop(before.get(u), Property.SEQUENCE)));
    }

    private static LocalDate moveSomewhere(final StrideServices s, final SavedSession session) {
        for (int d = 1; d < 6; d++) {
            try {
                s.tickOff().move(session.id(), session.date().plusDays(d));
                return session.date().plusDays(d);
            } catch (InvalidInputException ruleSaysNo) {
                // try the next day
            }
        }
        throw new AssertionError("no day to move to");
    }

    @Test
    void exportingTwiceGivesTheSameEventsApartFromTheirStamp() throws Exception {
        final StrideServices s = ExportFixtures.withPlan(dir.resolve("d"));
        final String a = Files.readString(s.exports().ics(dir.resolve("a.ics"), Optional.empty()));
        final String b = Files.readString(s.exports().ics(dir.resolve("b.ics"), Optional.empty()));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void theCommandSaysWhereItWroteAndRefusesABadUnitWritingNothing() {
        ExportFixtures.withPlan(dir.resolve("d"));
        final CliRun ok = CliRun.of("export", "ics", "--out", dir.resolve("p.ics").toString(), "--data-dir", dir.resolve("d").toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(dir.resolve("p.ics")).exists();

        final CliRun bad = CliRun.of("export", "ics", "--out", dir.resolve("q.ics").toString(), "--units", "leagues",
                "--data-dir", dir.resolve("d").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().contains("--units");
        assertThat(dir.resolve("q.ics")).doesNotExist();
    }
}
