package app.stride.store;

import java.nio.file.Path;
import java.util.List;

/** The result of "Check my data": SQLite's integrity check of the whole file; no problems means the data is sound. */
public record DataCheck(Path file, List<String> problems) {

    public DataCheck {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
