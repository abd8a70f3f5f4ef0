package org.irm.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The register's rule for which answers a return stores (issue 20). A full checklist has 2,883
 * fields and a return leaves most of them blank; writing a row for each was a third of the intake's
 * work and most of the register's size. A return therefore stores a row only for a field that says
 * something, that still carries tracked changes, or that the previous version of the same checklist
 * answered and this one clears. What the file carried is kept as its list of provisions: a field of a
 * carried provision without a row was left blank in that return.
 */
final class SparseAnswers {

    private SparseAnswers() {
    }

    /** True when a stored value says something: not blank, and not an unticked check box. */
    static boolean saysSomething(String value) {
        String shown = value == null ? "" : value.strip();
        return !shown.isEmpty() && !"false".equals(shown);
    }

    /** The provisions a return's answers belong to, in the order read, as the register stores them. */
    static String carried(List<Answer> answers) {
        Set<String> provisions = new LinkedHashSet<>();
        answers.forEach(answer -> provisions.add(answer.fieldId().provisionId()));
        return String.join(" ", provisions);
    }

    /** The stored list read back; null (a return registered before sparse storage) stays null. */
    static Set<String> carriedProvisions(String stored) {
        if (stored == null) {
            return null;
        }
        return stored.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(stored.split(" ")));
    }

    /**
     * The answers to write: those that say something or carry tracked changes, and the fields the
     * previous version answered that this return leaves blank (recorded as cleared, with the value
     * the file gave them).
     */
    static List<Answer> toStore(List<Answer> answers, Set<String> answeredBefore) {
        List<Answer> stored = new ArrayList<>();
        for (Answer answer : answers) {
            if (saysSomething(answer.value()) || answer.pendingChanges()
                    || answeredBefore.contains(answer.fieldId().toString())) {
                stored.add(answer);
            }
        }
        return stored;
    }

    /** The fields a version of a checklist answered (said something in), by id; none for version 0. */
    static Set<String> answeredIn(Connection connection, UUID checklistId, int version) throws SQLException {
        Set<String> fields = new HashSet<>();
        if (checklistId == null || version < 1) {
            return fields;
        }
        String sql = "SELECT a.field_id, a.answer_value FROM answer a JOIN submission s ON s.id = a.submission_id "
                + "WHERE s.checklist_id = ? AND s.version = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, checklistId.toString());
            select.setInt(2, version);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (saysSomething(rows.getString("answer_value"))) {
                        fields.add(rows.getString("field_id"));
                    }
                }
            }
        }
        return fields;
    }
}
