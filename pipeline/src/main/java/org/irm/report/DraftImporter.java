package org.irm.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.irm.docx.Bookmark;
import org.irm.docx.ContentControl;
import org.irm.docx.DocxReader;
import org.irm.docx.DocxReading;
import org.irm.docx.RefusedDocumentException;
import org.irm.identity.IdentitySeal;
import org.irm.register.ReportBlockVersion;
import org.irm.register.ReportRecords;

/**
 * Takes back a report draft the secretariat edited in Word: every block whose text differs from
 * what the draft showed becomes the block's next version in the register, attributed to its
 * editor and the file, in the language the block's text was in. The next regeneration shows it in
 * every draft that shows that text (see {@link ShownText}). Blocks left as they were, and edits
 * already taken from an earlier drop of the same text, change nothing; taking a file twice is safe.
 *
 * <p>Word keeps the blocks' content-control tags; LibreOffice drops tags but keeps bookmarks and
 * the custom XML part, so a block whose tag is gone is found by the bookmark around it, through
 * the block map of the draft's identity part.
 */
public final class DraftImporter {

    private final ReportRecords records;
    private final IdentitySeal seal;
    private final Clock clock;
    private final DocxReader reader = new DocxReader();

    /** @param seal the secretariat's key, which sealed the drafts this register wrote */
    public DraftImporter(ReportRecords records, IdentitySeal seal, Clock clock) {
        this.records = records;
        this.seal = seal;
        this.clock = clock;
    }

    /**
     * A draft refused because its identity is not the one the pipeline sealed: its seal does not
     * verify under the secretariat's key (forged, altered, or written by a pipeline with another
     * key), or its identity part and its custom document properties say different things.
     */
    public static final class ForgedDraftException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ForgedDraftException(String message) {
            super(message);
        }
    }

    /**
     * What a draft brought back.
     *
     * @param edited    the block keys recorded as new versions
     * @param unchanged how many tagged blocks were as the draft showed them (or as already recorded)
     * @param unknown   tags the draft's identity did not list (blocks copied in from another draft)
     */
    public record Imported(DraftIdentity draft, List<String> edited, int unchanged, List<String> unknown) { }

    /** True when a read Word file is one of our report drafts (its identity part is there): the desk's test. */
    public static boolean isReportDraft(DocxReading reading) {
        return reading.customXmlParts().stream().anyMatch(xml -> xml.contains(DraftIdentity.NAMESPACE));
    }

    /**
     * Reads a dropped-back draft and records its edits.
     *
     * @param author who edited it, as the register attributes the new versions
     * @throws RefusedDocumentException when the file is not a readable Word document
     * @throws IllegalArgumentException when it is not a report draft, or one of another register
     */
    public Imported importDraft(Path file, String author) throws RefusedDocumentException, IOException {
        DocxReading reading = reader.read(file);
        return importDraft(reading, file.getFileName().toString(), ReportService.sha256(Files.readAllBytes(file)), author);
    }

    /** Records the edits of a draft already read (the desk has read it to identify it). */
    public Imported importDraft(DocxReading reading, String fileName, String sha256, String author) {
        DraftIdentity draft = DraftIdentity.of(reading).orElseThrow(() -> new IllegalArgumentException(
                fileName + " is not a report draft written by the pipeline (it has no report identity part)."));
        verify(draft, reading.customProperties(), fileName);
        List<ReportBlockVersion> versions = records.versions(draft.reviewId());
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(fileName + " is a draft of review " + draft.reviewId()
                    + ", which this register has no report blocks for: was it written by another pipeline?");
        }
        List<String> edited = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int unchanged = 0;
        Map<String, String> texts = new LinkedHashMap<>();
        for (ContentControl control : reading.contentControls()) {
            if (control.tag() != null && control.tag().startsWith(BlockKey.TAG_PREFIX)) {
                texts.putIfAbsent(control.tag(), control.text());
            }
        }
        // LibreOffice drops the tags: a block not found by its tag is found by its bookmark, through the block map.
        // The bookmark's range, not the control, is read: LibreOffice keeps only a block's first paragraph in the control.
        for (Bookmark bookmark : reading.bookmarks()) {
            if (bookmark.name() != null && bookmark.name().startsWith(BlockKey.BOOKMARK_PREFIX)) {
                draft.tagOfBookmark(bookmark.name()).ifPresent(tag -> texts.putIfAbsent(tag, bookmark.text()));
            }
        }
        for (Map.Entry<String, String> found : texts.entrySet()) {
            Optional<BlockKey> key = BlockKey.parse(found.getKey());
            if (key.isEmpty()) {
                continue;
            }
            ReportComposer.ShownBlock shown = draft.blocks().get(found.getKey());
            if (shown == null) {
                unknown.add(key.get().toString());
                continue;
            }
            List<String> paragraphs = ReportComposer.paragraphs(found.getValue());
            String text = String.join("\n", paragraphs);
            // The digest, not Word's placeholder flag, decides: an editor that forgets to clear the flag loses no edit.
            if (ReportComposer.digest(paragraphs).equals(shown.digest())
                    || alreadyRecorded(versions, key.get(), text, shown)) {
                unchanged++;
                continue;
            }
            records.recordEdit(draft.reviewId(), key.get().toString(), text, shown.textLanguage(), author, fileName, sha256,
                    clock.instant());
            edited.add(key.get().toString());
        }
        return new Imported(draft, edited, unchanged, unknown);
    }

    /** Both copies of the identity agree and the seal verifies, or the draft is refused before anything is recorded. */
    private void verify(DraftIdentity draft, Map<String, String> properties, String fileName) {
        List<String> differences = new ArrayList<>();
        draft.properties().forEach((name, value) -> {
            String property = properties.get(DraftIdentity.PROPERTY_PREFIX + name);
            if (!Objects.equals(property, value)) {
                differences.add(property == null ? "the document property " + DraftIdentity.PROPERTY_PREFIX + name
                        + " is missing" : "the document property " + DraftIdentity.PROPERTY_PREFIX + name + " says '"
                        + property + "' where the identity part says '" + value + "'");
            }
        });
        if (!differences.isEmpty()) {
            throw new ForgedDraftException(fileName + " is refused: its report identity was changed (" + String.join("; ",
                    differences) + "). Take back a draft the pipeline wrote, edited in its blocks only.");
        }
        if (draft.seal().isEmpty() || !seal.verifies(draft.sealedValues(), draft.seal())) {
            throw new ForgedDraftException(fileName + " is refused: its seal does not match its report identity, so it "
                    + "was altered or not written by this pipeline (or written under another key). Regenerate the draft "
                    + "with irm report and edit that one.");
        }
    }

    private static boolean alreadyRecorded(List<ReportBlockVersion> versions, BlockKey key, String text,
                                           ReportComposer.ShownBlock shown) {
        ReportBlockVersion latest = null;
        for (ReportBlockVersion version : versions) {
            if (version.blockKey().equals(key.toString()) && version.edited() && version.textLanguage() == shown.textLanguage()) {
                latest = version;
            }
        }
        return latest != null && latest.text().equals(text);
    }
}
