package org.irm.testsupport;

import java.nio.file.Path;
import java.util.Map;
import org.irm.config.IrmConfig;
import org.irm.register.Register;

/** The register as the pipeline opens it by default: embedded H2 under a home folder of the test's. */
public final class Registers {

    private Registers() {
    }

    /** Opens (creating on first use) the register under {@code home}, as {@code irm.home=HOME} alone would. */
    public static Register under(Path home) {
        return Register.open(IrmConfig.of(Map.of("irm.home", home.toString())));
    }
}
