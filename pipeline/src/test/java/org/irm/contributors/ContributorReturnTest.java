package org.irm.contributors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.register.ContributorCount;
import org.irm.register.ContributorInput;
import org.irm.register.Contributors;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Disposition;
import org.irm.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContributorReturnTest {

    static final Instant RETURNED = Instant.parse("2027-02-10T08:00:00Z");

    @TempDir
    Path home;

    @Test
    void aFormMailedFromTheContributorsAddressIsRegisteredApartFromTheStatesAnswers() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String provision = ContributorsFixture.provisionsOf(9).get(0);
        MasterChecklist before = new MasterChecklists(fixture.register()).forReview("uncac-2-KEN").orElseThrow();
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(provision), List.of(), List.of());
        Path filled = fixture.fill(issued.file(), Map.of(provision, "Tenders above the threshold are rarely published."),
                "contribution.docx");

        Acknowledgement taken = fixture.mail(filled, ContributorsFixture.NGO, RETURNED);

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
        assertThat(taken.reply().to()).isEqualTo(ContributorsFixture.NGO);
        assertThat(taken.reply().body()).contains("version 1").contains("Transparency Kenya (Civil society)");
        assertThat(taken.filesWritten()).singleElement().satisfies(receipt -> assertThat(Files.readString(receipt))
                .contains("Your input is received"));
        List<ContributorInput> current = new Contributors(fixture.register()).current("KEN", false);
        assertThat(current).singleElement().satisfies(input -> {
            assertThat(input.provisionId()).isEqualTo(provision);
            assertThat(input.text()).isEqualTo("Tenders above the threshold are rarely published.");
            assertThat(input.contributor().organisation()).isEqualTo("Transparency Kenya");
            assertThat(input.contributor().kind()).isEqualTo("civil-society");
        });
        MasterChecklist after = new MasterChecklists(fixture.register()).forReview("uncac-2-KEN").orElseThrow();
        assertThat(after.versions()).as("the State's checklist has no new version").hasSameSizeAs(before.versions());
        assertThat(after.current().keySet()).isEqualTo(before.current().keySet());
        assertThat(after.current().values()).extracting(a -> a.value())
                .doesNotContain("Tenders above the threshold are rarely published.");
    }

    @Test
    void aSecondReturnSupersedesTheFirstWhichIsKept() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String provision = ContributorsFixture.provisionsOf(9).get(0);
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(provision), List.of(), List.of());
        fixture.mail(fixture.fill(issued.file(), Map.of(provision, "First thoughts."), "first.docx"), ContributorsFixture.NGO,
                RETURNED);

        Acknowledgement second = fixture.mail(fixture.fill(issued.file(), Map.of(provision, "Considered view."), "second.docx"),
                ContributorsFixture.NGO, RETURNED.plusSeconds(3600));

        assertThat(second.message()).contains("version 2");
        Contributors contributors = new Contributors(fixture.register());
        assertThat(contributors.current("KEN", false)).extracting(ContributorInput::text).containsExactly("Considered view.");
        assertThat(contributors.history(issued.form().id())).as("every return kept")
                .extracting(ContributorInput::version, ContributorInput::text)
                .containsExactly(tuple(1, "First thoughts."),
                        tuple(2, "Considered view."));
    }

    @Test
    void aFormDroppedInTheStatesFolderIsTaken() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String provision = ContributorsFixture.provisionsOf(9).get(0);
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "University of Nairobi",
                ContributorKind.ACADEMIA, List.of(provision), List.of(), List.of());

        Acknowledgement taken = fixture.drop(fixture.fill(issued.file(), Map.of(provision, "A study."), "folder.docx"), "KEN",
                RETURNED);

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
    }

    @Test
    void aFormMailedFromAnotherAddressIsRefusedAsNotTheContributors() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String provision = ContributorsFixture.provisionsOf(9).get(0);
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(provision), List.of(), List.of());
        Path filled = fixture.fill(issued.file(), Map.of(provision, "Forged."), "forged.docx");

        Acknowledgement refused = fixture.mail(filled, "someone@example.org", RETURNED);

        assertThat(refused.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(refused.reasonCode()).isEqualTo("NOT_THE_CONTRIBUTOR");
        assertThat(refused.reply().body()).contains("not the address");
        assertThat(new Contributors(fixture.register()).current("KEN", true)).isEmpty();
    }

    @Test
    void aWithdrawnContributorsFormIsRefused() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String provision = ContributorsFixture.provisionsOf(9).get(0);
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(provision), List.of(), List.of());
        new Contributors(fixture.register()).withdraw("KEN", ContributorsFixture.NGO, "test", RETURNED.minusSeconds(60));

        Acknowledgement refused = fixture.mail(fixture.fill(issued.file(), Map.of(provision, "Late."), "late.docx"),
                ContributorsFixture.NGO, RETURNED);

        assertThat(refused.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(refused.reasonCode()).isEqualTo("CONTRIBUTOR_WITHDRAWN");
        assertThat(refused.reply().body()).contains("withdrew its invitation of Transparency Kenya");
    }

    @Test
    void aContributorsAddressSubmittingTheStatesChecklistIsRefusedWithItsOwnCode() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        fixture.invite(ContributorsFixture.NGO, "Transparency Kenya", ContributorKind.CIVIL_SOCIETY,
                ContributorsFixture.provisionsOf(9), List.of(), List.of());
        Path checklist = fixture.anotherKenyaReturn("checklist-by-ngo.docx");

        Acknowledgement refused = fixture.mail(checklist, ContributorsFixture.NGO, RETURNED);

        assertThat(refused.disposition()).isEqualTo(Disposition.REFUSED);
        assertThat(refused.reasonCode()).isEqualTo("CONTRIBUTOR_ADDRESS");
        assertThat(refused.reply().to()).isEqualTo(ContributorsFixture.NGO);
        assertThat(refused.reply().body()).contains("a contributor cannot submit the State's checklist");
        assertThat(new MasterChecklists(fixture.register()).forReview("uncac-2-KEN").orElseThrow().versions())
                .as("only the focal point's return").hasSize(1);
    }

    @Test
    void inputIsCountedPerStateKindAndProvision() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String first = ContributorsFixture.provisionsOf(9).get(0);
        String second = ContributorsFixture.provisionsOf(9).get(1);
        ContributorForms.Issued ngo = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(first, second), List.of(), List.of());
        ContributorForms.Issued university = fixture.invite("dean@uonbi.ac.ke", "University of Nairobi",
                ContributorKind.ACADEMIA, List.of(first), List.of(), List.of());
        fixture.mail(fixture.fill(ngo.file(), Map.of(first, "One.", second, ""), "ngo.docx"), ContributorsFixture.NGO, RETURNED);
        fixture.mail(fixture.fill(university.file(), Map.of(first, "Two."), "uni.docx"), "dean@uonbi.ac.ke", RETURNED);

        assertThat(new Contributors(fixture.register()).counts()).containsExactly(
                new ContributorCount("KEN", "academia", first, 1),
                new ContributorCount("KEN", "civil-society", first, 1));
    }

    @Test
    void theSameChecklistSentAgainFromTheFocalPointIsTakenAfterTheContributorsAddressWasRefused() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        fixture.invite(ContributorsFixture.NGO, "Transparency Kenya", ContributorKind.CIVIL_SOCIETY,
                ContributorsFixture.provisionsOf(9), List.of(), List.of());
        Path checklist = fixture.anotherKenyaReturn("checklist-v2.docx");
        assertThat(fixture.mail(checklist, ContributorsFixture.NGO, RETURNED).reasonCode()).isEqualTo("CONTRIBUTOR_ADDRESS");

        Acknowledgement taken = fixture.mail(checklist, ContributorsFixture.FOCAL_POINT, RETURNED.plusSeconds(600));

        assertThat(taken.disposition()).as(taken.message()).isEqualTo(Disposition.REGISTERED);
    }

    @Test
    void aFormTurnedIntoAnotherContributorsFormIsRefusedForItsSeal() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String provision = ContributorsFixture.provisionsOf(9).get(0);
        ContributorForms.Issued ngo = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(provision), List.of(), List.of());
        ContributorForms.Issued university = fixture.invite("dean@uonbi.ac.ke", "University of Nairobi",
                ContributorKind.ACADEMIA, List.of(provision), List.of(), List.of());
        Path filled = fixture.fill(ngo.file(), Map.of(provision, "Said by the NGO, as the university."), "forged.docx");
        Path oneCopy = Zips.edit(filled, "docProps/custom.xml", xml -> xml.replace(ngo.form().id(), university.form().id()),
                home.resolve("forged-1.docx"));
        Path forged = Zips.edit(oneCopy, "customXml/item1.xml", xml -> xml.replace(ngo.form().id(), university.form().id()),
                home.resolve("forged-2.docx"));

        Acknowledgement refused = fixture.drop(forged, "KEN", RETURNED);

        assertThat(refused.reasonCode()).isEqualTo("BAD_SEAL");
        assertThat(new Contributors(fixture.register()).current("KEN", true)).isEmpty();
    }
}
