package org.irm.register;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.irm.catalogue.Language;

/**
 * The few facts reminders and notifications need that the register's other parts do not read: the
 * checklists issued for a review, the report drafts written for it, and whether anyone edited a
 * draft and dropped it back since a moment. Read-only.
 */
public final class NoticeFacts {

    private final Transactions transactions;

    public NoticeFacts(Register register) {
        this.transactions = register.transactions();
    }

    /** Every checklist issued for the review (the whole, or one agency's share): its id and part, oldest first. */
    public Map<UUID, String> issuedChecklists(String reviewId) {
        return transactions.read("read the checklists issued for " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, part FROM checklist WHERE review_id = ? ORDER BY issued_at, id")) {
                select.setString(1, reviewId);
                Map<UUID, String> parts = new LinkedHashMap<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        parts.put(UUID.fromString(rows.getString("id")), rows.getString("part"));
                    }
                }
                return parts;
            }
        });
    }

    /** Every report draft (kind {@code report}) written for the review, oldest first. */
    public List<ReportDraft> reportDrafts(String reviewId) {
        return transactions.read("read the report drafts of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT review_id, report_kind, language, "
                    + "inputs_digest, sha256, file_name, word_count, generated_at FROM report_draft "
                    + "WHERE review_id = ? AND report_kind = 'report' ORDER BY id")) {
                select.setString(1, reviewId);
                List<ReportDraft> drafts = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        drafts.add(new ReportDraft(row.getString("review_id"), row.getString("report_kind"),
                                Language.of(row.getString("language")), row.getString("inputs_digest"),
                                row.getString("sha256"), row.getString("file_name"), row.getInt("word_count"),
                                Rows.instant(row, "generated_at")));
                    }
                }
                return drafts;
            }
        });
    }

    /** When a block of the review's report was last edited in a draft dropped back after {@code since}, if it was. */
    public Optional<Instant> editedSince(String reviewId, Instant since) {
        return transactions.read("read the edits of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT MAX(recorded_at) AS last_edit "
                    + "FROM report_block_version WHERE review_id = ? AND edited = TRUE AND recorded_at > ?")) {
                select.setString(1, reviewId);
                Rows.setInstant(select, 2, since);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getObject("last_edit") != null
                            ? Optional.of(Rows.instant(row, "last_edit")) : Optional.empty();
                }
            }
        });
    }
}
