package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.irm.catalogue.Language;

/**
 * The recommendation register (issue 14): items tracked from final reports, the agencies responsible
 * for them, the follow-up forms written, the forms returned, and each item's status history. Items
 * and status entries are only ever added; an item's id, once given, never changes.
 */
public final class Recommendations {

    private static final String ITEM_COLUMNS =
            "id, review_id, block_key, state, provision_id, kind, category, sequence_no, tracked_at, priority";
    private static final String STATUS_COLUMNS = "id, item_id, return_id, status, reported_by, reported_at, source_name, "
            + "source_sha256, measures, evidence, ta_needed";
    private static final String RETURN_COLUMNS = "id, sha256, form_id, review_id, state, language, source, sender, "
            + "original_name, received_at, version, findings";

    private final Transactions transactions;

    Recommendations(Transactions transactions) {
        this.transactions = transactions;
    }

    /** How the follow-up stage names a new item; the register only numbers it. */
    @FunctionalInterface
    public interface ItemNaming {
        String id(String reviewId, String provisionId, String kind, int sequence);
    }

    /**
     * An item of a final report to track.
     *
     * @param texts         text and block version by language (the latest version in each language)
     * @param finalLanguage the language of the block's latest version
     * @param priority      a technical-assistance need's priority (high, medium, low), else null
     */
    public record NewItem(String blockKey, String provisionId, String kind, String category,
                          Map<Language, VersionedText> texts, Language finalLanguage, String priority) {
        public NewItem {
            Objects.requireNonNull(blockKey, "blockKey");
            texts = Map.copyOf(texts);
        }

        /** An item with no priority (all but a need the State rated). */
        public NewItem(String blockKey, String provisionId, String kind, String category,
                       Map<Language, VersionedText> texts, Language finalLanguage) {
            this(blockKey, provisionId, kind, category, texts, finalLanguage, null);
        }
    }

    /** An item's text in one language, from this version of its block. */
    public record VersionedText(String text, int version) { }

    /** What tracking did: items created, and items whose texts were brought up to date. */
    public record Tracked(List<FollowUpItem> items, int created, int textsUpdated) { }

    /**
     * Tracks a review's items: an item seen before keeps its id (its texts are brought up to date
     * if the report was edited since), a new one is numbered after the items of its provision and
     * kind. Items are numbered in the order given. Tracking the same report twice creates nothing.
     */
    public Tracked track(String reviewId, String state, List<NewItem> items, ItemNaming naming, Instant at) {
        return transactions.write("track the recommendations of " + reviewId, connection -> {
            Map<String, FollowUpItem> existing = new HashMap<>();
            Map<String, Integer> lastSequence = new HashMap<>();
            for (FollowUpItem item : items(connection, "review_id = ?", reviewId)) {
                existing.put(item.blockKey(), item);
                lastSequence.merge(item.provisionId() + "|" + item.kind(), item.sequence(), Math::max);
            }
            int created = 0;
            int updated = 0;
            for (NewItem item : items) {
                FollowUpItem known = existing.get(item.blockKey());
                String id;
                if (known == null) {
                    int sequence = lastSequence.merge(item.provisionId() + "|" + item.kind(), 1, Integer::sum);
                    id = naming.id(reviewId, item.provisionId(), item.kind(), sequence);
                    insertItem(connection, id, reviewId, state, item, sequence, at);
                    created++;
                } else {
                    id = known.id();
                }
                if (writeTexts(connection, id, item)) {
                    updated += known == null ? 0 : 1;
                }
            }
            if (created + updated > 0) {
                EventLog.append(connection, Event.of(at, Event.PIPELINE, "followup.tracked", reviewId, null,
                        created + " items tracked, " + updated + " texts brought up to date"));
            }
            return new Tracked(items(connection, "review_id = ?", reviewId), created, updated);
        });
    }

    /** The items tracked for a State, by review then id. */
    public List<FollowUpItem> ofState(String iso3) {
        return transactions.read("read the follow-up items of " + iso3, connection -> items(connection, "state = ?", iso3));
    }

    /** Every item tracked, by State, review and id. */
    public List<FollowUpItem> all() {
        return transactions.read("read the follow-up items", connection -> items(connection, null, null));
    }

    /** The item with this id. */
    public Optional<FollowUpItem> item(String id) {
        return transactions.read("read follow-up item " + id,
                connection -> items(connection, "id = ?", id).stream().findFirst());
    }

    /** Makes an agency responsible for an item (logged); false when it already was. */
    public boolean assign(String itemId, String agency, String actor, Instant at) {
        return transactions.write("assign " + itemId + " to " + agency, connection -> {
            if (items(connection, "id = ?", itemId).isEmpty()) {
                throw new IllegalArgumentException("No follow-up item " + itemId + " is tracked.");
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT 1 FROM followup_agency WHERE item_id = ? AND agency = ?")) {
                select.setString(1, itemId);
                select.setString(2, agency);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO followup_agency (item_id, agency, assigned_by, assigned_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, itemId);
                insert.setString(2, agency);
                insert.setString(3, actor);
                Rows.setInstant(insert, 4, at);
                insert.executeUpdate();
            }
            EventLog.append(connection, Event.of(at, actor, "followup.assigned", itemId, null, agency));
            return true;
        });
    }

    /** An item's status history, oldest first. */
    public List<FollowUpStatus> history(String itemId) {
        return transactions.read("read the status history of " + itemId, connection -> statuses(connection, itemId));
    }

    /** Remembers a follow-up form written, and logs it. */
    public void recordForm(String formId, String reviewId, String state, Language language, String agency,
                           List<String> itemIds, String fileName, Instant at) {
        transactions.write("record follow-up form " + formId, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO followup_form "
                    + "(id, review_id, state, language, agency, items, file_name, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, formId);
                insert.setString(2, reviewId);
                insert.setString(3, state);
                insert.setString(4, language.code());
                insert.setString(5, agency);
                insert.setString(6, String.join("\n", itemIds));
                insert.setString(7, fileName);
                Rows.setInstant(insert, 8, at);
                insert.executeUpdate();
            }
            EventLog.append(connection, Event.of(at, Event.PIPELINE, "followup.form.issued", formId, null,
                    state + " " + itemIds.size() + " items " + fileName));
            return null;
        });
    }

    /** The return of exactly these bytes, if one was taken in. */
    public Optional<FollowUpReturn> returnBySha256(String sha256) {
        return transactions.read("look up follow-up return " + sha256, connection -> returnBySha256(connection, sha256));
    }

    /** When the latest filled follow-up form of the review was received, if any was. */
    public Optional<Instant> lastReturn(String reviewId) {
        return transactions.read("look up the last follow-up return of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT MAX(received_at) AS last_received FROM followup_return WHERE review_id = ?")) {
                select.setString(1, reviewId);
                try (ResultSet row = select.executeQuery()) {
                    OffsetDateTime last = row.next() ? row.getObject("last_received", OffsetDateTime.class) : null;
                    return Optional.ofNullable(last).map(OffsetDateTime::toInstant);
                }
            }
        });
    }

    /** A filled form about to be recorded, with one status entry per item it reports on. */
    public record NewReturn(String sha256, String formId, String reviewId, String state, Language language,
                            SubmissionSource source, String sender, String originalName, Instant receivedAt,
                            String findings) { }

    /** One item's report in a return. */
    public record NewStatus(String itemId, String status, String reportedBy, String measures, String evidence,
                            String taNeeded, List<FollowUpStep> steps) {
        public NewStatus {
            steps = List.copyOf(steps);
        }
    }

    /** What recording a return did: the return as registered, and whether it had been recorded before. */
    public record RecordedReturn(FollowUpReturn recorded, boolean duplicate) { }

    /**
     * Records a return and a new status entry for each item it reports on, in one transaction, and
     * logs it. The same bytes recorded before are not recorded again ({@code duplicate}).
     */
    public RecordedReturn recordReturn(NewReturn form, List<NewStatus> statuses) {
        return transactions.write("record follow-up return " + form.originalName(), connection -> {
            Optional<FollowUpReturn> earlier = returnBySha256(connection, form.sha256());
            if (earlier.isPresent()) {
                return new RecordedReturn(earlier.get(), true);
            }
            return new RecordedReturn(insertReturn(connection, form, statuses), false);
        });
    }

    /** The return, its items' status entries and its event, in the caller's transaction. */
    private static FollowUpReturn insertReturn(Connection connection, NewReturn form, List<NewStatus> statuses)
            throws SQLException {
        int version = 1;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(version) FROM followup_return WHERE form_id = ?")) {
            select.setString(1, form.formId());
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    version = row.getInt(1) + 1;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO followup_return (sha256, form_id, "
                + "review_id, state, language, source, sender, original_name, received_at, version, findings) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, form.sha256());
            insert.setString(2, form.formId());
            insert.setString(3, form.reviewId());
            insert.setString(4, form.state());
            insert.setString(5, form.language().code());
            insert.setString(6, form.source().code());
            insert.setString(7, form.sender());
            insert.setString(8, form.originalName());
            Rows.setInstant(insert, 9, form.receivedAt());
            insert.setInt(10, version);
            insert.setString(11, form.findings());
            insert.executeUpdate();
        }
        FollowUpReturn recorded = returnBySha256(connection, form.sha256()).orElseThrow();
        for (NewStatus status : statuses) {
            insertStatus(connection, status, recorded.id(), form.receivedAt(), form.originalName(), form.sha256());
        }
        EventLog.append(connection, Event.of(form.receivedAt(), form.sender() == null ? form.state() : form.sender(),
                "followup.returned", form.formId(), form.sha256(), form.state() + " version " + version + ", "
                        + statuses.size() + " items reported on, from " + form.originalName()));
        return recorded;
    }

    /**
     * What taking a return in did: the submission the form is registered as (its version in the
     * submission history of its form, like a checklist's), and whether the same bytes had been
     * registered before, in which case nothing new was written.
     */
    public record TakenReturn(SubmissionRecord submission, boolean duplicate) { }

    /**
     * Registers a filled form as a submission of its form (the form id as the checklist id: sha256,
     * sender, source, the next version, intake's facts) and records the return and a new status entry
     * for each item it reports on, all in one transaction: the commit point of a follow-up return. The
     * same bytes registered before are not registered again ({@code duplicate}); whether they were
     * answered is the intake register's to say ({@link IntakeRegister#answered}), so a crash between
     * this commit and the answer leaves the return to be answered, not called "already received".
     */
    public TakenReturn takeReturn(NewSubmission submission, IntakeFacts facts, NewReturn form, List<NewStatus> statuses) {
        if (!form.sha256().equals(submission.sha256())) {
            throw new IllegalArgumentException("The return and its submission are not the same file");
        }
        Recording recording;
        try {
            recording = SubmissionWriter.record(transactions.database(), submission, List.of(), (connection, stored) -> {
                IntakeRegister.insertFacts(connection, stored.id(), facts);
                insertReturn(connection, form, statuses);
            });
        } catch (SQLException e) {
            throw transactions.failure("record follow-up return " + form.originalName(), e);
        }
        return new TakenReturn(recording.submission(), recording.duplicate());
    }

    private static void insertItem(Connection connection, String id, String reviewId, String state, NewItem item,
                                   int sequence, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO followup_item (" + ITEM_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, reviewId);
            insert.setString(3, item.blockKey());
            insert.setString(4, state);
            insert.setString(5, item.provisionId());
            insert.setString(6, item.kind());
            insert.setString(7, item.category());
            insert.setInt(8, sequence);
            Rows.setInstant(insert, 9, at);
            insert.setString(10, item.priority());
            insert.executeUpdate();
        }
    }

    /** Writes the texts that differ from those kept; true when any did. */
    private static boolean writeTexts(Connection connection, String itemId, NewItem item) throws SQLException {
        Map<Language, Object[]> kept = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT text_language, item_text, block_version, final_text FROM followup_item_text WHERE item_id = ?")) {
            select.setString(1, itemId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    kept.put(Language.of(row.getString(1)),
                            new Object[] {row.getString(2), row.getInt(3), row.getBoolean(4)});
                }
            }
        }
        boolean changed = false;
        for (Map.Entry<Language, VersionedText> text : item.texts().entrySet()) {
            boolean isFinal = text.getKey() == item.finalLanguage();
            Object[] old = kept.get(text.getKey());
            if (old != null && old[0].equals(text.getValue().text()) && (int) old[1] == text.getValue().version()
                    && (boolean) old[2] == isFinal) {
                continue;
            }
            String sql = old == null
                    ? "INSERT INTO followup_item_text (item_text, block_version, final_text, item_id, text_language) VALUES (?, ?, ?, ?, ?)"
                    : "UPDATE followup_item_text SET item_text = ?, block_version = ?, final_text = ? WHERE item_id = ? AND text_language = ?";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setString(1, text.getValue().text());
                write.setInt(2, text.getValue().version());
                write.setBoolean(3, isFinal);
                write.setString(4, itemId);
                write.setString(5, text.getKey().code());
                write.executeUpdate();
            }
            changed = true;
        }
        return changed;
    }

    private static List<FollowUpItem> items(Connection connection, String where, String argument) throws SQLException {
        String sql = "SELECT " + ITEM_COLUMNS + " FROM followup_item" + (where == null ? "" : " WHERE " + where)
                + " ORDER BY state, review_id, provision_id, kind, sequence_no";
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            if (where != null) {
                select.setString(1, argument);
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Object[] {row.getString("id"), row.getString("review_id"), row.getString("block_key"),
                            row.getString("state"), row.getString("provision_id"), row.getString("kind"),
                            row.getString("category"), row.getInt("sequence_no"), Rows.instant(row, "tracked_at")});
                }
            }
        }
        List<FollowUpItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            String id = (String) r[0];
            Map<Language, String> texts = new LinkedHashMap<>();
            Language finalLanguage = null;
            try (PreparedStatement select = connection.prepareStatement("SELECT text_language, item_text, final_text "
                    + "FROM followup_item_text WHERE item_id = ? ORDER BY text_language")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        Language language = Language.of(row.getString(1));
                        texts.put(language, row.getString(2));
                        if (row.getBoolean(3)) {
                            finalLanguage = language;
                        }
                    }
                }
            }
            List<String> agencies = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT agency FROM followup_agency WHERE item_id = ? ORDER BY assigned_at, agency")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        agencies.add(row.getString(1));
                    }
                }
            }
            if (finalLanguage == null) {
                finalLanguage = texts.isEmpty() ? Language.EN : texts.keySet().iterator().next();
            }
            items.add(new FollowUpItem(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (int) r[7], (Instant) r[8], texts, finalLanguage, agencies));
        }
        return items;
    }

    private static void insertStatus(Connection connection, NewStatus status, Long returnId, Instant at, String sourceName,
                                     String sourceSha256) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO followup_status (item_id, return_id, "
                + "status, reported_by, reported_at, source_name, source_sha256, measures, evidence, ta_needed) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, status.itemId());
            if (returnId == null) {
                insert.setNull(2, Types.BIGINT);
            } else {
                insert.setLong(2, returnId);
            }
            insert.setString(3, status.status());
            insert.setString(4, status.reportedBy());
            Rows.setInstant(insert, 5, at);
            insert.setString(6, sourceName);
            insert.setString(7, sourceSha256);
            insert.setString(8, status.measures());
            insert.setString(9, status.evidence());
            insert.setString(10, status.taNeeded());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO followup_step (status_id, position, "
                + "step_text, agency, target_date, target_text, step_status) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (FollowUpStep step : status.steps()) {
                insert.setLong(1, id);
                insert.setInt(2, step.position());
                insert.setString(3, step.step());
                insert.setString(4, step.agency());
                insert.setObject(5, step.targetDate(), Types.DATE);
                insert.setString(6, step.targetText());
                insert.setString(7, step.status());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<FollowUpStatus> statuses(Connection connection, String itemId) throws SQLException {
        List<FollowUpStatus> statuses = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + STATUS_COLUMNS
                + " FROM followup_status WHERE item_id = ? ORDER BY reported_at, id")) {
            select.setString(1, itemId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long returnId = row.getLong("return_id");
                    Long returned = row.wasNull() ? null : returnId;
                    statuses.add(new FollowUpStatus(row.getLong("id"), row.getString("item_id"), returned,
                            row.getString("status"), row.getString("reported_by"), Rows.instant(row, "reported_at"),
                            row.getString("source_name"), row.getString("source_sha256"), row.getString("measures"),
                            row.getString("evidence"), row.getString("ta_needed"), List.of()));
                }
            }
        }
        List<FollowUpStatus> withSteps = new ArrayList<>();
        for (FollowUpStatus status : statuses) {
            List<FollowUpStep> steps = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT position, step_text, agency, target_date, "
                    + "target_text, step_status FROM followup_step WHERE status_id = ? ORDER BY position")) {
                select.setLong(1, status.id());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        steps.add(new FollowUpStep(row.getInt(1), row.getString(2), row.getString(3),
                                row.getObject(4, java.time.LocalDate.class), row.getString(5), row.getString(6)));
                    }
                }
            }
            withSteps.add(new FollowUpStatus(status.id(), status.itemId(), status.returnId(), status.status(),
                    status.reportedBy(), status.reportedAt(), status.sourceName(), status.sourceSha256(), status.measures(),
                    status.evidence(), status.taNeeded(), steps));
        }
        return withSteps;
    }

    private static Optional<FollowUpReturn> returnBySha256(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + RETURN_COLUMNS
                + " FROM followup_return WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new FollowUpReturn(row.getLong("id"), row.getString("sha256"), row.getString("form_id"),
                        row.getString("review_id"), row.getString("state"), row.getString("language"),
                        SubmissionSource.ofCode(row.getString("source")), row.getString("sender"),
                        row.getString("original_name"), Rows.instant(row, "received_at"), row.getInt("version"),
                        row.getString("findings")));
            }
        }
    }
}
