package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.irm.catalogue.Language;

/**
 * Storage of the contributors States invite (issue 18, point 2), the forms issued to them and their
 * input per provision. Their input is kept apart from the State's answers: a contributor's return is
 * registered as a submission of its form's id (so its versions, crash safety and duplicates work as
 * for every return) with no answer rows, its text per provision in {@code contributor_input}; the
 * master checklist ignores it ({@link MasterChecklists}).
 */
public final class Contributors {

    private static final String CONTRIBUTOR_COLUMNS =
            "c.id, c.state, c.email, c.name, c.organisation, c.kind, c.language, c.invited_at, c.withdrawn_at";
    private static final String FORM_COLUMNS = "f.id, f.contributor_id, f.review_id, f.provisions, f.answers_shown, "
            + "f.reviewers_shown, f.language, f.file_name, f.issued_at";

    private final Transactions transactions;

    public Contributors(Register register) {
        this.transactions = register.transactions();
    }

    /** Who is invited: a State's contributor by address. */
    public record NewContributor(String state, String email, String name, String organisation, String kind,
                                 Language language) { }

    /**
     * Registers a contributor of a State, or updates its name, organisation, kind and language when its
     * address is one already (an invitation withdrawn before stands again), and logs it.
     *
     * @throws IllegalArgumentException when the register does not know the State
     */
    public Contributor invite(NewContributor invited, String actor, Instant at) {
        String state = invited.state().toUpperCase(Locale.ROOT);
        String email = invited.email().strip();
        Optional<Contributor> stored = transactions.write("invite contributor " + email, connection -> {
            try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM state WHERE iso3 = ?")) {
                known.setString(1, state);
                try (ResultSet row = known.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                }
            }
            Optional<Contributor> existing = one(connection, "LOWER(c.email) = ? AND c.state = ?",
                    email.toLowerCase(Locale.ROOT), state);
            String id = existing.map(Contributor::id).orElseGet(() -> UUID.randomUUID().toString());
            String sql = existing.isPresent()
                    ? "UPDATE contributor SET name = ?, organisation = ?, kind = ?, language = ?, withdrawn_at = NULL, "
                            + "email = ?, state = ?, invited_at = ? WHERE id = ?"
                    : "INSERT INTO contributor (name, organisation, kind, language, email, state, invited_at, id) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            Instant invitedAt = existing.map(Contributor::invitedAt).orElse(at);
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setString(1, invited.name());
                write.setString(2, invited.organisation());
                write.setString(3, invited.kind());
                write.setString(4, invited.language().code());
                write.setString(5, email);
                write.setString(6, state);
                Rows.setInstant(write, 7, invitedAt);
                write.setString(8, id);
                write.executeUpdate();
            }
            EventLog.append(connection, Event.of(at, actor, "contributor.invited", state, null,
                    email + " (" + invited.organisation() + ", " + invited.kind() + ")"));
            return Optional.of(new Contributor(id, state, email, invited.name(), invited.organisation(), invited.kind(),
                    invited.language(), invitedAt, null));
        });
        return stored.orElseThrow(() -> new IllegalArgumentException("The register does not know the State '" + state
                + "': use an ISO 3166 alpha-3 code from templates/states/states.csv."));
    }

    /**
     * Withdraws a State's invitation of an address: its forms are refused from now on and its input
     * is no longer shown to reviewers (it stays in the register). Logged; empty when no such contributor.
     */
    public Optional<Contributor> withdraw(String state, String email, String actor, Instant at) {
        return transactions.write("withdraw contributor " + email, connection -> {
            Optional<Contributor> existing = one(connection, "LOWER(c.email) = ? AND c.state = ?",
                    email.strip().toLowerCase(Locale.ROOT), state.toUpperCase(Locale.ROOT));
            if (existing.isEmpty()) {
                return Optional.empty();
            }
            Contributor contributor = existing.get();
            if (!contributor.active()) {
                return existing;
            }
            try (PreparedStatement update = connection.prepareStatement("UPDATE contributor SET withdrawn_at = ? WHERE id = ?")) {
                Rows.setInstant(update, 1, at);
                update.setString(2, contributor.id());
                update.executeUpdate();
            }
            EventLog.append(connection, Event.of(at, actor, "contributor.withdrawn", contributor.state(), null,
                    contributor.email()));
            return Optional.of(new Contributor(contributor.id(), contributor.state(), contributor.email(), contributor.name(),
                    contributor.organisation(), contributor.kind(), contributor.language(), contributor.invitedAt(), at));
        });
    }

    /** A State's contributors (every State's when {@code state} is null), withdrawn ones included, by State and address. */
    public List<Contributor> list(String state) {
        return transactions.read("list contributors", connection -> state == null ? many(connection, null, List.of())
                : many(connection, "c.state = ?", List.of(state.toUpperCase(Locale.ROOT))));
    }

    /** Every contributor registered under this address, of any State (addresses compared ignoring case). */
    public List<Contributor> byEmail(String email) {
        return transactions.read("find contributor " + email, connection -> many(connection, "LOWER(c.email) = ?",
                List.of(email.strip().toLowerCase(Locale.ROOT))));
    }

    /** The contributor of this id. */
    public Optional<Contributor> contributor(String id) {
        return transactions.read("read contributor " + id, connection -> one(connection, "c.id = ?", id));
    }

    /** Remembers a form the pipeline has just written for a contributor, and logs it. */
    public void recordForm(ContributorForm form, String actor) {
        transactions.write("record contributor form " + form.id(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contributor_form (id, contributor_id, "
                    + "review_id, provisions, answers_shown, reviewers_shown, language, file_name, issued_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, form.id());
                insert.setString(2, form.contributorId());
                insert.setString(3, form.reviewId());
                insert.setString(4, String.join("\n", form.provisions()));
                insert.setString(5, String.join("\n", form.answersShown()));
                insert.setString(6, String.join("\n", form.reviewersShown()));
                insert.setString(7, form.language().code());
                insert.setString(8, form.fileName());
                Rows.setInstant(insert, 9, form.issuedAt());
                insert.executeUpdate();
            }
            EventLog.append(connection, Event.of(form.issuedAt(), actor, "contributor.formIssued", form.id(), null,
                    form.fileName() + ": " + String.join(", ", form.provisions())));
            return null;
        });
    }

    /** The form of this sealed id, if this register issued it. */
    public Optional<ContributorForm> form(String formId) {
        return transactions.read("read contributor form " + formId, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + FORM_COLUMNS
                    + " FROM contributor_form f WHERE f.id = ?")) {
                select.setString(1, formId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(form(row)) : Optional.empty();
                }
            }
        });
    }

    /** The forms issued to a contributor, oldest first. */
    public List<ContributorForm> formsOf(String contributorId) {
        return transactions.read("list the forms of contributor " + contributorId, connection -> {
            List<ContributorForm> forms = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + FORM_COLUMNS
                    + " FROM contributor_form f WHERE f.contributor_id = ? ORDER BY f.issued_at, f.id")) {
                select.setString(1, contributorId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        forms.add(form(row));
                    }
                }
            }
            return forms;
        });
    }

    /**
     * Registers a contributor's return in one transaction (the commit point): the submission of its
     * form (sha256, sender, version), intake's facts and its text per provision. The same bytes
     * registered before are not stored again (the result says duplicate); a return refused before for
     * how it arrived is turned into the accepted version it now is, its input written alike.
     *
     * @param inputs text per provision id, as the form carried it (blank text is kept as blank)
     */
    public Recording takeReturn(NewSubmission submission, IntakeFacts facts, Map<String, String> inputs) {
        String formId = submission.checklistId().toString();
        return new IntakeRegister(transactions).record(submission, List.of(), facts, (connection, stored) -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contributor_input "
                    + "(submission_id, form_id, provision_id, input_text) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> input : inputs.entrySet()) {
                    insert.setLong(1, stored.id());
                    insert.setString(2, formId);
                    insert.setString(3, input.getKey());
                    insert.setString(4, input.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * The input that stands for a State: of each form, its latest accepted return's text per provision
     * that says something, by contributor's organisation then provision. Withdrawn contributors' input
     * is left out unless asked for.
     */
    public List<ContributorInput> current(String state, boolean withWithdrawn) {
        String sql = inputQuery("c.state = ? AND s.version = (SELECT MAX(s2.version) FROM submission s2 "
                + "WHERE s2.checklist_id = s.checklist_id)" + (withWithdrawn ? "" : " AND c.withdrawn_at IS NULL"));
        return transactions.read("read the contributors' input of " + state, connection ->
                inputs(connection, sql, state.toUpperCase(Locale.ROOT)).stream().filter(i -> !i.text().isBlank()).toList());
    }

    /** Every return of a form, version by version, each provision's text as that return carried it. */
    public List<ContributorInput> history(String formId) {
        return transactions.read("read the returns of contributor form " + formId,
                connection -> inputs(connection, inputQuery("f.id = ?"), formId));
    }

    /**
     * Per State, kind of contributor and provision, how many contributors' standing input says something
     * (withdrawn contributors left out): what the analyses count.
     */
    public List<ContributorCount> counts() {
        String sql = "SELECT c.state, c.kind, i.provision_id, COUNT(DISTINCT c.id) AS contributors "
                + "FROM contributor_input i JOIN submission s ON s.id = i.submission_id "
                + "JOIN contributor_form f ON f.id = i.form_id JOIN contributor c ON c.id = f.contributor_id "
                + "WHERE c.withdrawn_at IS NULL AND i.input_text <> '' "
                + "AND s.version = (SELECT MAX(s2.version) FROM submission s2 WHERE s2.checklist_id = s.checklist_id) "
                + "GROUP BY c.state, c.kind, i.provision_id ORDER BY c.state, c.kind, i.provision_id";
        return transactions.read("count the contributors' input", connection -> {
            List<ContributorCount> counts = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (!row.getString(3).isBlank()) {
                        counts.add(new ContributorCount(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)));
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Per State, review and kind of contributor: the standing invitations, those of them whose form came back
     * (an accepted return registered), and the withdrawn ones; by State, review and kind. A contributor
     * invited for two reviews counts in each.
     */
    public List<ContributorTally> tally() {
        String sql = "SELECT c.state, f.review_id, c.kind, "
                + "COUNT(DISTINCT CASE WHEN c.withdrawn_at IS NULL THEN c.id END) AS invited, "
                + "COUNT(DISTINCT CASE WHEN c.withdrawn_at IS NULL AND EXISTS (SELECT 1 FROM contributor_input i "
                + "WHERE i.form_id = f.id) THEN c.id END) AS returned, "
                + "COUNT(DISTINCT CASE WHEN c.withdrawn_at IS NOT NULL THEN c.id END) AS withdrawn "
                + "FROM contributor c JOIN contributor_form f ON f.contributor_id = c.id "
                + "GROUP BY c.state, f.review_id, c.kind ORDER BY c.state, f.review_id, c.kind";
        return transactions.read("tally the contributors", connection -> {
            List<ContributorTally> tally = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    tally.add(new ContributorTally(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                            row.getInt(5), row.getInt(6)));
                }
            }
            return tally;
        });
    }

    private static String inputQuery(String where) {
        return "SELECT " + CONTRIBUTOR_COLUMNS + ", f.id AS form_id, f.review_id, f.reviewers_shown, i.provision_id, i.input_text, "
                + "s.id AS submission_id, s.version, s.received_at FROM contributor_input i "
                + "JOIN submission s ON s.id = i.submission_id JOIN contributor_form f ON f.id = i.form_id "
                + "JOIN contributor c ON c.id = f.contributor_id WHERE " + where
                + " ORDER BY c.state, c.organisation, c.email, f.issued_at, f.id, s.version, i.provision_id";
    }

    private static List<ContributorInput> inputs(Connection connection, String sql, String argument) throws SQLException {
        List<ContributorInput> inputs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, argument);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String provision = row.getString("provision_id");
                    inputs.add(new ContributorInput(contributor(row), row.getString("form_id"), row.getString("review_id"), provision,
                            row.getString("input_text"), row.getLong("submission_id"), row.getInt("version"),
                            Rows.instant(row, "received_at"), lines(row.getString("reviewers_shown")).contains(provision)));
                }
            }
        }
        return inputs;
    }

    private static Optional<Contributor> one(Connection connection, String where, String... arguments) throws SQLException {
        List<Contributor> found = many(connection, where, List.of(arguments));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Contributor> many(Connection connection, String where, List<String> arguments) throws SQLException {
        String sql = "SELECT " + CONTRIBUTOR_COLUMNS + " FROM contributor c" + (where == null ? "" : " WHERE " + where)
                + " ORDER BY c.state, c.email";
        List<Contributor> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.size(); i++) {
                select.setString(i + 1, arguments.get(i));
            }
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(contributor(row));
                }
            }
        }
        return found;
    }

    private static Contributor contributor(ResultSet row) throws SQLException {
        return new Contributor(row.getString("id"), row.getString("state"), row.getString("email"), row.getString("name"),
                row.getString("organisation"), row.getString("kind"), Language.of(row.getString("language")),
                Rows.instant(row, "invited_at"), row.getObject("withdrawn_at") == null ? null : Rows.instant(row, "withdrawn_at"));
    }

    private static ContributorForm form(ResultSet row) throws SQLException {
        return new ContributorForm(row.getString("id"), row.getString("contributor_id"), row.getString("review_id"),
                lines(row.getString("provisions")), lines(row.getString("answers_shown")),
                lines(row.getString("reviewers_shown")), Language.of(row.getString("language")), row.getString("file_name"),
                Rows.instant(row, "issued_at"));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
