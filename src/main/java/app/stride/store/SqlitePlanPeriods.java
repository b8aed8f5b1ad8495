package app.stride.store;

import app.stride.plan.Goal;
import app.stride.plan.RaceDistance;
import app.stride.tracking.PlanPeriod;
import app.stride.tracking.PlanPeriods;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans for the log's filter. A plan adapted along the way is a chain of versions (previous_id); the chain counts as
 * one plan, from its first version's start to its latest version's end, with the latest version's sessions (adapting
 * moves logged runs onto them).
 */
public final class SqlitePlanPeriods implements PlanPeriods {

    private final Database db;

    public SqlitePlanPeriods(final Database db) {
        this.db = db;
    }

    private record Row(long id, Optional<Long> previous, boolean current, Goal goal, Optional<RaceDistance> race,
                       LocalDate start, LocalDate end) {
    }

    @Override
    public List<PlanPeriod> all() {
        return db.read(c -> {
            final Map<Long, Row> rows = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, previous_id, status, goal, race_distance_m, start_date, "
                    + "COALESCE(end_date, date(start_date, '+' || (weeks * 7 - 1) || ' days')) FROM plan");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final long prev = rs.getLong(2);
                    final Optional<Long> previous = rs.wasNull() ? Optional.empty() : Optional.of(prev);
                    final double m = rs.getDouble(5);
                    final Optional<RaceDistance> race = rs.wasNull() ? Optional.empty()
                            : Arrays.stream(RaceDistance.values()).filter(d -> Math.abs(d.metres() - m) < 1).findFirst();
                    rows.put(rs.getLong(1), new Row(rs.getLong(1), previous, "current".equals(rs.getString(3)),
                            Goal.parse(rs.getString(4)).orElse(Goal.FINISH), race, LocalDate.parse(rs.getString(6)),
                            LocalDate.parse(rs.getString(7))));
                }
            }
            final Set<Long> replaced = new HashSet<>();
            rows.values().forEach(r -> r.previous().ifPresent(replaced::add));
            final Map<Long, Set<Long>> sessions = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT w.plan_id, s.id FROM planned_session s JOIN plan_week w ON s.week_id = w.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sessions.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                }
            }
            final List<PlanPeriod> out = new ArrayList<>();
            for (Row head : rows.values()) {
                if (replaced.contains(head.id())) {
                    continue;
                }
                LocalDate start = head.start();
                Optional<Long> prev = head.previous();
                for (int hops = 0; prev.isPresent() && rows.containsKey(prev.get()) && hops < rows.size(); hops++) {
                    final Row r = rows.get(prev.get());
                    start = r.start().isBefore(start) ? r.start() : start;
                    prev = r.previous();
                }
                out.add(new PlanPeriod(head.id(), head.goal(), head.race(), start, head.end(), head.current(),
                        sessions.getOrDefault(head.id(), Set.of())));
            }
            out.sort(Comparator.comparing(PlanPeriod::current).reversed()
                    .thenComparing(PlanPeriod::start, Comparator.reverseOrder()).thenComparing(PlanPeriod::planId, Comparator.reverseOrder()));
            return out;
        });
    }
}
