package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review id a checklist is sealed with is the id the register files its review under. */
class ReviewIdTest {

    @TempDir
    Path home;

    @Test
    void aChecklistIssuedWithoutReviewIdCarriesTheRegistersDefaultReviewId() throws Exception {
        IrmCommandLine irm = IrmCommandLine.in(home, "irm.secret.key=review-id-test-key-0123456789");
        assertThat(irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9")).isZero();

        Register register = Register.open(irm.settings());
        String checklistId = register.events().stream().filter(e -> e.action().equals("checklist.issued"))
                .findFirst().orElseThrow().subject();

        assertThat(register.checklist(UUID.fromString(checklistId)).orElseThrow().reviewId())
                .isEqualTo(NewReview.defaultId("uncac", 2, "KEN"))
                .isEqualTo("uncac-2-KEN");
    }
}
