package app.stride.gear;

import java.time.LocalDate;
import java.util.List;

/** Where shoes are kept; the store implements it. */
public interface ShoeRack {

    /** Every pair, pairs in use first, newest first. */
    List<Shoe> all();

    long add(String name, double initialM, double retireAtM, LocalDate startedOn);

    void retire(long id, LocalDate on);
}
