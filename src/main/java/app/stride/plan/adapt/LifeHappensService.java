package app.stride.plan.adapt;

import app.stride.common.InvalidInputException;
import app.stride.plan.PlanRepository;
import app.stride.plan.PlanRepository.PlanVersion;
import app.stride.plan.PlanRepository.SavedSession;
import app.stride.plan.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * "Life happens" for Today and the command line: preview a change to today or the next days, apply it (stored in
 * the plan's sessions in place, one transaction), and undo it (every session back exactly as it was).
 */
public final class LifeHappensService {

    private final PlanRepository plans;
    private final Clock clock;

    public LifeHappensService(final PlanRepository plans, final Clock clock) {
        this.plans = Objects.requireNonNull(plans);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Today's session cut to {@code minutes}, keeping its purpose (preview; nothing stored). */
    public LifeChange shorten(final int minutes) {
        return ShortenSession.propose(today(), minutes, LocalDate.now(clock));
    }

    /** The next days eased (preview; nothing stored). */
    public LifeChange ease() {
        return EaseDays.propose(days(), LocalDate.now(clock));
    }

    /** Today's session on a treadmill (preview; nothing stored). */
    public LifeChange indoor() {
        return IndoorVersion.propose(today(), LocalDate.now(clock));
    }

    /** The next day today's session may move to, if any in the coming week. */
    public Optional<LocalDate> anotherDay() {
        final PlanVersion v = current();
        final List<PlanDay> days = days(v);
        final LocalDate last = days.stream().map(PlanDay::day).max(LocalDate::compareTo).orElse(LocalDate.now(clock));
        return IndoorVersion.anotherDay(days, today(days), LocalDate.now(clock), last);
    }

    /** Stores the change; refused (field {@code plan}) when a session changed since the preview. */
    public void apply(final LifeChange change) {
        write(change, true);
    }

    /** Puts back what {@code change} replaced; refused (field {@code plan}) when a session changed since. */
    public void undo(final LifeChange change) {
        write(change, false);
    }

    private void write(final LifeChange change, final boolean forward) {
        if (change.isEmpty()) {
            return;
        }
        final Map<Long, PlanDay> now = new LinkedHashMap<>();
        days().forEach(d -> now.put(d.id(), d));
        final Map<Long, Session> out = new LinkedHashMap<>();
        for (LifeChange.Edit e : change.edits()) {
            final PlanDay d = now.get(e.sessionId());
            final Session expected = forward ? e.from() : e.to();
            if (d == null || !d.open() || !d.session().equals(expected)) {
                throw InvalidInputException.coded("plan", "life.error.stale");
            }
            out.put(e.sessionId(), forward ? e.to() : e.from());
        }
        plans.replaceSessions(out);
    }

    private PlanDay today() {
        return today(days());
    }

    private PlanDay today(final List<PlanDay> days) {
        final LocalDate today = LocalDate.now(clock);
        return days.stream().filter(d -> d.day().equals(today)).findFirst()
                .orElseThrow(() -> InvalidInputException.coded("session", "life.error.restDay"));
    }

    private List<PlanDay> days() {
        return days(current());
    }

    private PlanVersion current() {
        return plans.currentVersion().orElseThrow(() -> InvalidInputException.coded("plan", "tracking.error.noPlan"));
    }

    /**
     * Each stored session with its content, on the day it is on now. Paired by the day it was planned for and its
     * type (one session a day), never by position: the two lists need not be in the same order.
     */
    static List<PlanDay> days(final PlanVersion v) {
        final List<Session> content = new ArrayList<>(v.plan().sessions());
        final List<PlanDay> out = new ArrayList<>();
        for (SavedSession saved : v.sessions()) {
            final Session s = content.stream()
                    .filter(x -> x.date().equals(saved.originalDate()) && x.type().code().equals(saved.type()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no content for stored session " + saved.id()));
            content.remove(s);
            out.add(new PlanDay(saved.id(), saved.date(), saved.status(), s));
        }
        return out;
    }
}
