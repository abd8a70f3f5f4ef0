package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.irm.catalogue.ArticleRef;

/**
 * Which expert of a reviewing State reviews which articles of a review (issue 18): an expert's
 * review copy holds only their articles. Obtained from {@link Register#expertAssignments}. An
 * article of a review has at most one expert per reviewing State: assigning it to a second expert
 * of the same State is refused, naming who holds it, unless it is moved on purpose. The expert must
 * be registered for that review and State first ({@link ReviewExperts}). An article is named as
 * {@link ArticleRef} does: {@code 5} (every instrument's article 5) or {@code tip:5} (one instrument's);
 * {@code 5} and {@code tip:5} overlap, so two experts of one State cannot hold them both. Every change
 * is logged in the same transaction ({@code review.assigned}, {@code review.unassigned}; subject: the review id).
 */
public final class ExpertAssignments {

    private final Transactions transactions;
    private final Clock clock;

    ExpertAssignments(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One article assigned to one expert. */
    public record Assignment(String reviewId, String reviewingState, ArticleRef article, String email, Instant assignedAt,
                             String assignedBy) {
        public Assignment {
            Objects.requireNonNull(reviewId, "reviewId");
            Objects.requireNonNull(reviewingState, "reviewingState");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(email, "email");
        }
    }

    /**
     * What an assignment did.
     *
     * @param added     articles newly assigned to the expert
     * @param already   articles the expert held already
     * @param movedFrom articles taken from another expert of the same State ({@code move}), by their former expert
     */
    public record Assigned(List<ArticleRef> added, List<ArticleRef> already, Map<ArticleRef, String> movedFrom) { }

    /** An article held by another expert of the same reviewing State: refused, with who holds what. */
    public static final class Overlap extends IllegalArgumentException {
        private final Map<ArticleRef, String> held;

        Overlap(String message, Map<ArticleRef, String> held) {
            super(message);
            this.held = Map.copyOf(held);
        }

        /** The articles asked for that another expert holds, by that expert's address. */
        public Map<ArticleRef, String> held() {
            return held;
        }
    }

    /**
     * Assigns articles of a review to an expert of one of its reviewing States.
     *
     * @param move true to take an article from another expert of the same State; false refuses it ({@link Overlap})
     * @throws IllegalArgumentException when the review, the reviewing State or the expert is not registered
     */
    public Assigned assign(String reviewId, String reviewingState, String email, Collection<ArticleRef> articles, boolean move,
                           String actor) {
        String expert = FocalPoint.normalise(email);
        String reviewer = reviewingState.trim().toUpperCase(Locale.ROOT);
        TreeSet<ArticleRef> wanted = new TreeSet<>(articles);
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("Name at least one article to assign.");
        }
        return transactions.write("assign articles of " + reviewId + " to " + expert, connection -> {
            requireExpert(connection, reviewId, reviewer, expert);
            Map<ArticleRef, String> holders = holders(connection, reviewId, reviewer);
            Map<ArticleRef, String> others = new LinkedHashMap<>();
            Map<ArticleRef, String> partly = new LinkedHashMap<>();
            List<ArticleRef> already = new ArrayList<>();
            List<ArticleRef> added = new ArrayList<>();
            for (ArticleRef article : wanted) {
                String holder = holders.get(article);
                if (expert.equals(holder)) {
                    already.add(article);
                } else if (holder != null) {
                    others.put(article, holder);
                } else {
                    // '5' and 'tip:5' overlap: held by another expert, neither can simply move to this one.
                    holders.forEach((held, who) -> {
                        if (held.overlaps(article) && !expert.equals(who)) {
                            partly.put(held, who);
                        }
                    });
                    added.add(article);
                }
            }
            if (!partly.isEmpty()) {
                List<String> held = new ArrayList<>();
                partly.forEach((article, holder) -> held.add("article " + describe(article) + " to " + holder));
                throw new Overlap("Two experts of " + reviewer + " cannot review the same article: " + String.join(", ", held)
                        + " already. Take it from that expert first (irm review unassign --articles " + String.join(",",
                        partly.keySet().stream().map(ArticleRef::toString).toList()) + "), then assign each instrument's"
                        + " article (tip:5) to the expert who reviews it.", partly);
            }
            if (!others.isEmpty() && !move) {
                List<String> held = new ArrayList<>();
                others.forEach((article, holder) -> held.add("article " + describe(article) + " to " + holder));
                throw new Overlap("Two experts of " + reviewer + " cannot review the same article: " + String.join(", ", held)
                        + " already. Assign " + expert + " other articles, take the article from the other expert first"
                        + " (irm review unassign), or move it on purpose (--move).", others);
            }
            Instant now = clock.instant();
            for (Map.Entry<ArticleRef, String> moved : others.entrySet()) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE review_assignment SET email = ?,"
                        + " assigned_at = ?, assigned_by = ? WHERE review_id = ? AND reviewing_state = ? AND article = ?")) {
                    update.setString(1, expert);
                    Rows.setInstant(update, 2, now);
                    update.setString(3, actor);
                    update.setString(4, reviewId);
                    update.setString(5, reviewer);
                    update.setString(6, moved.getKey().toString());
                    update.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_assignment (review_id,"
                    + " reviewing_state, article, email, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ArticleRef article : added) {
                    insert.setString(1, reviewId);
                    insert.setString(2, reviewer);
                    insert.setString(3, article.toString());
                    insert.setString(4, expert);
                    Rows.setInstant(insert, 5, now);
                    insert.setString(6, actor);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            if (!added.isEmpty() || !others.isEmpty()) {
                List<ArticleRef> changed = new ArrayList<>(added);
                changed.addAll(others.keySet());
                List<String> moves = new ArrayList<>();
                others.forEach((article, holder) -> moves.add(article + " from " + holder));
                EventLog.append(connection, Event.of(now, actor, "review.assigned", reviewId, null,
                        ReviewNotes.articles(changed.stream().sorted().toList()) + " to " + expert + " (" + reviewer + ")"
                                + (moves.isEmpty() ? "" : "; moved " + String.join(", ", moves))));
            }
            return new Assigned(List.copyOf(added), List.copyOf(already), Map.copyOf(others));
        });
    }

    /**
     * Takes articles back from an expert (all of theirs when {@code articles} is empty).
     *
     * @return the articles taken back (those the expert did not hold are ignored)
     */
    public List<ArticleRef> unassign(String reviewId, String reviewingState, String email, Collection<ArticleRef> articles,
                                  String actor) {
        String expert = FocalPoint.normalise(email);
        String reviewer = reviewingState.trim().toUpperCase(Locale.ROOT);
        return transactions.write("take articles of " + reviewId + " from " + expert, connection -> {
            List<ArticleRef> held = articles(connection, reviewId, reviewer, expert);
            List<ArticleRef> taken = held.stream().filter(a -> articles.isEmpty() || articles.contains(a)).toList();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM review_assignment WHERE review_id = ?"
                    + " AND reviewing_state = ? AND email = ? AND article = ?")) {
                for (ArticleRef article : taken) {
                    delete.setString(1, reviewId);
                    delete.setString(2, reviewer);
                    delete.setString(3, expert);
                    delete.setString(4, article.toString());
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            if (!taken.isEmpty()) {
                EventLog.append(connection, Event.of(clock.instant(), actor, "review.unassigned", reviewId, null,
                        ReviewNotes.articles(taken) + " from " + expert + " (" + reviewer + ")"));
            }
            return taken;
        });
    }

    /** Every assignment of a review, by reviewing State, expert and article. */
    public List<Assignment> of(String reviewId) {
        return transactions.read("list the assignments of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT review_id, reviewing_state, article, email,"
                    + " assigned_at, assigned_by FROM review_assignment WHERE review_id = ?"
                    + " ORDER BY reviewing_state, email")) {
                select.setString(1, reviewId);
                List<Assignment> assignments = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        assignments.add(new Assignment(rows.getString("review_id"), rows.getString("reviewing_state"),
                                ArticleRef.parse(rows.getString("article")), rows.getString("email"), Rows.instant(rows, "assigned_at"),
                                rows.getString("assigned_by")));
                    }
                }
                // In article order (a text column would sort "12" before "5").
                assignments.sort(java.util.Comparator.comparing(Assignment::reviewingState).thenComparing(Assignment::email)
                        .thenComparing(Assignment::article));
                return assignments;
            }
        });
    }

    /** The articles assigned to an expert of a reviewing State for a review, ascending; empty when none. */
    public List<ArticleRef> articlesOf(String reviewId, String reviewingState, String email) {
        return transactions.read("read the articles of " + email, connection -> articles(connection, reviewId,
                reviewingState.trim().toUpperCase(Locale.ROOT), FocalPoint.normalise(email)));
    }

    private static List<ArticleRef> articles(Connection connection, String reviewId, String reviewer, String expert)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT article FROM review_assignment"
                + " WHERE review_id = ? AND reviewing_state = ? AND email = ?")) {
            select.setString(1, reviewId);
            select.setString(2, reviewer);
            select.setString(3, expert);
            List<ArticleRef> articles = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    articles.add(ArticleRef.parse(rows.getString(1)));
                }
            }
            articles.sort(null);
            return articles;
        }
    }

    private static Map<ArticleRef, String> holders(Connection connection, String reviewId, String reviewer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT article, email FROM review_assignment"
                + " WHERE review_id = ? AND reviewing_state = ?")) {
            select.setString(1, reviewId);
            select.setString(2, reviewer);
            Map<ArticleRef, String> holders = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    holders.put(ArticleRef.parse(rows.getString(1)), rows.getString(2));
                }
            }
            return holders;
        }
    }

    /** "5" or "tip:5 (tip's alone)". */
    private static String describe(ArticleRef article) {
        return article.instrument() == null ? article.toString() : article + " (" + article.instrument() + "'s alone)";
    }

    private static void requireExpert(Connection connection, String reviewId, String reviewer, String expert)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state FROM review_expert WHERE review_id = ? AND email = ?")) {
            select.setString(1, reviewId);
            select.setString(2, expert);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException(expert + " is not a registered expert of review " + reviewId
                            + ": register them first (irm experts add --review " + reviewId + " --state " + reviewer
                            + " --email " + expert + " --name NAME), or give --name to register them with the assignment.");
                }
                if (!reviewer.equals(row.getString(1))) {
                    throw new IllegalArgumentException(expert + " is registered as an expert of " + row.getString(1)
                            + " for review " + reviewId + ", not of " + reviewer + ": an expert reviews for one State.");
                }
            }
        }
    }
}
