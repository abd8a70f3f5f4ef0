package org.irm.intake;

import org.irm.register.Register;

/**
 * The step of the intake's routes between taking a message or a dropped file and letting it go
 * (the message marked done, the file removed from the folder): what the desk registered is on
 * disk first ({@link Register#persist}), so a kill at that moment cannot leave an answered return
 * that the register forgot and no copy left to take again.
 */
public final class RegisterCheckpoint {

    private final Register register;

    /** @param register the register the desk writes to, or null when the routes run without one (tests) */
    RegisterCheckpoint(Register register) {
        this.register = register;
    }

    /** Writes the register to disk; called by the routes, after their arrivals bean. */
    public void persist() {
        if (register != null) {
            register.persist();
        }
    }
}
