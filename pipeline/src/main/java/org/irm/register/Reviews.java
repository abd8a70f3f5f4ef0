package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.irm.catalogue.Language;

/**
 * The reviews in the register: who is reviewed, by whom, in which language, at which stage, with
 * which deadlines, and which draw created them. Obtained from {@link Register#reviews()}.
 *
 * <p>Every change is one transaction with its event in the register's log (subject: the review
 * id): {@code review.created}, {@code review.stage}, {@code review.language}, {@code review.drawn}
 * (reviewers or deadlines replaced by a draw or redraw), {@code review.withdrawn} (a drawn review
 * a later run of the same draw no longer contains). What a draw does to the registered reviews is
 * decided by {@link DrawPlan}; this class reads and writes. Times come from the injected clock. Input the caller can fix (an unknown or
 * duplicate id) ends in an {@link IllegalArgumentException} with a plain message; database
 * failures in a {@link RegisterException}.
 */
public final class Reviews {

    private static final String COLUMNS = "r.id, r.state_under_review, r.instrument, r.review_cycle, "
            + "r.review_language, r.stage, r.created_at, r.review_year, r.draw_name, r.draw_record_sha256";
    private static final String LATEST_FIRST = " ORDER BY r.review_cycle DESC, r.created_at DESC, r.id DESC";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final Clock clock;

    Reviews(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Registers a new review with its reviewers and deadlines, and logs {@code review.created}.
     *
     * @throws IllegalArgumentException when a review with this id is already registered
     */
    public ReviewRecord create(NewReview review) {
        try {
            transactions.write("register review " + review.id(), connection -> {
                if (exists(connection, review.id())) {
                    throw alreadyRegistered(review.id());
                }
                insert(connection, review);
                EventLog.append(connection, Event.of(review.createdAt(), Event.PIPELINE, "review.created",
                        review.id(), review.draw() == null ? null : review.draw().recordSha256(), DrawPlan.describe(review)));
                return null;
            });
        } catch (RegisterException e) {
            // Two callers registering the same review at once: the loser hears it as a duplicate.
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw alreadyRegistered(review.id());
            }
            throw e;
        }
        return find(review.id()).orElseThrow();
    }

    /** The review with this id, if registered. */
    public Optional<ReviewRecord> find(String reviewId) {
        List<ReviewRecord> found = select("read review " + reviewId, "r.id = ?", List.of(reviewId), "");
        return found.stream().findFirst();
    }

    /** Every review of one State under review, latest first (highest cycle, then latest created). */
    public List<ReviewRecord> forStateUnderReview(String iso3) {
        return select("read the reviews of " + iso3, "r.state_under_review = ?", List.of(iso3), LATEST_FIRST);
    }

    /** Every review in which this State is a reviewing State, latest first. */
    public List<ReviewRecord> reviewedBy(String iso3) {
        return select("read the reviews by " + iso3,
                "r.id IN (SELECT review_id FROM review_reviewer WHERE reviewing_state = ?)", List.of(iso3), LATEST_FIRST);
    }

    /** Every review of one instrument (mechanism), all cycles, by cycle and State under review. */
    public List<ReviewRecord> forInstrument(String instrument) {
        return select("read the reviews of " + instrument, "r.instrument = ?", List.of(instrument),
                " ORDER BY r.review_cycle, r.state_under_review, r.id");
    }

    /** Every review, by instrument, cycle and State under review. */
    public List<ReviewRecord> all() {
        return select("read the reviews", "1 = 1", List.of(),
                " ORDER BY r.instrument, r.review_cycle, r.state_under_review, r.id");
    }

    /**
     * Moves a review to a stage (forward or back: the secretariat corrects too), records the move
     * with its date ({@link #stageMoves}) and logs {@code review.stage} with the stage it left.
     * Setting the stage it is at changes and logs nothing.
     *
     * @param actor who moved it: a user's name, or {@link Event#PIPELINE}
     * @throws IllegalArgumentException when no review has this id
     */
    public ReviewRecord setStage(String reviewId, ReviewStage stage, String actor) {
        return moveStage(reviewId, stage, actor, false, null);
    }

    /**
     * Moves a review to a stage as {@link #setStage} does, saying why.
     *
     * @param forced true when the move was made although a check of the stage was not met
     * @param reason why (required when forced), logged with the move; null when none was given
     * @throws IllegalArgumentException when no review has this id, or a forced move has no reason
     */
    public ReviewRecord moveStage(String reviewId, ReviewStage stage, String actor, boolean forced, String reason) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(actor, "actor");
        if (forced && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A forced move of review " + reviewId + " needs its reason");
        }
        Instant now = clock.instant();
        transactions.write("move review " + reviewId + " to " + stage.code(), connection -> {
            ReviewRecord before = selectOn(connection, "r.id = ?", List.of(reviewId), "").stream().findFirst()
                    .orElseThrow(() -> unknown(reviewId));
            if (before.stage().equals(stage)) {
                return null;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE review SET stage = ? WHERE id = ?")) {
                update.setString(1, stage.code());
                update.setString(2, reviewId);
                update.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_stage_move (review_id, "
                    + "from_stage, to_stage, moved_at, actor, forced, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, reviewId);
                insert.setString(2, before.stage().code());
                insert.setString(3, stage.code());
                Rows.setInstant(insert, 4, now);
                insert.setString(5, actor);
                insert.setBoolean(6, forced);
                insert.setString(7, reason == null || reason.isBlank() ? null : reason.strip());
                insert.executeUpdate();
            }
            String why = reason == null || reason.isBlank() ? "" : (forced ? " (forced: " : " (") + reason.strip() + ")";
            EventLog.append(connection, Event.of(now, actor, "review.stage", reviewId, null,
                    before.stage().code() + " -> " + stage.code() + why));
            return null;
        });
        return find(reviewId).orElseThrow();
    }

    /** Every move of a review between stages, oldest first (moves made before V10 included, from the log). */
    public List<StageMove> stageMoves(String reviewId) {
        String sql = "SELECT from_stage, to_stage, moved_at, actor, forced, reason FROM review_stage_move "
                + "WHERE review_id = ? ORDER BY moved_at, id";
        return transactions.read("read the stage moves of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, reviewId);
                List<StageMove> moves = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String from = rows.getString("from_stage");
                        moves.add(new StageMove(reviewId, from == null ? null : ReviewStage.ofCode(from),
                                ReviewStage.ofCode(rows.getString("to_stage")), Rows.instant(rows, "moved_at"),
                                rows.getString("actor"), rows.getBoolean("forced"), rows.getString("reason")));
                    }
                }
                return moves;
            }
        });
    }

    /** When the review last reached a stage, if it ever did. */
    public Optional<Instant> reached(String reviewId, ReviewStage stage) {
        return stageMoves(reviewId).stream().filter(m -> m.to().equals(stage)).map(StageMove::at)
                .reduce((first, second) -> second);
    }

    /**
     * Sets the language the review is conducted in (agreed between the parties after the draw)
     * and logs {@code review.language}.
     *
     * @throws IllegalArgumentException when no review has this id
     */
    public ReviewRecord setReviewLanguage(String reviewId, Language language, String actor) {
        Objects.requireNonNull(language, "language");
        return update(reviewId, "review_language", language.code(), actor, "review.language",
                current -> current.reviewLanguage().code());
    }

    /**
     * Records the reviews one draw (or its redraw) created for a review year, in one transaction:
     * a review not yet registered is created; a registered one keeps its id, stage, language and
     * creation time and gets the draw's reviewers, deadlines and record (logged as
     * {@code review.drawn} when they changed). Reviews an earlier run of the same draw created
     * (same instrument, cycle and year) that this run no longer contains are withdrawn while still
     * at stage {@link ReviewStage#DRAWN}.
     *
     * @param reviews every review of the draw, each with its {@link NewReview#draw()} set
     * @throws IllegalArgumentException when a review is not of this draw, was drawn for another
     *                                  year already, or a review to be withdrawn has moved past
     *                                  {@link ReviewStage#DRAWN}
     */
    public List<ReviewRecord> recordDraw(String instrument, int cycle, int year, List<NewReview> reviews,
                                         String actor) {
        return transactions.write("record the " + instrument + " draw for " + year, connection -> {
            Map<String, ReviewRecord> registered = new LinkedHashMap<>();
            for (NewReview review : reviews) {
                selectOn(connection, "r.id = ?", List.of(review.id()), "").forEach(r -> registered.put(r.id(), r));
            }
            List<ReviewRecord> earlier = selectOn(connection,
                    "r.instrument = ? AND r.review_cycle = ? AND r.review_year = ? AND r.draw_name IS NOT NULL",
                    List.of(instrument, cycle, year), "");
            for (DrawPlan.Step step : new DrawPlan(clock).plan(instrument, cycle, year, reviews, registered, earlier,
                    actor)) {
                if (step instanceof DrawPlan.Withdraw withdraw) {
                    // Logged first, while the review row still tells the event's State.
                    EventLog.append(connection, step.event());
                    for (String table : List.of("review_reviewer", "review_deadline", "review")) {
                        execute(connection, "DELETE FROM " + table + " WHERE " + (table.equals("review") ? "id" : "review_id")
                                + " = ?", withdraw.review().id());
                    }
                } else if (step instanceof DrawPlan.Create create) {
                    insert(connection, create.review());
                    EventLog.append(connection, step.event());
                } else if (step instanceof DrawPlan.Replace replace) {
                    replaceDraw(connection, replace.review());
                    EventLog.append(connection, step.event());
                }
            }
            Map<String, ReviewRecord> recorded = new LinkedHashMap<>();
            selectOn(connection, "r.instrument = ? AND r.review_cycle = ? AND r.review_year = ?",
                    List.of(instrument, cycle, year), "").forEach(r -> recorded.put(r.id(), r));
            return reviews.stream().map(r -> recorded.get(r.id())).collect(Collectors.toList());
        });
    }

    private static void replaceDraw(Connection connection, NewReview review) throws SQLException {
        execute(connection, "DELETE FROM review_reviewer WHERE review_id = ?", review.id());
        execute(connection, "DELETE FROM review_deadline WHERE review_id = ?", review.id());
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE review SET review_year = ?, draw_name = ?, draw_record_sha256 = ? WHERE id = ?")) {
            update.setInt(1, review.draw().year());
            update.setString(2, review.draw().name());
            update.setString(3, review.draw().recordSha256());
            update.setString(4, review.id());
            update.executeUpdate();
        }
        insertReviewers(connection, review);
        insertDeadlines(connection, review);
    }

    private interface Current {
        String value(ReviewRecord review);
    }

    private ReviewRecord update(String reviewId, String column, String value, String actor, String action,
                                Current current) {
        Objects.requireNonNull(actor, "actor");
        transactions.write(action + " of review " + reviewId, connection -> {
            ReviewRecord before = selectOn(connection, "r.id = ?", List.of(reviewId), "").stream().findFirst()
                    .orElseThrow(() -> unknown(reviewId));
            String was = current.value(before);
            if (!was.equals(value)) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE review SET " + column + " = ? WHERE id = ?")) {
                    update.setString(1, value);
                    update.setString(2, reviewId);
                    update.executeUpdate();
                }
                EventLog.append(connection, Event.of(clock.instant(), actor, action, reviewId, null, was + " -> " + value));
            }
            return null;
        });
        return find(reviewId).orElseThrow();
    }

    private static IllegalArgumentException unknown(String reviewId) {
        return new IllegalArgumentException("No review '" + reviewId + "' in the register");
    }

    private static IllegalArgumentException alreadyRegistered(String reviewId) {
        return new IllegalArgumentException("Review '" + reviewId + "' is already in the register");
    }

    private static boolean exists(Connection connection, String reviewId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM review WHERE id = ?")) {
            select.setString(1, reviewId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void insert(Connection connection, NewReview review) throws SQLException {
        String sql = "INSERT INTO review (id, state_under_review, review_cycle, instrument, review_language, stage, "
                + "created_at, review_year, draw_name, draw_record_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, review.id());
            insert.setString(2, review.stateUnderReview());
            insert.setInt(3, review.cycle());
            insert.setString(4, review.instrument());
            insert.setString(5, review.reviewLanguage().code());
            insert.setString(6, review.stage().code());
            Rows.setInstant(insert, 7, review.createdAt());
            ReviewDraw draw = review.draw();
            Rows.setNullableInt(insert, 8, draw == null ? null : draw.year());
            insert.setString(9, draw == null ? null : draw.name());
            insert.setString(10, draw == null ? null : draw.recordSha256());
            insert.executeUpdate();
        }
        insertReviewers(connection, review);
        insertDeadlines(connection, review);
    }

    private static void insertReviewers(Connection connection, NewReview review) throws SQLException {
        String sql = "INSERT INTO review_reviewer (review_id, reviewing_state, reviewer_role, instruments, additional, "
                + "listed_order) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int order = 0;
            for (ReviewerAssignment reviewer : review.reviewers()) {
                insert.setString(1, review.id());
                insert.setString(2, reviewer.reviewingState());
                insert.setString(3, reviewer.role());
                insert.setString(4, String.join(",", reviewer.instruments()));
                insert.setBoolean(5, reviewer.additional());
                insert.setInt(6, order++);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertDeadlines(Connection connection, NewReview review) throws SQLException {
        String sql = "INSERT INTO review_deadline (review_id, milestone, due) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Deadline deadline : review.deadlines()) {
                insert.setString(1, review.id());
                insert.setString(2, deadline.milestone());
                insert.setObject(3, deadline.due());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void execute(Connection connection, String sql, String reviewId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, reviewId);
            statement.executeUpdate();
        }
    }

    private List<ReviewRecord> select(String doing, String where, List<Object> parameters, String order) {
        return transactions.read(doing, connection -> selectOn(connection, where, parameters, order));
    }

    /** Reviews matching a condition on {@code r} (the review table), with their reviewers and deadlines. */
    private static List<ReviewRecord> selectOn(Connection connection, String where, List<Object> parameters,
                                               String order) throws SQLException {
        Map<String, List<ReviewerAssignment>> reviewers = new LinkedHashMap<>();
        String reviewerSql = "SELECT v.review_id, v.reviewing_state, v.reviewer_role, v.instruments, v.additional "
                + "FROM review_reviewer v JOIN review r ON r.id = v.review_id WHERE " + where
                + " ORDER BY v.review_id, v.listed_order, v.reviewing_state";
        try (PreparedStatement select = prepare(connection, reviewerSql, parameters); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                reviewers.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(new ReviewerAssignment(
                        rows.getString(2), rows.getString(3), Arrays.asList(rows.getString(4).split(",")),
                        rows.getBoolean(5)));
            }
        }
        Map<String, List<Deadline>> deadlines = new LinkedHashMap<>();
        String deadlineSql = "SELECT d.review_id, d.milestone, d.due FROM review_deadline d "
                + "JOIN review r ON r.id = d.review_id WHERE " + where + " ORDER BY d.review_id, d.due, d.milestone";
        try (PreparedStatement select = prepare(connection, deadlineSql, parameters); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                deadlines.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                        .add(new Deadline(rows.getString(2), rows.getObject(3, LocalDate.class)));
            }
        }
        List<ReviewRecord> found = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, "SELECT " + COLUMNS + " FROM review r WHERE " + where + order,
                parameters); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String id = rows.getString("id");
                String drawName = rows.getString("draw_name");
                ReviewDraw draw = drawName == null ? null
                        : new ReviewDraw(drawName, rows.getInt("review_year"), rows.getString("draw_record_sha256"));
                found.add(new ReviewRecord(id, rows.getString("state_under_review"), rows.getString("instrument"),
                        rows.getInt("review_cycle"), Language.of(rows.getString("review_language")),
                        ReviewStage.ofCode(rows.getString("stage")), reviewers.getOrDefault(id, List.of()),
                        deadlines.getOrDefault(id, List.of()), Rows.instant(rows, "created_at"), draw));
            }
        }
        return found;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }
}
