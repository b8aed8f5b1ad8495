package app.stride.tracking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a delete took away, so that undo puts it back exactly: the run, every stored value of it (including those the
 * domain does not read, such as the weather kept with it), the status its planned session had, the outfit answers
 * that pointed at it, and the record of the file it was imported from (which goes with the run), if any.
 */
public record DeletedRun(LoggedRun run, Map<String, Object> stored, Optional<app.stride.plan.SessionStatus> sessionStatusBefore,
                         List<Long> outfitAnswerIds, List<Map<String, Object>> importRecords) {

    public DeletedRun {
        stored = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stored));
        outfitAnswerIds = List.copyOf(outfitAnswerIds);
        importRecords = importRecords.stream().map(r -> java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(r)))
                .toList();
    }
}
