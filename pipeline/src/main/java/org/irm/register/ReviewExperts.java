package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.irm.catalogue.Language;

/**
 * The experts of the reviewing States, per review: whose address may return a State's review copy,
 * and who reminders and notifications for that State's part of the review go to. Obtained from
 * {@link Register#reviewExperts()}. An expert is added only for a registered review and one of
 * its drawn reviewing States; every addition or change is logged as {@code expert.added} (subject:
 * the review id).
 */
public final class ReviewExperts {

    private static final String COLUMNS = "review_id, state, email, name, language";

    private final Transactions transactions;
    private final Clock clock;

    ReviewExperts(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Registers an expert for a review, or updates the State, name and language of an address
     * already registered for it; logs it when something changed.
     *
     * @return the expert as registered
     * @throws IllegalArgumentException when the review is not registered or the State is not one of
     *                                  its reviewing States
     */
    public ReviewExpert add(ReviewExpert expert, String actor) {
        transactions.write("add expert " + expert.email() + " to review " + expert.reviewId(), connection -> {
            List<String> reviewers = reviewingStates(connection, expert.reviewId());
            if (reviewers == null) {
                throw new IllegalArgumentException("No review '" + expert.reviewId() + "' in the register: draw it"
                        + " (irm lots draw) or check the id (irm lots show lists the reviews).");
            }
            if (!reviewers.contains(expert.stateIso3())) {
                throw new IllegalArgumentException(expert.stateIso3() + " is not a reviewing State of review "
                        + expert.reviewId() + " (its reviewing States: " + (reviewers.isEmpty() ? "none drawn yet"
                        : String.join(", ", reviewers)) + ")");
            }
            List<ReviewExpert> same = select(connection, "review_id = ? AND email = ?", expert.reviewId(), expert.email());
            if (same.contains(expert)) {
                return null;
            }
            if (same.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_expert (" + COLUMNS
                        + ", added_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, expert.reviewId());
                    insert.setString(2, expert.stateIso3());
                    insert.setString(3, expert.email());
                    insert.setString(4, expert.name());
                    insert.setString(5, expert.language().code());
                    Rows.setInstant(insert, 6, clock.instant());
                    insert.executeUpdate();
                }
            } else {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE review_expert SET state = ?, name = ?, language = ? WHERE review_id = ? AND email = ?")) {
                    update.setString(1, expert.stateIso3());
                    update.setString(2, expert.name());
                    update.setString(3, expert.language().code());
                    update.setString(4, expert.reviewId());
                    update.setString(5, expert.email());
                    update.executeUpdate();
                }
            }
            EventLog.append(connection, Event.of(clock.instant(), actor, "expert.added", expert.reviewId(), null,
                    expert.email() + " for " + expert.stateIso3() + (expert.name() == null ? "" : " (" + expert.name() + ")")
                            + ", " + expert.language().code()));
            return null;
        });
        return expert;
    }

    /** The experts of one review, by State and address. */
    public List<ReviewExpert> of(String reviewId) {
        return transactions.read("list the experts of " + reviewId,
                connection -> select(connection, "review_id = ?", reviewId));
    }

    /** Every expert of every review, by review, State and address. */
    public List<ReviewExpert> all() {
        return transactions.read("list the experts", connection -> select(connection, "1 = 1"));
    }

    /** The reviews and States an address is registered for (usually one); empty for a stranger. */
    public List<ReviewExpert> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return transactions.read("look up expert " + email,
                connection -> select(connection, "email = ?", FocalPoint.normalise(email)));
    }

    /** The reviewing States of a review in listed order, or null when the review is not registered. */
    private static List<String> reviewingStates(Connection connection, String reviewId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM review WHERE id = ?")) {
            select.setString(1, reviewId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
            }
        }
        List<String> states = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT reviewing_state FROM review_reviewer WHERE review_id = ? ORDER BY listed_order, reviewing_state")) {
            select.setString(1, reviewId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    states.add(rows.getString(1));
                }
            }
        }
        return states;
    }

    private static List<ReviewExpert> select(Connection connection, String where, String... parameters)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM review_expert WHERE "
                + where + " ORDER BY review_id, state, email")) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<ReviewExpert> experts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    experts.add(new ReviewExpert(rows.getString("review_id"), rows.getString("state"),
                            rows.getString("email"), rows.getString("name"), Language.of(rows.getString("language"))));
                }
            }
            return experts;
        }
    }
}
