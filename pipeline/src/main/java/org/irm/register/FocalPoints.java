package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.irm.catalogue.Language;

/**
 * The States' registered focal points: who may return a State's checklist by e-mail, and who is
 * answered. The State must be in the register first ({@link RegisteredStates#importStates}).
 */
public final class FocalPoints {

    private final Transactions transactions;

    public FocalPoints(Register register) {
        this.transactions = register.transactions();
    }

    /**
     * Registers an address as a focal point of a State, or updates its name and language when it
     * is one already, and logs it.
     *
     * @throws IllegalArgumentException when the register does not know the State
     */
    public FocalPoint add(FocalPoint focalPoint, String actor) {
        boolean known = transactions.write("add focal point " + focalPoint.email(), connection -> {
            if (!stateKnown(connection, focalPoint.state())) {
                return false;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE focal_point SET name = ?, language = ? WHERE state = ? AND email = ?")) {
                update.setString(1, focalPoint.name());
                update.setString(2, focalPoint.language() == null ? null : focalPoint.language().code());
                update.setString(3, focalPoint.state());
                update.setString(4, focalPoint.email());
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO focal_point (state, email, name, language) VALUES (?, ?, ?, ?)")) {
                        insert.setString(1, focalPoint.state());
                        insert.setString(2, focalPoint.email());
                        insert.setString(3, focalPoint.name());
                        insert.setString(4, focalPoint.language() == null ? null : focalPoint.language().code());
                        insert.executeUpdate();
                    }
                }
            }
            EventLog.append(connection, Event.of(Instant.now(), actor, "focalPoint.added", focalPoint.state(), null,
                    focalPoint.email()));
            return true;
        });
        if (!known) {
            throw new IllegalArgumentException("The register does not know the State '" + focalPoint.state()
                    + "': use an ISO 3166 alpha-3 code from templates/states/states.csv.");
        }
        return focalPoint;
    }

    /** The focal points of one State, or of every State when {@code iso3} is null, by State and address. */
    public List<FocalPoint> list(String iso3) {
        String sql = "SELECT state, email, name, language FROM focal_point"
                + (iso3 == null ? "" : " WHERE state = ?") + " ORDER BY state, email";
        return transactions.read("list focal points", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (iso3 != null) {
                    select.setString(1, iso3.toUpperCase(Locale.ROOT));
                }
                List<FocalPoint> points = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String language = rows.getString("language");
                        points.add(new FocalPoint(rows.getString("state"), rows.getString("email"),
                                rows.getString("name"), language == null ? null : Language.of(language)));
                    }
                }
                return points;
            }
        });
    }

    /** The States an address is a registered focal point for (usually one); empty for a stranger. */
    public Set<String> statesOf(String email) {
        if (email == null || email.isBlank()) {
            return Set.of();
        }
        return transactions.read("look up focal point " + email, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT state FROM focal_point WHERE email = ?")) {
                select.setString(1, FocalPoint.normalise(email));
                Set<String> states = new TreeSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        states.add(rows.getString(1));
                    }
                }
                return states;
            }
        });
    }

    private static boolean stateKnown(Connection connection, String iso3) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM state WHERE iso3 = ?")) {
            select.setString(1, iso3);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
