package org.irm.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.identity.FieldMarks;
import org.irm.register.DialogueAnswer;
import org.irm.register.DialogueQuestion;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.irm.testsupport.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question list answered in LibreOffice (which drops every content control's tag and renumbers ids)
 * comes back through the desk with each answer attached to its question: found by its bookmark and the
 * list's field map. Arabic, right to left, so the placeholder and the typed answer are read alike.
 */
class DialogueLibreOfficeIT {

    @TempDir
    Path home;

    @Test
    void aListAnsweredInLibreOfficeIsReadBackByItsBookmarks() throws Exception {
        LibreOffice.require();
        DialogueFixture fixture = new DialogueFixture(home, Map.of());
        DialogueQuestion first = fixture.ask("9.1", "FRA", "هل السجل علني؟");
        DialogueQuestion second = fixture.ask("5.1", null, "Has the policy been evaluated?");
        DialogueDesk.Written list = fixture.send(Language.AR);

        Path answered = home.resolve("answered").resolve("answered-in-libreoffice.docx");
        // LibreOffice keeps no block-level control: it shows the answer's placeholder inside the bookmark, typed over.
        LibreOffice.fillFollowUpForm(list.file(), answered, List.of(Map.of("bookmark",
                FieldMarks.bookmark(DialogueFields.answer(first)), "fill", "نعم، على البوابة الإلكترونية.")), List.of());
        Acknowledgement taken = fixture.drop(answered, "KEN", Instant.parse("2027-04-20T08:00:00Z"));

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(fixture.reread(first).answer()).map(DialogueAnswer::text).contains("نعم، على البوابة الإلكترونية.");
        assertThat(fixture.reread(second).open()).as("its placeholder is no answer").isTrue();
    }
}
