package org.irm.contributors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.FieldMarks;
import org.irm.register.ContributorInput;
import org.irm.register.Contributors;
import org.irm.review.ReviewDesk;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.irm.testsupport.LibreOffice;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.2's acceptance: a contributor's form filled in LibreOffice through its own API (UNO: the
 * placeholder of each input field clicked and typed over, saved as .docx; the shared runner
 * src/test/resources/libreoffice/followup_form.py) and mailed from the contributor's address is
 * registered apart from the State's answers; the review copy shows it only for the provision the State
 * shared; the contributor's address sending the State's checklist is refused with its own code.
 * LibreOffice drops the controls' tags, so this also proves the bookmarks carry the form.
 */
class ContributorFormLibreOfficeIT {

    static final Instant RETURNED = Instant.parse("2027-02-10T08:00:00Z");

    @TempDir
    Path home;

    @Test
    void aFormFilledInLibreOfficeIsRegisteredApartAndReviewersSeeOnlyWhatTheStateShared() throws Exception {
        LibreOffice.require();
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String shared = ContributorsFixture.provisionsOf(9).get(0);
        String kept = ContributorsFixture.provisionsOf(9).get(1);
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(shared, kept), List.of(shared), List.of(shared));
        Path filled = home.resolve("lo").resolve("contribution-lo.docx");

        LibreOffice.fillFollowUpForm(issued.file(), filled, List.of(
                Map.of("bookmark", FieldMarks.bookmark(ContributorFields.input(shared)), "fill", "Audits find few open tenders."),
                Map.of("bookmark", FieldMarks.bookmark(ContributorFields.input(kept)), "fill", "Our own survey, for the State.")),
                List.of());
        Acknowledgement taken = fixture.mail(filled, ContributorsFixture.NGO, RETURNED);

        assertThat(WordText.of(filled).part("word/document.xml")).as("LibreOffice drops the tags")
                .doesNotContain(FieldMarks.tag(ContributorFields.input(shared)));
        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(new Contributors(fixture.register()).current("KEN", false))
                .extracting(ContributorInput::provisionId, ContributorInput::text)
                .containsExactly(tuple(shared, "Audits find few open tenders."),
                        tuple(kept, "Our own survey, for the State."));
        ReviewDesk desk = ReviewDesk.from(fixture.config(), ContributorsFixture.CLOCK)
                .withSections(List.of(ContributorsInReviewCopy.from(fixture.config(), fixture.register())));
        List<String> copy = WordText.of(desk.reviewCopy(StateList.load(TemplateSource.bundled()).find("KEN").orElseThrow(),
                "uncac-2-KEN", Language.EN, ChecklistIdentity.SECRETARIAT, Map.of(), home.resolve("copies")).file()).paragraphs();
        assertThat(copy).contains("Audits find few open tenders.").doesNotContain("Our own survey, for the State.");

        Acknowledgement checklistFromContributor = fixture.mail(fixture.anotherKenyaReturn("checklist-by-ngo.docx"), ContributorsFixture.NGO,
                RETURNED.plusSeconds(60));
        assertThat(checklistFromContributor.reasonCode()).isEqualTo("CONTRIBUTOR_ADDRESS");
    }
}
