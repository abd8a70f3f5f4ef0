package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irm.testsupport.IrmCommandLine.onlyDocx;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm inspect}'s exit code says whether the desk would take the file as ours. */
class InspectCommandTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;
    private Path issued;

    @BeforeEach
    void issue() {
        irm = IrmCommandLine.in(home, "irm.secret.key=inspect-test-key-one-0123456789");
        irm.run("checklist", "--state", "KEN", "--agency", "Ministry of Justice", "--provisions", "9");
        issued = onlyDocx(home.resolve("watch-folders/outbox/KEN"));
        irm.clearOutput();
    }

    @Test
    void aChecklistWhoseSealVerifiesExitsWithZero() {
        assertThat(irm.run("inspect", issued.toString())).isZero();
        assertThat(irm.err()).isEmpty();
    }

    @Test
    void aChecklistWhoseSealDoesNotVerifyIsReportedAndExitsWithTwo() throws Exception {
        irm.set("irm.secret.key", "inspect-test-key-two-0123456789");

        int exit = irm.run("inspect", issued.toString(), "--json");

        assertThat(exit).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(irm.out()).at("/identity/status").asText()).isEqualTo("badSeal");
        assertThat(irm.err().lines()).singleElement().asString().startsWith("irm inspect: the checklist's identity does not hold (badSeal)");
    }
}
