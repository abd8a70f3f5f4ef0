package org.irm.cli;

import java.util.function.Supplier;
import org.irm.config.IrmConfig;
import org.irm.register.Register;

/**
 * The configured register for a command that may not need it ({@code irm lots} with a history folder,
 * or a dry run that only reads): opened the first time it is asked for, the same one after, and closed
 * with the command (try-with-resources) only if it was opened.
 */
final class RegisterWhenNeeded implements Supplier<Register>, AutoCloseable {

    private final Supplier<IrmConfig> config;
    private Register register;

    RegisterWhenNeeded(Supplier<IrmConfig> config) {
        this.config = config;
    }

    @Override
    public Register get() {
        if (register == null) {
            register = Register.open(config.get());
        }
        return register;
    }

    @Override
    public void close() {
        if (register != null) {
            register.close();
            register = null;
        }
    }
}
