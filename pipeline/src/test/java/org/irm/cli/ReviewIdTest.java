package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.irm.config.IrmConfig;
import org.irm.register.NewReview;
import org.irm.register.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review id a checklist is sealed with is the id the register files its review under. */
class ReviewIdTest {

    @TempDir
    Path home;

    @Test
    void aChecklistIssuedWithoutReviewIdCarriesTheRegistersDefaultReviewId() throws Exception {
        Path config = Files.writeString(home.resolve("irm.properties"),
                "irm.home=" + home + "\nirm.secret.key=review-id-test-key-0123456789\n", StandardCharsets.UTF_8);
        picocli.CommandLine command = Irm.commandLine();
        command.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(command.execute("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9",
                "--config", config.toString())).isZero();

        Register register = Register.open(IrmConfig.load(config, Map.of()));
        String checklistId = register.events().stream().filter(e -> e.action().equals("checklist.issued"))
                .findFirst().orElseThrow().subject();

        assertThat(register.checklist(UUID.fromString(checklistId)).orElseThrow().reviewId())
                .isEqualTo(NewReview.defaultId("uncac", 2, "KEN"))
                .isEqualTo("uncac-2-KEN");
    }
}
