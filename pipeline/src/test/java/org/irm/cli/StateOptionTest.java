package org.irm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.irm.testsupport.IrmCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** A State code typed on any command reads alike: any case, spaces around it dropped; one that cannot be a code is refused. */
class StateOptionTest {

    @TempDir
    Path home;

    private IrmCommandLine irm;

    @BeforeEach
    void configure() {
        irm = IrmCommandLine.in(home, "irm.secret.key=state-option-test-key-0123456789");
    }

    @Test
    void aCodeIsTakenInAnyCaseWithSpacesAround() {
        assertThat(new Iso3Code().convert(" ken ")).isEqualTo("KEN");
        assertThat(new Iso3Code().convert("Fra")).isEqualTo("FRA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"KENYA", "KE", "K3N", "", " "})
    void aValueThatCannotBeACodeIsRefusedWithWhatOneLooksLike(String typed) {
        assertThatThrownBy(() -> new Iso3Code().convert(typed)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("is not a State code").hasMessageContaining("three-letter ISO 3166 alpha-3 code, e.g. KEN");
    }

    @Test
    void aMalformedCodeIsRefusedNamingTheOptionBeforeTheCommandRuns() {
        int exit = irm.run("followup", "track", "--state", "Kenya");

        assertThat(exit).isEqualTo(2);
        assertThat(irm.err().strip()).startsWith("irm followup track: Invalid value for option '--state'")
                .contains("'Kenya' is not a State code").contains("e.g. KEN").endsWith("See 'irm followup track --help'.");
        assertThat(irm.out()).isEmpty();
    }

    @Test
    void everyOptionTakingAStateCodeIsCheckedAlike() {
        irm.run("review", "assign", "--state", "KEN", "--reviewer", "France", "--expert", "a@b.org", "--articles", "5");

        assertThat(irm.err()).contains("Invalid value for option '--reviewer'").contains("'France' is not a State code");
    }

    @Test
    void aFilterInLowerCaseNamesTheStateInCapitals() {
        assertThat(irm.run("focal-points", "list", "--state", "ken")).as(irm.err()).isZero();
        assertThat(irm.run("contributors", "list", "--state", " ken")).as(irm.err()).isZero();

        assertThat(irm.out()).contains("No focal points registered for KEN.", "No contributors invited by KEN.");
    }
}
