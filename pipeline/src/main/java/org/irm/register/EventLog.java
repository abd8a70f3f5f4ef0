package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The event table's only ways in and out: insert and select. There is deliberately no update or
 * delete, so the log stays append-only.
 */
final class EventLog {

    private EventLog() {
    }

    /** Inserts on the caller's connection (and so in its transaction); returns the event's id. */
    static long append(Connection connection, Event event) throws SQLException {
        String sql = "INSERT INTO event (occurred_at, actor, action, subject, file_sha256, detail) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Rows.setInstant(insert, 1, event.at());
            insert.setString(2, event.actor());
            insert.setString(3, event.action());
            insert.setString(4, event.subject());
            insert.setString(5, event.fileSha256());
            insert.setString(6, event.detail());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Events in the order they were appended, all of them or those about one subject. */
    static List<Event> read(Connection connection, String subject) throws SQLException {
        String sql = "SELECT " + Rows.EVENT_COLUMNS + " FROM event"
                + (subject == null ? "" : " WHERE subject = ?") + " ORDER BY id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (subject != null) {
                select.setString(1, subject);
            }
            List<Event> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(Rows.event(rows));
                }
            }
            return events;
        }
    }
}
