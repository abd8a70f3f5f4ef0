package org.irm.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.irm.catalogue.Language;
import org.junit.jupiter.api.Test;

class ReviewCopyIdentityTest {

    private static final IdentitySeal SEAL = new IdentitySeal("a key of sixteen+ bytes".getBytes(StandardCharsets.UTF_8));
    private static final ChecklistIdentity CHECKLIST = new ChecklistIdentity(UUID.randomUUID(), "uncac-2-KEN", "KEN",
            "uncac", 2, Language.EN, "2026.1", null, Instant.parse("2026-03-02T09:00:00Z"), null);

    @Test
    void aChecklistsSealedValuesDoNotNameAReviewer() {
        assertThat(CHECKLIST.sealedValues()).doesNotContainKey(IdentityFormat.REVIEWER);
        assertThat(CHECKLIST.isReviewCopy()).isFalse();
    }

    @Test
    void aReviewCopyIsSealedWithItsReviewerAndReadsBackFromItsManifest() throws Exception {
        ChecklistIdentity copy = SEAL.seal(CHECKLIST.asReviewCopy(UUID.randomUUID(), "FRA", Instant.parse("2026-11-01T00:00:00Z")));

        ChecklistIdentity read = ManifestXml.read(ManifestXml.write(new ChecklistManifest(copy, List.of()))).identity();

        assertThat(read).isEqualTo(copy);
        assertThat(read.reviewer()).isEqualTo("FRA");
        assertThat(SEAL.verifies(read)).isTrue();
    }

    @Test
    void changingTheReviewerBreaksTheSeal() {
        ChecklistIdentity copy = SEAL.seal(CHECKLIST.asReviewCopy(UUID.randomUUID(), "FRA", Instant.now()));
        ChecklistIdentity forged = new ChecklistIdentity(copy.checklistId(), copy.reviewId(), copy.state(),
                copy.instrument(), copy.cycle(), copy.language(), copy.catalogueVersion(), copy.agency(),
                copy.issuedAt(), copy.seal(), ChecklistIdentity.SECRETARIAT);

        assertThat(SEAL.verifies(forged)).isFalse();
    }
}
