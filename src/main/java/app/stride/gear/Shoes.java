package app.stride.gear;

import app.stride.common.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The runner's shoes: adding a pair with sensible limits, retiring it, and which pair a run was most likely in. */
public final class Shoes {

    /** Most running shoes are good for 500–800 km; 700 km is the usual "time to look" mark. */
    public static final double DEFAULT_RETIRE_AT_M = 700_000;
    public static final double MIN_RETIRE_AT_M = 100_000;
    public static final double MAX_RETIRE_AT_M = 2_000_000;

    private final ShoeRack rack;
    private final Clock clock;

    public Shoes(final ShoeRack rack, final Clock clock) {
        this.rack = rack;
        this.clock = clock;
    }

    public List<Shoe> all() {
        return rack.all();
    }

    /** Pairs not retired, in the order the runner last used them. */
    public List<Shoe> inUse() {
        return rack.all().stream().filter(s -> !s.retired()).toList();
    }

    /** The pair to suggest for the next run: the one in use that was added last, if any. */
    public Optional<Shoe> suggested() {
        return inUse().stream().findFirst();
    }

    /** Adds a pair; the name is required, distances in metres within sensible bounds (messages name the field). */
    public long add(final String name, final double alreadyRunM, final double retireAtM) {
        final String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            throw InvalidInputException.coded("name", "gear.error.name");
        }
        if (!(alreadyRunM >= 0 && alreadyRunM <= MAX_RETIRE_AT_M)) {
            throw InvalidInputException.coded("alreadyRun", "gear.error.alreadyRun");
        }
        if (!(retireAtM >= MIN_RETIRE_AT_M && retireAtM <= MAX_RETIRE_AT_M)) {
            throw InvalidInputException.coded("retireAt", "gear.error.retireAt");
        }
        return rack.add(n, alreadyRunM, retireAtM, LocalDate.now(clock));
    }

    public void retire(final long id) {
        rack.retire(id, LocalDate.now(clock));
    }
}
