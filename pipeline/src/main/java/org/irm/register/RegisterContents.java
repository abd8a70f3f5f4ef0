package org.irm.register;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What an embedded (H2) register holds, reduced to what a compaction must keep: its schema as H2
 * scripts it ({@code SCRIPT NODATA}: tables, columns, constraints, indexes, users, and where each
 * identity column goes on counting) and, for every table, its number of rows and a digest of all its
 * rows' values. Two registers with equal contents hold the same rows with the same values.
 *
 * <p>The digest of a table adds up the SHA-256 of each row's values (its first 128 bits, as two
 * sums modulo 2<sup>64</sup>), so it does not depend on the order H2 returns the rows in, yet a row
 * lost, added, duplicated or altered in any column changes it.
 *
 * @param schema the schema's script, without H2's statistics (row estimates, selectivity), which a rewrite may change
 * @param tables each table ({@code SCHEMA.TABLE}) with its rows
 */
record RegisterContents(List<String> schema, Map<String, Table> tables) {

    /** One table's rows: how many, and the digest of their values. */
    record Table(long rows, String digest) {
    }

    RegisterContents {
        schema = List.copyOf(schema);
        tables = Map.copyOf(tables);
    }

    /** Reads the contents of the database behind this connection (read-only is enough). */
    static RegisterContents of(Connection connection) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Statement script = connection.createStatement(); ResultSet lines = script.executeQuery("SCRIPT NODATA")) {
            while (lines.next()) {
                String line = lines.getString(1);
                if (!line.startsWith("--")) {
                    schema.add(line.replaceAll(" SELECTIVITY \\d+", ""));
                }
            }
        }
        List<String> names = new ArrayList<>();
        try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery(
                "SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA' ORDER BY 1, 2")) {
            while (rows.next()) {
                names.add(quoted(rows.getString(1)) + "." + quoted(rows.getString(2)));
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names) {
            tables.put(name, table(connection, name));
        }
        return new RegisterContents(schema, tables);
    }

    /** Where these contents and the others differ, one sentence each; empty when they are the same. */
    List<String> differencesFrom(RegisterContents other) {
        List<String> differences = new ArrayList<>();
        if (!schema.equals(other.schema)) {
            differences.add("the schema differs (tables, columns, constraints, indexes or identity counters)");
        }
        for (String name : new TreeSet<>(union(tables.keySet(), other.tables.keySet()))) {
            Table mine = tables.get(name);
            Table theirs = other.tables.get(name);
            if (mine == null || theirs == null) {
                differences.add("table " + name + " is " + (mine == null ? "missing from the original" : "missing from the copy"));
            } else if (mine.rows() != theirs.rows()) {
                differences.add("table " + name + " has " + mine.rows() + " rows in the original, " + theirs.rows()
                        + " in the copy");
            } else if (!mine.digest().equals(theirs.digest())) {
                differences.add("table " + name + " has the same number of rows (" + mine.rows()
                        + ") but not the same values");
            }
        }
        return differences;
    }

    /** How many rows all the tables hold together. */
    long rows() {
        return tables.values().stream().mapToLong(Table::rows).sum();
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Table table(Connection connection, String name) throws SQLException {
        MessageDigest sha256 = sha256();
        long rows = 0;
        long high = 0;
        long low = 0;
        try (Statement select = connection.createStatement(); ResultSet row = select.executeQuery("SELECT * FROM " + name)) {
            ResultSetMetaData columns = row.getMetaData();
            int count = columns.getColumnCount();
            boolean[] binary = new boolean[count + 1];
            for (int column = 1; column <= count; column++) {
                int type = columns.getColumnType(column);
                binary[column] = type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY
                        || type == Types.BLOB;
            }
            while (row.next()) {
                for (int column = 1; column <= count; column++) {
                    byte[] value = binary[column] ? row.getBytes(column) : bytes(row.getString(column));
                    // Null and each value's length are digested too: ("ab", "c") must not read as ("a", "bc").
                    sha256.update(value == null ? (byte) 0 : (byte) 1);
                    if (value != null) {
                        sha256.update(ByteBuffer.allocate(4).putInt(value.length).array());
                        sha256.update(value);
                    }
                }
                ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
                high += digest.getLong();
                low += digest.getLong();
                rows++;
            }
        }
        return new Table(rows, Long.toHexString(high) + "-" + Long.toHexString(low));
    }

    private static byte[] bytes(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String identifier) {
        return '"' + Objects.requireNonNull(identifier).replace("\"", "\"\"") + '"';
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
