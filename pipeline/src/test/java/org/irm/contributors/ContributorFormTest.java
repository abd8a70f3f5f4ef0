package org.irm.contributors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.irm.catalogue.FieldId;
import org.irm.docx.DocxReader;
import org.irm.identity.FieldMapEntry;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentityVerifier;
import org.irm.testsupport.Checklists;
import org.irm.testsupport.WordText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContributorFormTest {

    @TempDir
    Path home;

    @Test
    void aFormAsksOnlyTheChosenProvisionsSealedForItsStateAndContributor() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        List<String> article9 = ContributorsFixture.provisionsOf(9);
        List<String> article10 = ContributorsFixture.provisionsOf(10);

        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of("9", "10"), List.of(), List.of());

        IdentityCheck identity = new IdentityVerifier(Checklists.SEAL).check(new DocxReader().read(issued.file()));
        assertThat(identity.valid()).as(identity.message()).isTrue();
        assertThat(identity.identity().orElseThrow().catalogueVersion()).isEqualTo(ContributorFields.FORM_FORMAT);
        assertThat(identity.identity().orElseThrow().state()).isEqualTo("KEN");
        assertThat(identity.identity().orElseThrow().checklistId().toString()).isEqualTo(issued.form().id());
        assertThat(identity.manifest().fields()).extracting(FieldMapEntry::field).extracting(FieldId::provisionId)
                .containsExactlyElementsOf(concat(article9, article10));
        assertThat(issued.file()).startsWith(fixture.outbox().resolve("KEN").resolve("contributors"));
        assertThat(fixture.register().checklist(identity.identity().get().checklistId()))
                .as("a contributor's form is no checklist of the State").isEmpty();
    }

    @Test
    void theStatesAnswersAreShownReadOnlyOnlyWhereTheStateAllows() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();
        String shown = ContributorsFixture.provisionsOf(9).get(0);
        String hidden = ContributorsFixture.provisionsOf(10).get(0);

        ContributorForms.Issued issued = fixture.invite(ContributorsFixture.NGO, "Transparency Kenya",
                ContributorKind.CIVIL_SOCIETY, List.of(shown, hidden), List.of(shown), List.of());

        String text = String.join("\n", WordText.of(issued.file()).paragraphs());
        assertThat(text).contains("sets open tendering for " + shown + ".")
                .doesNotContain("sets open tendering for " + hidden + ".")
                .contains("The State's answers (for information, read-only)");
        assertThat(issued.form().answersShown()).containsExactly(shown);
    }

    @Test
    void aProvisionTheCatalogueLacksIsRefusedNamingTheOption() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();

        assertThatThrownBy(() -> fixture.invite(ContributorsFixture.NGO, "Transparency Kenya", ContributorKind.CIVIL_SOCIETY,
                List.of("9"), List.of("10"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--show-answers: '10'")
                .hasMessageContaining("among those the contributor is asked about");
        assertThatThrownBy(() -> fixture.invite(ContributorsFixture.NGO, "Transparency Kenya", ContributorKind.CIVIL_SOCIETY,
                List.of("99"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--provisions: '99'");
    }

    @Test
    void aFocalPointOfTheStateIsNotInvitedAsAContributor() throws Exception {
        ContributorsFixture fixture = new ContributorsFixture(home).kenyaAnswered();

        assertThatThrownBy(() -> fixture.invite(ContributorsFixture.FOCAL_POINT, "Ministry", ContributorKind.ACADEMIA,
                List.of("9"), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a focal point of KEN");
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
