package org.packpress.testing;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of every PackPress table, for "nothing changed" checks: not the batch job repository's, nor
 * the bookkeeping of processes and which process ran which job (a rejected import still ran a job).
 */
public final class StoreSnapshot {

    private StoreSnapshot() {
    }

    public static Map<String, List<String>> take(JdbcTemplate jdbc) {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE lower(table_schema) IN ('public') AND lower(table_name) NOT LIKE 'batch_%'"
                + " AND lower(table_name) NOT LIKE 'flyway_%'"
                + " AND lower(table_name) NOT IN ('packpress_process', 'job_execution_owner')", String.class);
        for (String table : names) {
            List<String> rows = jdbc.queryForList("SELECT * FROM " + table).stream()
                    .map(StoreSnapshot::row).sorted().toList();
            tables.put(table.toLowerCase(), rows);
        }
        return tables;
    }

    private static String row(Map<String, Object> row) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(row).forEach((column, value) -> out.append(column).append('=').append(text(value)).append(';'));
        return out.toString();
    }

    /** A value as text: an array by its elements (H2's {@code Array.toString} names the object, "ar36926: …"). */
    private static String text(Object value) {
        try {
            if (value instanceof byte[] bytes) {
                return "bytes:" + Arrays.hashCode(bytes);
            }
            return value instanceof Array array ? Arrays.deepToString((Object[]) array.getArray()) : String.valueOf(value);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
