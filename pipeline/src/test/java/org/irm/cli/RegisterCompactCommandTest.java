package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.irm.register.Register;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irm register compact}: what it did, in words or JSON; a register on a server has nothing to compact. */
class RegisterCompactCommandTest {

    @TempDir
    Path home;

    @Test
    void compactingSaysTheSizesBeforeAndAfterAndThatEveryRowReadsBackTheSame() {
        IrmCommandLine irm = IrmCommandLine.in(home);
        Register.open(irm.settings()).close();

        assertThat(irm.run("register", "compact")).isZero();

        assertThat(irm.out()).startsWith("Compacted the register " + home.resolve("irm-data/register.mv.db"))
                .contains("MB before").contains("MB after").contains("rows read back the same");
    }

    @Test
    void compactingPrintsJsonOnRequest() throws Exception {
        IrmCommandLine irm = IrmCommandLine.in(home);
        Register.open(irm.settings()).close();

        assertThat(irm.run("register", "compact", "--json")).isZero();

        JsonNode report = new ObjectMapper().readTree(irm.out());
        assertThat(report.get("compacted").asBoolean()).isTrue();
        assertThat(report.get("bytesAfter").asLong()).isPositive();
        assertThat(report.get("tables").asInt()).isPositive();
    }

    @Test
    void aRegisterOnADatabaseServerHasNothingToCompact() {
        IrmCommandLine irm = IrmCommandLine.in(home, "irm.db.url=jdbc:postgresql://db.example.org/irm");

        assertThat(irm.run("register", "compact")).isZero();

        assertThat(irm.out()).contains("is on a database server").contains("nothing to compact");
    }

    @Test
    void aMissingRegisterIsTheUsersToFix() {
        IrmCommandLine irm = IrmCommandLine.in(home);

        assertThat(irm.run("register", "compact")).isEqualTo(2);

        assertThat(irm.err()).contains("irm register compact: No register at ").contains("irm.db.url");
    }
}
