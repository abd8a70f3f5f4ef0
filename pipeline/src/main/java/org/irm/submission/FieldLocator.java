package org.irm.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.docx.Anchor;
import org.irm.docx.ContentControl;
import org.irm.identity.FieldMarks;

/**
 * Says which field of a checklist a content control, comment or tracked change belongs to, by the
 * control's tag, else by our bookmarks open at that place, through the document's field map (a
 * checklist's, in its identity part; or the field map part of a consolidated review).
 */
final class FieldLocator {

    private final List<ContentControl> controls;
    private final Map<String, FieldId> bookmarks;

    /** @param bookmarks our bookmark names to their fields; empty for a file that is not ours (tags only) */
    FieldLocator(List<ContentControl> controls, Map<String, FieldId> bookmarks) {
        this.controls = controls;
        this.bookmarks = bookmarks;
    }

    Optional<FieldId> of(ContentControl control) {
        Optional<FieldId> byTag = FieldMarks.fieldOfTag(control.tag());
        return byTag.isPresent() ? byTag : byBookmarks(control.bookmarks());
    }

    Optional<FieldId> of(Anchor anchor) {
        Optional<FieldId> byTag = FieldMarks.fieldOfTag(anchor.controlTag());
        if (byTag.isPresent()) {
            return byTag;
        }
        Optional<FieldId> byBookmark = byBookmarks(anchor.bookmarks());
        if (byBookmark.isPresent() || anchor.controlIndex() == null) {
            return byBookmark;
        }
        return controls.stream().filter(c -> c.index() == anchor.controlIndex()).findFirst().flatMap(this::of);
    }

    private Optional<FieldId> byBookmarks(List<String> open) {
        // Innermost first: the last bookmark opened is the closest to the place.
        for (int i = open.size() - 1; i >= 0; i--) {
            FieldId field = bookmarks.get(open.get(i));
            if (field != null) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
