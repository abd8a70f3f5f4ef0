package org.irm.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the story readers of one package have found so far; turned into a {@link DocxReading} at the end. */
final class Collected {

    private final List<ContentControl> controls = new ArrayList<>();
    private final List<Revision> revisions = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private final List<BookmarkedTable> tables = new ArrayList<>();
    private final List<CommentDraft> comments = new ArrayList<>();
    private final Map<String, Anchor> commentAnchors = new HashMap<>();
    private final Map<String, String> parentParaIdByParaId = new HashMap<>();
    private final Map<String, Boolean> doneByParaId = new HashMap<>();

    int nextControlIndex() {
        return controls.size();
    }

    /** Keeps the control's place so parents come before their children in document order. */
    void reserveControl(ControlDraft draft) {
        controls.add(null);
    }

    void finishControl(ControlDraft draft) {
        controls.set(draft.index, draft.finish());
    }

    void revision(Revision revision) {
        revisions.add(revision);
    }

    void bookmark(Bookmark bookmark) {
        bookmarks.add(bookmark);
    }

    /** The range start is where a comment sits; its reference mark only when it has no range. */
    void commentStart(String id, Anchor anchor, boolean range) {
        if (id == null) {
            return;
        }
        if (range) {
            commentAnchors.put(id, anchor);
        } else {
            commentAnchors.putIfAbsent(id, anchor);
        }
    }

    void comment(CommentDraft comment) {
        comments.add(comment);
    }

    void commentThread(String paraId, String parentParaId, boolean done) {
        if (parentParaId != null) {
            parentParaIdByParaId.put(paraId, parentParaId);
        }
        doneByParaId.put(paraId, done);
    }

    List<ContentControl> controls() {
        // A control left open by a broken file has no record; drop its placeholder.
        List<ContentControl> finished = new ArrayList<>(controls.size());
        for (ContentControl control : controls) {
            if (control != null) {
                finished.add(control);
            }
        }
        return finished;
    }

    List<Revision> revisions() {
        return revisions;
    }

    void table(BookmarkedTable table) {
        tables.add(table);
    }

    List<BookmarkedTable> tables() {
        return tables;
    }

    List<Bookmark> bookmarks() {
        return bookmarks;
    }

    /** Comments with their thread parents resolved through the paragraph ids of commentsExtended. */
    List<Comment> comments() {
        Map<String, String> idByParaId = new HashMap<>();
        comments.stream().filter(c -> c.paraId != null).forEach(c -> idByParaId.put(c.paraId, c.id));
        List<Comment> result = new ArrayList<>();
        for (CommentDraft c : comments) {
            String parentPara = c.paraId == null ? null : parentParaIdByParaId.get(c.paraId);
            result.add(new Comment(c.id, c.author, c.initials, c.date, c.text.toString(),
                    parentPara == null ? null : idByParaId.get(parentPara),
                    c.paraId != null && doneByParaId.getOrDefault(c.paraId, false),
                    commentAnchors.getOrDefault(c.id, Anchor.NONE)));
        }
        return result;
    }
}
