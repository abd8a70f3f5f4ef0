package org.irm.register;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.irm.catalogue.Language;

/** Reading the register's rows into records, and the column conversions both directions share. */
final class Rows {

    static final String SUBMISSION_COLUMNS =
            "id, sha256, checklist_id, source, sender, original_name, received_at, outcome, reason, version";
    static final String CHECKLIST_COLUMNS = "id, review_id, state, instrument, review_cycle, language, "
            + "catalogue_version, part, issued_at, seal, file_name";
    static final String EVENT_COLUMNS = "id, occurred_at, actor, action, subject, file_sha256, detail";

    private Rows() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static void setNullableInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static SubmissionRecord submission(ResultSet row) throws SQLException {
        String checklist = row.getString("checklist_id");
        int version = row.getInt("version");
        Integer nullableVersion = row.wasNull() ? null : version;
        return new SubmissionRecord(row.getLong("id"), row.getString("sha256"),
                checklist == null ? null : UUID.fromString(checklist),
                SubmissionSource.ofCode(row.getString("source")), row.getString("sender"),
                row.getString("original_name"), instant(row, "received_at"),
                Outcome.valueOf(row.getString("outcome")), row.getString("reason"),
                nullableVersion);
    }

    static IssuedChecklist checklist(ResultSet row) throws SQLException {
        return new IssuedChecklist(UUID.fromString(row.getString("id")), row.getString("review_id"),
                row.getString("state"), row.getString("instrument"), row.getInt("review_cycle"),
                Language.of(row.getString("language")), row.getString("catalogue_version"), row.getString("part"),
                instant(row, "issued_at"), row.getString("seal"), row.getString("file_name"));
    }

    static Event event(ResultSet row) throws SQLException {
        return new Event(row.getLong("id"), instant(row, "occurred_at"), row.getString("actor"),
                row.getString("action"), row.getString("subject"), row.getString("file_sha256"),
                row.getString("detail"));
    }

    static AnswerVersion answerVersion(ResultSet row) throws SQLException {
        return new AnswerVersion(row.getInt("version"), row.getLong("submission_id"), instant(row, "received_at"),
                row.getString("answer_value"), FoundBy.valueOf(row.getString("found_by")),
                row.getBoolean("pending_changes"));
    }
}
