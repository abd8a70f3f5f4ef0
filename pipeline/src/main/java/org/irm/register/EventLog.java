package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The event table's only ways in and out: insert and select. There is deliberately no update or
 * delete, so the log stays append-only. Each event is stored with the State it concerns, derived
 * from its subject when it is appended (a review: its State under review; a checklist or a
 * submission: the checklist's State; an ISO3 code: that State), so the log can be read per State.
 */
final class EventLog {

    private EventLog() {
    }

    /** Inserts on the caller's connection (and so in its transaction); returns the event's id. */
    static long append(Connection connection, Event event) throws SQLException {
        String sql = "INSERT INTO event (occurred_at, actor, action, subject, file_sha256, detail, state) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)";
        String state = EventStates.of(connection, event.subject());
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Rows.setInstant(insert, 1, event.at());
            insert.setString(2, event.actor());
            insert.setString(3, event.action());
            insert.setString(4, event.subject());
            insert.setString(5, event.fileSha256());
            insert.setString(6, event.detail());
            insert.setString(7, state);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Events in the order appended, with the State each concerns; only those about one subject,
     * of one State, at or after an instant, when given (null: no condition).
     */
    static List<LoggedEvent> read(Connection connection, String subject, String state, Instant since)
            throws SQLException {
        List<String> conditions = new ArrayList<>();
        if (subject != null) {
            conditions.add("subject = ?");
        }
        if (state != null) {
            conditions.add("state = ?");
        }
        if (since != null) {
            conditions.add("occurred_at >= ?");
        }
        String sql = "SELECT " + Rows.EVENT_COLUMNS + ", state FROM event"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int at = 1;
            if (subject != null) {
                select.setString(at++, subject);
            }
            if (state != null) {
                select.setString(at++, state);
            }
            if (since != null) {
                Rows.setInstant(select, at, since);
            }
            List<LoggedEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new LoggedEvent(Rows.event(rows), rows.getString("state")));
                }
            }
            return events;
        }
    }
}
