package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.irm.catalogue.FieldId;
import org.irm.identity.ChecklistIdentity;

/**
 * Reads a State's master checklist from the register: every accepted return of every part of its
 * checklist for a review, merged as {@link MasterChecklist} describes. Read-only; the reviews and
 * reports stages build on it. A return's review, State and part come from what intake registered
 * with it, else from the checklist the register issued.
 */
public final class MasterChecklists {

    // A submission's review, State and part: as intake identified it, else as the register issued it.
    // Filled follow-up forms are submissions of their review too (Recommendations.takeReturn), not checklist answers.
    private static final String RETURNS = "FROM submission s "
            + "LEFT JOIN submission_intake i ON i.submission_id = s.id "
            + "LEFT JOIN checklist c ON c.id = s.checklist_id "
            + "WHERE s.version IS NOT NULL AND s.checklist_id IS NOT NULL "
            + "AND s.checklist_id NOT IN (SELECT f.id FROM followup_form f) "
            // Returned dialogue question lists (issue 18) are submissions of their review, not checklist answers.
            + "AND s.checklist_id NOT IN (SELECT d.id FROM dialogue_list d)";
    private static final String REVIEW = "COALESCE(i.review_id, c.review_id)";
    private static final String STATE = "COALESCE(i.state, c.state)";
    private static final String PART = "COALESCE(i.part, c.part)";

    private final Transactions transactions;

    public MasterChecklists(Register register) {
        this.transactions = register.transactions();
    }

    /** The master checklist of a review, or empty when no return of it was accepted yet. */
    public Optional<MasterChecklist> forReview(String reviewId) {
        return transactions.read("read the master checklist of " + reviewId, connection -> read(connection, reviewId));
    }

    /**
     * The agency conflicts a return takes part in: fields where its answer and another part's
     * latest answer differ. Only a review returned in more than one part can have any, so the
     * master checklist is read only then.
     */
    public List<AnswerConflict> conflictsOf(String reviewId, long submissionId) {
        String sql = "SELECT COUNT(DISTINCT " + PART + ") " + RETURNS + " AND " + REVIEW + " = ?";
        return transactions.read("read the agency conflicts of " + reviewId, connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, reviewId);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next() || rows.getInt(1) < 2) {
                        return List.of();
                    }
                }
            }
            return read(connection, reviewId).map(master -> master.conflicts().stream()
                    .filter(c -> c.answers().stream().anyMatch(a -> a.submissionId() == submissionId)).toList())
                    .orElse(List.of());
        });
    }

    /**
     * The master checklist of the State's most recent review (the one whose last return arrived
     * last), or empty when none of its returns was accepted yet.
     */
    public Optional<MasterChecklist> forState(String iso3) {
        String sql = "SELECT " + REVIEW + " AS review_id, MAX(s.received_at) AS last_received " + RETURNS
                + " AND " + STATE + " = ? GROUP BY " + REVIEW + " ORDER BY last_received DESC";
        return transactions.read("read the master checklist of " + iso3, connection -> {
            String reviewId;
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, iso3);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    reviewId = rows.getString("review_id");
                }
            }
            return read(connection, reviewId);
        });
    }

    /**
     * The reviews whose State was issued a checklist and has no accepted return of it yet, by State
     * then review. Follow-up forms are not checklists.
     */
    public List<AwaitedReturn> awaited() {
        String sql = "SELECT k.review_id, k.state, COUNT(*) AS issued, MAX(k.issued_at) AS last_issued FROM checklist k "
                + "WHERE k.id NOT IN (SELECT f.id FROM followup_form f) "
                + "AND NOT EXISTS (SELECT 1 " + RETURNS + " AND " + REVIEW + " = k.review_id) "
                + "GROUP BY k.review_id, k.state ORDER BY k.state, k.review_id";
        return transactions.read("list the checklists awaited", connection -> {
            List<AwaitedReturn> awaited = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    awaited.add(new AwaitedReturn(rows.getString("review_id"), rows.getString("state"), rows.getInt("issued"),
                            Rows.instant(rows, "last_issued")));
                }
            }
            return awaited;
        });
    }

    /** The reviews with at least one accepted return, by State (ISO3), each State's most recent review first. */
    public Map<String, List<String>> reviewsByState() {
        String sql = "SELECT " + STATE + " AS state, " + REVIEW + " AS review_id, MAX(s.received_at) AS last_received "
                + RETURNS + " GROUP BY " + STATE + ", " + REVIEW + " ORDER BY state, last_received DESC";
        return transactions.read("list the reviews with returns", connection -> {
            Map<String, List<String>> reviews = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reviews.computeIfAbsent(rows.getString("state"), s -> new ArrayList<>()).add(rows.getString("review_id"));
                }
            }
            return reviews;
        });
    }

    private static Optional<MasterChecklist> read(Connection connection, String reviewId) throws SQLException {
        record Read(ReturnedVersion version, String carried) { }
        List<Read> returns = new ArrayList<>();
        String state = null;
        String sql = "SELECT s.id, s.checklist_id, s.version, s.received_at, s.source, s.sender, s.original_name, "
                + "s.carried_provisions, " + STATE + " AS state, " + PART + " AS part, "
                + "(SELECT r.held_reason FROM receipt r WHERE r.submission_id = s.id) AS held "
                + RETURNS + " AND " + REVIEW + " = ? "
                + "ORDER BY s.received_at, s.id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, reviewId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    state = rows.getString("state");
                    long id = rows.getLong("id");
                    returns.add(new Read(new ReturnedVersion(id, UUID.fromString(rows.getString("checklist_id")),
                            partOf(rows.getString("part")), rows.getInt("version"), Rows.instant(rows, "received_at"),
                            SubmissionSource.ofCode(rows.getString("source")), rows.getString("sender"),
                            rows.getString("original_name"), findings(connection, id, rows.getString("state")),
                            rows.getString("held"), Set.of()), rows.getString("carried_provisions")));
                }
            }
        }
        if (returns.isEmpty()) {
            return Optional.empty();
        }
        List<ReturnedVersion> versions = new ArrayList<>();
        List<Map<FieldId, ReturnedAnswer>> stored = new ArrayList<>();
        // One version at a time on the answer table's primary key: a join filtered on the review
        // scanned every answer of every State, which grew with the register.
        String answers = "SELECT field_id, answer_value, found_by, pending_changes FROM answer "
                + "WHERE submission_id = ? ORDER BY field_id";
        try (PreparedStatement select = connection.prepareStatement(answers)) {
            for (Read read : returns) {
                Map<FieldId, ReturnedAnswer> rowsOf = storedAnswers(select, read.version());
                Set<String> carried = SparseAnswers.carriedProvisions(read.carried());
                if (carried == null) {
                    // Registered before sparse storage: every field it carried has a row.
                    carried = new HashSet<>();
                    for (FieldId field : rowsOf.keySet()) {
                        carried.add(field.provisionId());
                    }
                }
                ReturnedVersion v = read.version();
                ReturnedVersion version = new ReturnedVersion(v.submissionId(), v.checklistId(), v.part(), v.version(),
                        v.receivedAt(), v.source(), v.sender(), v.originalName(), v.findings(), v.held(), carried);
                versions.add(version);
                stored.add(rowsOf);
            }
        }
        return Optional.of(merge(reviewId, state, versions, history(versions, stored)));
    }

    private static Map<FieldId, ReturnedAnswer> storedAnswers(PreparedStatement select, ReturnedVersion version)
            throws SQLException {
        Map<FieldId, ReturnedAnswer> answers = new LinkedHashMap<>();
        select.setLong(1, version.submissionId());
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Optional<FieldId> field = FieldId.tryParse(rows.getString("field_id"));
                if (field.isPresent()) {
                    answers.put(field.get(), answerOf(field.get(), version, rows.getString("answer_value"),
                            FoundBy.valueOf(rows.getString("found_by")), rows.getBoolean("pending_changes")));
                }
            }
        }
        return answers;
    }

    /**
     * Every field some return stored, with its answer in each version that carried its provision, in
     * the order received: a version that carried the provision without a row for the field left it
     * blank, and reads so (a field cleared in a later return is cleared, as when blanks were stored).
     * Fields no return stored were blank in every version and have no history.
     */
    private static Map<FieldId, List<ReturnedAnswer>> history(List<ReturnedVersion> versions,
                                                              List<Map<FieldId, ReturnedAnswer>> stored) {
        Map<String, FieldId> fields = new TreeMap<>();
        stored.forEach(rows -> rows.keySet().forEach(field -> fields.putIfAbsent(field.toString(), field)));
        Map<FieldId, List<ReturnedAnswer>> history = new LinkedHashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            ReturnedVersion version = versions.get(i);
            Map<FieldId, ReturnedAnswer> rows = stored.get(i);
            for (FieldId field : fields.values()) {
                ReturnedAnswer answer = rows.get(field);
                if (answer == null && version.carries(field.provisionId())) {
                    answer = answerOf(field, version, "", FoundBy.NOT_STORED, false);
                }
                if (answer != null) {
                    history.computeIfAbsent(field, f -> new ArrayList<>()).add(answer);
                }
            }
        }
        return history;
    }

    private static ReturnedAnswer answerOf(FieldId field, ReturnedVersion version, String value, FoundBy foundBy,
                                           boolean pendingChanges) {
        return new ReturnedAnswer(field, value, version.part(), version.checklistId(), version.version(),
                version.submissionId(), version.receivedAt(), foundBy, pendingChanges);
    }

    /** Applies the merging rules of {@link MasterChecklist} to the answers in the order received. */
    static MasterChecklist merge(String reviewId, String state, List<ReturnedVersion> versions,
                                 Map<FieldId, List<ReturnedAnswer>> history) {
        Map<FieldId, ReturnedAnswer> current = new LinkedHashMap<>();
        List<AnswerConflict> conflicts = new ArrayList<>();
        history.forEach((field, answers) -> {
            Map<String, ReturnedAnswer> latestPerPart = new LinkedHashMap<>();
            for (ReturnedAnswer answer : answers) {
                latestPerPart.remove(answer.part());
                latestPerPart.put(answer.part(), answer);
            }
            List<ReturnedAnswer> given = latestPerPart.values().stream().filter(ReturnedAnswer::given)
                    .sorted(Comparator.comparing(ReturnedAnswer::receivedAt)
                            .thenComparing(ReturnedAnswer::submissionId))
                    .toList();
            ReturnedAnswer last = answers.get(answers.size() - 1);
            current.put(field, given.isEmpty() ? last : given.get(given.size() - 1));
            if (given.stream().map(a -> a.value().strip()).distinct().count() > 1) {
                conflicts.add(new AnswerConflict(field, given));
            }
        });
        return new MasterChecklist(reviewId, state, versions, current, history, conflicts);
    }

    private static List<Finding> findings(Connection connection, long submissionId, String state) throws SQLException {
        String sql = "SELECT field_id, code, arguments FROM finding WHERE submission_id = ? ORDER BY id";
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, submissionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String field = rows.getString("field_id");
                    String arguments = rows.getString("arguments");
                    findings.add(new Finding(state, field == null ? null : FieldId.tryParse(field).orElse(null),
                            rows.getString("code"),
                            arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split("\u001f", -1))));
                }
            }
        }
        return findings;
    }

    private static String partOf(String part) {
        return part == null ? ChecklistIdentity.WHOLE : part;
    }
}
