package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The State an event concerns, from its subject: a review (its State under review), a checklist
 * (its State), a dialogue question list (its State), a submission id (its checklist's State) or an ISO3 code the register knows.
 */
final class EventStates {

    private EventStates() {
    }

    private static final String[] STATE_OF_SUBJECT = {
        "SELECT state_under_review FROM review WHERE id = ?",
        "SELECT state FROM checklist WHERE id = ?",
        "SELECT iso3 FROM state WHERE iso3 = ?",
        "SELECT state FROM dialogue_list WHERE id = ?",
    };

    /** The State a subject concerns, or null when it names none the register knows. */
    static String of(Connection connection, String subject) throws SQLException {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        for (String sql : STATE_OF_SUBJECT) {
            String state = single(connection, sql, subject);
            if (state != null) {
                return state;
            }
        }
        if (subject.chars().allMatch(Character::isDigit) && subject.length() < 18) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT c.state FROM submission s JOIN checklist c ON c.id = s.checklist_id WHERE s.id = ?")) {
                select.setLong(1, Long.parseLong(subject));
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }
        return null;
    }

    private static String single(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
