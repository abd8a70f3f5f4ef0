package org.irm.contributors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.TemplateSource;
import org.irm.identity.ChecklistIdentity;
import org.irm.register.Contributors;
import org.irm.review.ReviewDesk;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContributorsInReviewCopyTest {

    static final Instant RETURNED = Instant.parse("2027-02-10T08:00:00Z");

    @TempDir
    Path home;

    @Test
    void theReviewCopyListsContributorsInputOnlyForTheProvisionsTheStateShared() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String shared = ContributorsFixture.provisionsOf(9).get(0);
        String kept = ContributorsFixture.provisionsOf(9).get(1);
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(shared, kept), List.of(), List.of(shared));
        fixture.mail(fixture.fill(issued.file(), Map.of(shared, "Shared with reviewers.", kept, "For the State only."),
                "input.docx"), ContributorsFixture.NGO, RETURNED);

        List<String> copy = reviewCopy(fixture);

        assertThat(copy).contains("Input from contributors (academia, private sector, civil society)",
                "Transparency Kenya (Civil society), received on 10 February 2027", "Shared with reviewers.");
        assertThat(copy).doesNotContain("For the State only.");
    }

    @Test
    void aWithdrawnContributorsInputAndAnUnsharedFormLeaveNoSection() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String provision = ContributorsFixture.provisionsOf(9).get(0);
        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(provision), List.of(), List.of(provision));
        fixture.mail(fixture.fill(issued.file(), Map.of(provision, "Shared, then withdrawn."), "input.docx"),
                ContributorsFixture.NGO, RETURNED);
        new Contributors(fixture.register()).withdraw("KEN", ContributorsFixture.NGO, "test", RETURNED.plusSeconds(60));

        assertThat(reviewCopy(fixture)).noneMatch(p -> p.contains("Input from contributors") || p.contains("Shared, then withdrawn."));
    }

    private List<String> reviewCopy(ContributorsFixture fixture) throws Exception {
        ReviewDesk desk = ReviewDesk.from(fixture.config(), ContributorsFixture.CLOCK)
                .withSections(List.of(ContributorsInReviewCopy.from(fixture.config(), fixture.register())));
        ReviewDesk.Copy copy = desk.reviewCopy(StateList.load(TemplateSource.bundled()).find("KEN").orElseThrow(),
                "uncac-2-KEN", Language.EN, ChecklistIdentity.SECRETARIAT, Map.of(), home.resolve("copies"));
        return WordText.of(copy.file()).paragraphs();
    }
}
