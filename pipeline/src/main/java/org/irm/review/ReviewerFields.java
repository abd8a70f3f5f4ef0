package org.irm.review;

import java.util.List;
import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.identity.FieldMarks;
import org.irm.register.NoteKind;

/**
 * The fields a review copy adds under each provision for the reviewer's own notes, and the mark
 * on each provision's heading: their field ids, tags and bookmarks are declared here once. A
 * reviewer field's id is {@code <provision>/reviewObservation}, {@code /reviewGoodPractice} or
 * {@code /reviewRecommendation}; the heading's bookmark is that of {@code <provision>/provision}.
 */
public final class ReviewerFields {

    /** The reviewer's note kinds, in the order the review copy asks for them. */
    public static final List<NoteKind> KINDS = List.of(NoteKind.OBSERVATION, NoteKind.GOOD_PRACTICE,
            NoteKind.RECOMMENDATION);

    private static final String HEADING = "provision";

    private ReviewerFields() {
    }

    public static FieldId field(String provisionId, NoteKind kind) {
        return FieldId.of(provisionId, question(kind));
    }

    /** The note kind of a reviewer field; empty for the State's answer fields. */
    public static Optional<NoteKind> kindOf(FieldId field) {
        return KINDS.stream().filter(k -> question(k).equals(field.question())).findFirst();
    }

    /** The label key of a reviewer field's caption. */
    public static String labelKey(NoteKind kind) {
        return "review.field." + kind.code();
    }

    /** The bookmark on a provision's heading, so that what sits between fields is still tied to its provision. */
    public static String headingBookmark(String provisionId) {
        return FieldMarks.bookmark(FieldId.of(provisionId, HEADING));
    }

    private static String question(NoteKind kind) {
        return switch (kind) {
            case OBSERVATION -> "reviewObservation";
            case GOOD_PRACTICE -> "reviewGoodPractice";
            case RECOMMENDATION -> "reviewRecommendation";
            default -> throw new IllegalArgumentException(kind + " is not a reviewer field");
        };
    }
}
