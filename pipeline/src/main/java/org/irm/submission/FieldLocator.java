package org.irm.submission;

import java.util.List;
import java.util.Optional;
import org.irm.catalogue.FieldId;
import org.irm.checklist.ChecklistManifest;
import org.irm.checklist.FieldMapEntry;
import org.irm.checklist.FieldMarks;
import org.irm.docx.Anchor;
import org.irm.docx.ContentControl;

/**
 * Says which field of a checklist a content control, comment or tracked change belongs to, by the
 * control's tag, else by our bookmarks open at that place, through the checklist's field map.
 */
final class FieldLocator {

    private final List<ContentControl> controls;
    private final ChecklistManifest manifest;

    /** @param manifest the checklist's field map, or null for a file that is not ours (tags only) */
    FieldLocator(List<ContentControl> controls, ChecklistManifest manifest) {
        this.controls = controls;
        this.manifest = manifest;
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

    private Optional<FieldId> byBookmarks(List<String> bookmarks) {
        if (manifest == null) {
            return Optional.empty();
        }
        // Innermost first: the last bookmark opened is the closest to the place.
        for (int i = bookmarks.size() - 1; i >= 0; i--) {
            Optional<FieldMapEntry> entry = manifest.byBookmark(bookmarks.get(i));
            if (entry.isPresent()) {
                return Optional.of(entry.get().field());
            }
        }
        return Optional.empty();
    }
}
