package org.irm.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.register.MasterChecklists;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A date typed over its picker and a date that is no date are findings like the others: in the
 * receipt, as a comment on the field in the copy sent back, and in the register.
 */
class DateFindingsAnsweredTest {

    static final FieldId SUBMITTED_ON = FieldId.parse("uncac.general/submittedOn");

    @TempDir
    Path home;
    DeskFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new DeskFixture(home);
    }

    @Test
    void aDateTypedOverItsPickerIsRegisteredAsShownAndTheStateIsAskedToConfirmIt() throws Exception {
        // DeskFixture.complete answers 2027-02-14, stored by the picker and shown; the State then typed another day over it.
        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(returned("France.docx", "20 février 2027")));

        assertThat(receipt(ack)).contains("20 février 2027", "14 février 2027", "vérifiez");
        assertThat(comments(ack)).singleElement().satisfies(comment -> {
            assertThat(comment.fieldId()).isEqualTo(SUBMITTED_ON.toString());
            assertThat(comment.text()).contains("« 20 février 2027 »", "« 14 février 2027 »");
        });
        assertThat(new MasterChecklists(fixture.register()).forState("FRA").orElseThrow().answer(SUBMITTED_ON)
                .orElseThrow().value()).isEqualTo("2027-02-20");
    }

    @Test
    void aDateThatIsNoDateIsAFindingInTheReceiptAndTheCopySentBack() throws Exception {
        Acknowledgement ack = fixture.desk().take(DeskFixture.dropped(returned("France.docx", "bientôt")));

        assertThat(receipt(ack)).contains("« bientôt » n'est pas une date");
        assertThat(comments(ack)).singleElement().satisfies(comment -> {
            assertThat(comment.fieldId()).isEqualTo(SUBMITTED_ON.toString());
            assertThat(comment.text()).contains("« bientôt » n'est pas une date", "6 mars 2025");
        });
        assertThat(ack.message()).contains("1 findings");
    }

    /** A complete French return whose date field shows the given text instead of the date its picker stored. */
    private Path returned(String name, String shownDate) throws Exception {
        Path filled = fixture.completeReturn("FRA", Language.FR, "filled-" + name);
        return Zips.edit(filled, "word/document.xml", xml -> xml.replace(">2027-02-14<", ">" + shownDate + "<"),
                filled.resolveSibling(name));
    }

    private static String receipt(Acknowledgement ack) throws Exception {
        return Files.readString(ack.filesWritten().get(0));
    }

    private List<InspectionReport.CommentItem> comments(Acknowledgement ack) {
        Path annotated = ack.reply().attachments().get(0);
        return new DocumentInspector(Checklists.SEAL, new CatalogueShelf(fixture.config().templates(), Checklists.labels()))
                .inspect(annotated).report().orElseThrow().comments();
    }
}
