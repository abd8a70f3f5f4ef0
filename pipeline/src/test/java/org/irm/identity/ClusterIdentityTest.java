package org.irm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.Language;
import org.junit.jupiter.api.Test;

/** A UNTOC questionnaire's identity names its cluster, sealed; a whole-cycle checklist's stays what it was. */
class ClusterIdentityTest {

    private static final IdentitySeal SEAL = new IdentitySeal("a key of sixteen+ bytes".getBytes(StandardCharsets.UTF_8));
    private static final ChecklistIdentity TIP = new ChecklistIdentity(UUID.randomUUID(), "untoc-1-BRA", "BRA", "tip", 1,
            Language.ES, "1.0.0", null, Instant.parse("2026-12-06T09:00:00Z"), null, null, 1);

    @Test
    void aClusterQuestionnaireIsSealedWithItsClusterAndReadsBackFromItsManifest() throws Exception {
        ChecklistIdentity sealed = SEAL.seal(TIP);

        ChecklistIdentity read = ManifestXml.read(ManifestXml.write(new ChecklistManifest(sealed, List.of()))).identity();

        assertThat(read).isEqualTo(sealed);
        assertThat(read.cluster()).isEqualTo(1);
        assertThat(SEAL.verifies(read)).isTrue();
        assertThat(sealed.sealedValues()).containsEntry(IdentityFormat.CLUSTER, "1");
    }

    @Test
    void changingTheClusterBreaksTheSeal() {
        ChecklistIdentity sealed = SEAL.seal(TIP);
        ChecklistIdentity forged = new ChecklistIdentity(sealed.checklistId(), sealed.reviewId(), sealed.state(),
                sealed.instrument(), sealed.cycle(), sealed.language(), sealed.catalogueVersion(), sealed.agency(),
                sealed.issuedAt(), sealed.seal(), null, 2);

        assertThat(SEAL.verifies(forged)).isFalse();
    }

    @Test
    void aWholeCycleChecklistSealsTheValuesItAlwaysSealed() {
        ChecklistIdentity uncac = new ChecklistIdentity(UUID.randomUUID(), "uncac-2-KEN", "KEN", "uncac", 2, Language.EN,
                "2.1.0", null, Instant.parse("2026-03-02T09:00:00Z"), null);

        assertThat(uncac.cluster()).isZero();
        assertThat(uncac.sealedValues()).doesNotContainKey(IdentityFormat.CLUSTER).hasSize(9);
    }

    @Test
    void aReviewCopyOfAClusterQuestionnaireKeepsTheCluster() {
        assertThat(TIP.asReviewCopy(UUID.randomUUID(), "FRA", Instant.now()).cluster()).isEqualTo(1);
    }

    @Test
    void aClusterThatIsNoPositiveNumberIsADamagedIdentity() throws Exception {
        String xml = ManifestXml.write(new ChecklistManifest(SEAL.seal(TIP), List.of()))
                .replace(">1</" + "cluster>", ">0</" + "cluster>");

        assertThatThrownBy(() -> ManifestXml.read(xml)).isInstanceOf(ManifestXml.BadManifestException.class)
                .hasMessageContaining("damaged");
    }
}
