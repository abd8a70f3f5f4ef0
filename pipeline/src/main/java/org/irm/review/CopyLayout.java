package org.irm.review;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Provision;
import org.irm.catalogue.Question;
import org.irm.identity.FieldMarks;

/**
 * Which bookmark of a review copy marks which field or provision heading, from the catalogue: the
 * bookmarks are what survives every editor, so this is how edits are tied to their place.
 */
final class CopyLayout {

    private final Map<String, FieldId> fields = new HashMap<>();
    private final Map<String, String> headings = new HashMap<>();

    CopyLayout(Catalogue catalogue) {
        Stream.concat(Stream.of(catalogue.general()), catalogue.provisions()).forEach(this::add);
    }

    private void add(Provision provision) {
        headings.put(ReviewerFields.headingBookmark(provision.id()), provision.id());
        for (Question question : provision.questions()) {
            FieldId field = provision.field(question.id());
            fields.put(FieldMarks.bookmark(field), field);
        }
        ReviewerFields.KINDS.forEach(kind -> {
            FieldId field = ReviewerFields.field(provision.id(), kind);
            fields.put(FieldMarks.bookmark(field), field);
        });
    }

    Optional<FieldId> field(String bookmark) {
        return Optional.ofNullable(fields.get(bookmark));
    }

    Optional<String> headingOf(String bookmark) {
        return Optional.ofNullable(headings.get(bookmark));
    }
}
