package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.catalogue.QuestionKind;
import org.irm.docx.Bookmark;
import org.irm.docx.ContentControl;
import org.irm.docx.ControlKind;
import org.irm.docx.ControlLevel;
import org.irm.docx.DocxReading;
import org.irm.docx.ListItem;
import org.irm.docx.PartKind;
import org.irm.docx.PickerDetails;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.FieldMarks;
import org.irm.register.Answer;
import org.irm.register.FoundBy;
import org.junit.jupiter.api.Test;

class AnswerExtractorTest {

    private static final FieldId COMPLIANCE = FieldId.parse("uncac.9.1.a/compliance");
    private static final FieldId MEASURES = FieldId.parse("uncac.9.1.a/measures");
    private static final FieldId OTHER = FieldId.parse("uncac.9.1.a/challenges#other");
    private static final FieldId SUBMITTED_ON = FieldId.parse("uncac.general/submittedOn");

    private final AnswerExtractor extractor = new AnswerExtractor();

    @Test
    void findsAnswersByTagAndReadsTheListValueNotItsDisplayText() {
        DocxReading reading = reading(List.of(
                control(0, FieldMarks.tag(COMPLIANCE), ControlKind.DROPDOWN, "Yes, in part", null, "partly", List.of()),
                control(1, FieldMarks.tag(MEASURES), ControlKind.RICH_TEXT, "Law 12/2019", null, null, List.of()),
                control(2, FieldMarks.tag(OTHER), ControlKind.CHECKBOX, "\u2612", true, null, List.of())), List.of());

        Extraction extraction = extractor.extract(reading, manifest());

        assertThat(extraction.answers()).extracting(Answer::fieldId, Answer::value, Answer::foundBy).containsExactly(
                Tuple.tuple(COMPLIANCE, "partly", FoundBy.TAG),
                Tuple.tuple(MEASURES, "Law 12/2019", FoundBy.TAG),
                Tuple.tuple(OTHER, "true", FoundBy.TAG));
        assertThat(extraction.missing()).isEmpty();
    }

    @Test
    void fallsBackToTheBookmarkWhenLibreOfficeDroppedTheTag() {
        DocxReading reading = reading(List.of(
                control(0, null, ControlKind.RICH_TEXT, "Law 12/2019", null, null,
                        List.of(FieldMarks.bookmark(MEASURES)))), List.of(
                new Bookmark(FieldMarks.bookmark(OTHER), PartKind.BODY, "\u2612 Other", null)));

        Extraction extraction = extractor.extract(reading, manifest());

        assertThat(extraction.answers()).extracting(Answer::fieldId, Answer::value, Answer::foundBy).containsExactly(
                Tuple.tuple(MEASURES, "Law 12/2019", FoundBy.BOOKMARK),
                Tuple.tuple(OTHER, "true", FoundBy.BOOKMARK));
        assertThat(extraction.missing()).containsExactly(COMPLIANCE);
    }

    @Test
    void libreOfficesRepeatedCopiesOfAnArabicInlineControlDoNotRepeatTheAnswer() {
        String answer = "\u0627\u0644\u0645\u0627\u062f\u0629 12";
        DocxReading reading = reading(List.of(
                control(0, null, ControlKind.RICH_TEXT, answer, null, null, List.of(FieldMarks.bookmark(MEASURES)))),
                List.of(new Bookmark(FieldMarks.bookmark(MEASURES), PartKind.BODY,
                        answer + "\u0627\u0644\u0645" + answer + " 12" + answer + "\nSecond paragraph", 0)));

        assertThat(extractor.extract(reading, manifest()).answers())
                .filteredOn(a -> a.fieldId().equals(MEASURES)).singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualTo(answer + "\nSecond paragraph"));
    }

    @Test
    void usesFieldMapPositionsOnlyWhileTheControlsAreStillOnePerField() {
        List<ContentControl> untagged = List.of(
                control(0, null, ControlKind.DROPDOWN, "No", null, "no", List.of()),
                control(1, null, ControlKind.RICH_TEXT, "None yet", null, null, List.of()),
                control(2, null, ControlKind.CHECKBOX, "\u2610", false, null, List.of()));

        assertThat(extractor.extract(reading(untagged, List.of()), manifest()).answers())
                .extracting(Answer::value, Answer::foundBy)
                .containsExactly(Tuple.tuple("no", FoundBy.FIELD_MAP),
                        Tuple.tuple("None yet", FoundBy.FIELD_MAP),
                        Tuple.tuple("false", FoundBy.FIELD_MAP));
        assertThat(extractor.extract(reading(untagged.subList(0, 2), List.of()), manifest()).missing())
                .containsExactly(COMPLIANCE, MEASURES, OTHER);
    }

    @Test
    void aControlStillShowingItsPlaceholderIsAnEmptyAnswer() {
        ContentControl placeholder = new ContentControl(0, null, FieldMarks.tag(MEASURES), null, ControlKind.RICH_TEXT,
                ControlLevel.BLOCK, PartKind.BODY, "Click or tap here to enter text.", null, null, null, List.of(),
                true, false, List.of());

        assertThat(AnswerExtractor.valueOf(manifest().fields().get(1), placeholder, new WrittenDates(Language.EN))).isEmpty();
    }

    @Test
    void aDatePickerShowingItsPlaceholderReadsTheDateItStoredWithoutAFinding() {
        FieldMapEntry date = new FieldMapEntry(SUBMITTED_ON, FieldMarks.bookmark(SUBMITTED_ON), QuestionKind.DATE, 0,
                "Click or tap to enter a date.", Map.of());
        ContentControl picker = new ContentControl(0, null, FieldMarks.tag(SUBMITTED_ON), null, ControlKind.DATE,
                ControlLevel.RUN, PartKind.BODY, "Click or tap to enter a date.", null, null, "2025-01-15", List.of(),
                true, false, List.of(), new PickerDetails(null, null, "yyyy-MM-dd", "en", "gregorian"));

        AnswerExtractor.ControlAnswer read = AnswerExtractor.read(date, picker, new WrittenDates(Language.EN));

        assertThat(read.value()).isEqualTo("2025-01-15");
        assertThat(read.storedDiffers()).isFalse();
    }

    @Test
    void aCheckBoxShowingNoGlyphReadsTheStateItStored() {
        ContentControl box = new ContentControl(2, null, FieldMarks.tag(OTHER), null, ControlKind.CHECKBOX,
                ControlLevel.RUN, PartKind.BODY, "x", true, null, null, List.of(), false, false, List.of(),
                new PickerDetails(null, null, null, null, null));

        assertThat(AnswerExtractor.valueOf(manifest().fields().get(2), box, new WrittenDates(Language.EN))).isEqualTo("true");
    }

    private static ChecklistManifest manifest() {
        ChecklistIdentity identity = new ChecklistIdentity(UUID.randomUUID(), "R-1", "KEN", "uncac", 2, Language.EN,
                "2.0", null, Instant.parse("2026-11-23T00:00:00Z"), null);
        return new ChecklistManifest(identity, List.of(
                new FieldMapEntry(COMPLIANCE, FieldMarks.bookmark(COMPLIANCE), QuestionKind.CHOICE, 0),
                new FieldMapEntry(MEASURES, FieldMarks.bookmark(MEASURES), QuestionKind.LONG_TEXT, 1),
                new FieldMapEntry(OTHER, FieldMarks.bookmark(OTHER), QuestionKind.CODES, 2)));
    }

    private static DocxReading reading(List<ContentControl> controls, List<Bookmark> bookmarks) {
        return new DocxReading("Test", Map.of(), List.of(), controls, List.of(), List.of(), bookmarks);
    }

    private static ContentControl control(int index, String tag, ControlKind kind, String text, Boolean checked,
                                          String value, List<String> bookmarks) {
        List<ListItem> items = kind == ControlKind.DROPDOWN
                ? List.of(new ListItem("Yes", "yes"), new ListItem("Yes, in part", "partly"), new ListItem("No", "no"))
                : List.of();
        return new ContentControl(index, null, tag, null, kind, ControlLevel.BLOCK, PartKind.BODY, text, checked, value,
                null, items, false, false, bookmarks);
    }
}
