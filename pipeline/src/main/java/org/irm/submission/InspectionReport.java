package org.irm.submission;

import java.util.List;

/**
 * What {@code irm inspect} reports about a Word file, shaped as its JSON: the top-level keys and
 * each item's keys are an interface that users' scripts read, documented in the README. Enum-like
 * values are lower camel case ({@code richText}, {@code dropdown}, {@code insertion}).
 *
 * @param identity null when the file carries no identity of ours
 * @param answers  empty unless the file is one of our checklists
 */
public record InspectionReport(Format format, String application, Identity identity,
                               List<Control> contentControls, List<CommentItem> comments,
                               List<RevisionItem> revisions, List<AnswerItem> answers, List<Problem> problems) {

    public InspectionReport {
        contentControls = List.copyOf(contentControls);
        comments = List.copyOf(comments);
        revisions = List.copyOf(revisions);
        answers = List.copyOf(answers);
        problems = List.copyOf(problems);
    }

    /** The file's type as detected from its bytes. */
    public record Format(String name, String mediaType, String description) { }

    /**
     * The checklist identity the file claims, and whether its seal holds.
     *
     * @param cluster        the thematic cluster of a UNTOC questionnaire, null for a whole-cycle checklist
     * @param signatureValid true only when the seal verifies and both copies of the identity agree
     */
    public record Identity(String checklistId, String reviewId, String state, String instrument, int cycle,
                           Integer cluster, String language, String catalogueVersion, String part, String issuedAt,
                           boolean signatureValid, String status, String message) { }

    /** @param value text, {@code true}/{@code false} for a check box, the item's value for a list, ISO date for a date */
    public record Control(int index, Integer parentIndex, String tag, String fieldId, String alias, String kind,
                          String level, String part, Object value, boolean pendingChanges) { }

    public record CommentItem(String id, String author, String date, String text, String parentId, String fieldId) { }

    public record RevisionItem(String type, String author, String date, String text, String part, String fieldId) { }

    public record AnswerItem(String fieldId, String value, String foundBy, boolean pendingChanges) { }

    /** Something the reader noticed: a field not found, an answer with pending changes, a bad seal. */
    public record Problem(String code, String fieldId, String message) { }
}
