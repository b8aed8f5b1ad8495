package app.stride.app;

import app.stride.common.InvalidInputException;
import app.stride.common.Messages;
import app.stride.export.GpxFile;
import app.stride.export.TcxFile;
import app.stride.gear.Shoe;
import app.stride.gear.Shoes;
import app.stride.tracking.RecordedRun;
import app.stride.tracking.RunImport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs from a watch or phone (issue 10): read every file first, so one bad file means nothing is stored. */
public final class ImportService {

    /** The activity formats Stride reads. */
    public enum Format {
        GPX, TCX;

        /** The format a file name says, e.g. {@code run.tcx}. */
        public static Optional<Format> of(final Path file) {
            final String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
            return name.endsWith(".gpx") ? Optional.of(GPX) : name.endsWith(".tcx") ? Optional.of(TCX) : Optional.empty();
        }
    }

    private final RunImport runs;
    private final Shoes shoes;

    ImportService(final RunImport runs, final Shoes shoes) {
        this.runs = runs;
        this.shoes = shoes;
    }

    /** Reads {@code files} as {@code format} (or by their names when empty) and matches each to the plan. */
    public List<RunImport.Match> read(final List<Path> files, final Optional<Format> format) {
        final List<RunImport.Match> out = new ArrayList<>();
        for (Path f : files) {
            final Format fmt = format.or(() -> Format.of(f)).orElseThrow(
                    () -> InvalidInputException.coded("FILE", "import.error.format", f.getFileName()));
            final RecordedRun run = fmt == Format.GPX ? GpxFile.read(f) : TcxFile.read(f);
            out.add(runs.match(run, String.valueOf(f.getFileName())));
        }
        return out;
    }

    /** Logs a matched run, ticking its session off when {@code tickOff}; it counts on the pair of shoes in use. */
    public RunImport.Logged log(final RunImport.Match match, final boolean tickOff) {
        final String notes = Messages.get("import.note", Math.round(match.run().elevationGainM()), match.source());
        return runs.log(match, tickOff, shoes.suggested().map(Shoe::id), notes);
    }
}
