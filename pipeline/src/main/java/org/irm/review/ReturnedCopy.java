package org.irm.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.docx.DocxReading;
import org.irm.docx.TrackedParagraph;
import org.irm.identity.ChecklistIdentity;

/**
 * A returned review copy as read: its verified identity, what the reader found in it (comments with
 * their threads, every tracked change) and its body cut into regions, one per field or run of
 * paragraphs between fields, each tied to its provision.
 */
record ReturnedCopy(ChecklistIdentity identity, DocxReading reading, List<Region> regions, String sha256) {

    /**
     * Consecutive paragraphs of one field (or between fields) of one provision.
     *
     * @param provisionId null before the first provision (the cover)
     * @param field       null between fields (headings, questions)
     */
    record Region(String provisionId, FieldId field, List<TrackedParagraph> paragraphs) { }

    String reviewer() {
        return identity.reviewer();
    }

    Optional<Region> region(FieldId field) {
        return regions.stream().filter(r -> field.equals(r.field())).findFirst();
    }

    /** Cuts the body's paragraphs into regions by the bookmarks the copy was written with. */
    static List<Region> regions(List<TrackedParagraph> paragraphs, CopyLayout layout) {
        List<Region> regions = new ArrayList<>();
        String provision = null;
        FieldId currentField = null;
        List<TrackedParagraph> current = new ArrayList<>();
        for (TrackedParagraph paragraph : paragraphs) {
            Optional<String> heading = paragraph.bookmarksStarted().stream().map(layout::headingOf)
                    .flatMap(Optional::stream).findFirst();
            FieldId field = paragraph.bookmarksOpen().stream().map(layout::field).flatMap(Optional::stream)
                    .reduce((a, b) -> b)
                    .or(() -> paragraph.bookmarksStarted().stream().map(layout::field).flatMap(Optional::stream).findFirst())
                    .orElse(null);
            String newProvision = heading.orElse(provision);
            if (!current.isEmpty() && (!Objects.equals(newProvision, provision)
                    || !Objects.equals(field, currentField))) {
                regions.add(new Region(provision, currentField, current));
                current = new ArrayList<>();
            }
            provision = newProvision;
            currentField = field;
            current.add(paragraph);
        }
        if (!current.isEmpty()) {
            regions.add(new Region(provision, currentField, current));
        }
        return regions;
    }
}
