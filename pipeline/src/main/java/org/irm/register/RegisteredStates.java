package org.irm.register;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import org.irm.catalogue.State;

/**
 * The States the register knows, imported from the secretariat's States list
 * ({@code templates/states/states.csv}); focal points and reviews refer to them.
 */
public final class RegisteredStates {

    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;

    public RegisteredStates(Register register) {
        this.transactions = register.transactions();
    }

    /**
     * Adds the States the register does not know yet and updates the names, groups and party flags of the others.
     *
     * @return how many States were added
     */
    public int importStates(Collection<State> states) {
        try {
            return importOnce(states);
        } catch (RegisterException e) {
            // Several instances starting at once on one register each import the list: the one that
            // inserted a State second failed on its key and rolled back. The first one's rows are
            // committed now, so the same import done again updates them.
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return importOnce(states);
            }
            throw e;
        }
    }

    private int importOnce(Collection<State> states) {
        return transactions.write("import the States list", connection -> {
            int added = 0;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE state SET name = ?, regional_group = ?, party = ? WHERE iso3 = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO state (iso3, name, regional_group, party) VALUES (?, ?, ?, ?)")) {
                for (State state : states) {
                    update.setString(1, state.name());
                    update.setString(2, state.regionalGroup());
                    update.setBoolean(3, state.party());
                    update.setString(4, state.iso3());
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, state.iso3());
                        insert.setString(2, state.name());
                        insert.setString(3, state.regionalGroup());
                        insert.setBoolean(4, state.party());
                        insert.executeUpdate();
                        added++;
                    }
                }
            }
            return added;
        });
    }

    /** The registered name of a State, if the register knows it. */
    public Optional<String> name(String iso3) {
        return transactions.read("read State " + iso3, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT name FROM state WHERE iso3 = ?")) {
                select.setString(1, iso3);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** How many States the register knows. */
    public int count() {
        return transactions.read("count the States", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM state");
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }
}
