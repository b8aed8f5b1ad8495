package app.stride.export;

import app.stride.common.Messages;
import app.stride.plan.PlanRepository.SavedPlan;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.SessionType;
import app.stride.settings.DistanceUnit;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/**
 * The current plan as an iCalendar file (RFC 5545), written with biweekly: one event per session, at the runner's
 * usual run time or all day, the race as its own event. UIDs come from the stored session, and SEQUENCE/LAST-MODIFIED
 * from its revision, so importing the file again after a move updates the event instead of adding a second one.
 */
public final class IcsCalendar {

    /** How long an event lasts when the session gives no time and no pace to work it out. */
    static final Duration DEFAULT_LENGTH = Duration.ofMinutes(45);

    private IcsCalendar() {
    }

    /** The stable UID of a session's event. */
    public static String uid(final SavedPlan plan, final SavedSession s) {
        return s.sessionType().filter(t -> t == SessionType.RACE).isPresent()
                ? "race-" + plan.id() + "@stride.app" : "session-" + s.id() + "-plan-" + plan.id() + "@stride.app";
    }

    /** Builds the calendar; {@code now} is its DTSTAMP. */
    public static ICalendar calendar(final SavedPlan plan, final PlanExtras extras, final DistanceUnit unit, final ZoneId zone,
                                     final Instant now) {
        final ICalendar ical = new ICalendar();
        ical.setProductId("-//Stride//Stride training plan//EN");
        ical.setExperimentalProperty("X-WR-CALNAME", Messages.get("ics.calendarName"));
        boolean raceSession = false;
        for (SavedSession s : plan.sessions()) {
            final boolean race = s.sessionType().filter(t -> t == SessionType.RACE).isPresent();
            raceSession |= race;
            final VEvent e = new VEvent();
            e.setUid(uid(plan, s));
            final String title = race ? raceTitle(plan) : SessionText.title(s, unit);
            e.setSummary(s.status() == app.stride.plan.SessionStatus.DONE ? Messages.get("ics.done", title) : title);
            e.setDescription(String.join("\n", SessionText.details(s, unit)));
            e.addCategories(s.type());
            final PlanExtras.Revision r = extras.revision(s.id());
            e.setSequence(r.sequence());
            e.setLastModified(Date.from(r.modifiedAt().orElse(extras.createdAt())));
            e.setDateTimeStamp(Date.from(now));
            e.setCreated(Date.from(extras.createdAt()));
            e.setTransparency(Transparency.opaque());
            when(e, s.date(), extras.usualRunTime().filter(t -> !race).map(t -> s.date().atTime(t).atZone(zone).toInstant()),
                    length(s), zone);
            ical.addEvent(e);
        }
        if (!raceSession && plan.raceDate().isPresent()) {
            final VEvent e = new VEvent();
            e.setUid("race-" + plan.id() + "@stride.app");
            e.setSummary(raceTitle(plan));
            e.setSequence(0);
            e.setLastModified(Date.from(extras.createdAt()));
            e.setDateTimeStamp(Date.from(now));
            when(e, plan.raceDate().get(), Optional.empty(), DEFAULT_LENGTH, zone);
            ical.addEvent(e);
        }
        return ical;
    }

    /**
     * Writes the calendar as UTF-8 with CRLF line ends and text escaped (biweekly), lines folded at 75 octets. biweekly
     * folds at 75 characters, which a line with "–" or "·" overruns in octets (RFC 5545 3.1), so it writes unfolded
     * lines and {@link #fold} folds them.
     */
    public static void write(final ICalendar ical, final OutputStream out) throws IOException {
        final java.io.StringWriter unfolded = new java.io.StringWriter();
        try (ICalWriter w = new ICalWriter(unfolded, ICalVersion.V2_0)) {
            w.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            w.write(ical);
        }
        final Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (String line : unfolded.toString().split("\r\n")) {
            if (!line.isEmpty()) {
                w.write(fold(line));
            }
        }
        w.flush();
    }

    /** One content line folded into pieces of at most 75 octets, never inside a character, each ended by CRLF. */
    static String fold(final String line) {
        final StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            final int cp = line.codePointAt(i);
            final int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append("\r\n").toString();
    }

    private static String raceTitle(final SavedPlan plan) {
        return plan.distance().map(d -> Messages.has("plan.distance." + d) ? Messages.get("plan.distance." + d) : d)
                .map(d -> Messages.get("ics.race", d)).orElse(Messages.get("ics.raceDefault"));
    }

    private static Duration length(final SavedSession s) {
        return s.durationS().map(d -> Duration.ofSeconds(d))
                .or(() -> s.distanceM().flatMap(m -> s.pace().map(p -> Duration.ofSeconds(Math.round(m / 1000 * p.midSecPerKm())))))
                .filter(d -> !d.isZero()).orElse(DEFAULT_LENGTH);
    }

    private static void when(final VEvent e, final LocalDate date, final Optional<Instant> start, final Duration length, final ZoneId zone) {
        if (start.isPresent()) {
            e.setDateStart(new DateStart(Date.from(start.get()), true));
            e.setDateEnd(new DateEnd(Date.from(start.get().plus(length)), true));
        } else {
            // All-day: biweekly writes date-only values in the JVM's zone; build them from that zone's midnight.
            final ZoneId local = ZoneId.systemDefault();
            e.setDateStart(new DateStart(Date.from(date.atStartOfDay(local).toInstant()), false));
            e.setDateEnd(new DateEnd(Date.from(date.plusDays(1).atStartOfDay(local).toInstant()), false));
        }
    }
}
