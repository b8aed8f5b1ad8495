package app.stride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Whole rows read and written back column by column, for undo that must restore what it removed exactly. */
final class Rows {

    private Rows() {
    }

    /** Inserts {@code row} (column names as read from the schema) into {@code table}; returns the row's id. */
    static long insert(final Connection c, final String table, final Map<String, Object> row) throws SQLException {
        final List<String> columns = new ArrayList<>(row.keySet());
        for (String col : columns) {
            if (!col.matches("[a-z_][a-z0-9_]*")) {
                throw new SQLException("unexpected column name " + col);
            }
        }
        final String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < columns.size(); i++) {
                ps.setObject(i + 1, row.get(columns.get(i)));
            }
            ps.executeUpdate();
            return key(ps);
        }
    }

    /** The id SQLite gave the row {@code ps} just inserted; an insert that returned none is an error, not id 0. */
    static long key(final PreparedStatement ps) throws SQLException {
        try (ResultSet k = ps.getGeneratedKeys()) {
            if (!k.next()) {
                throw new SQLException("no id returned");
            }
            return k.getLong(1);
        }
    }

    /** Every column of every row {@code sql} selects for {@code id}. */
    static List<Map<String, Object>> select(final Connection c, final String sql, final long id) throws SQLException {
        final List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                final ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    final Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        row.put(md.getColumnName(i), rs.getObject(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    /** Whether the schema has {@code table} (a table a later migration adds, e.g. imported_run). */
    static boolean tableExists(final Connection c, final String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
