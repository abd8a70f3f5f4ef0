package org.irm.demo;

import java.io.PrintWriter;
import java.util.Locale;
import org.irm.register.CompactedRegister;
import org.irm.register.RegisterCompaction;
import org.irm.register.RegisterDatabase;
import org.irm.register.RegisterException;

/**
 * The demo's last step: the register's file, closed, compacted as {@code irm register compact} does it and
 * as {@code irm run} does at a clean stop once the file has grown enough (a checked copy swapped in).
 */
public final class RegisterDemo {

    private final PrintWriter say;

    public RegisterDemo(PrintWriter say) {
        this.say = say;
    }

    /** Compacts the demo's register, which must be closed, and says what it did or why not. */
    public void run(RegisterDatabase database) {
        say.println("13. Keeping the register's file small (irm register compact; irm run does it at a clean stop once"
                + " the file has doubled):");
        try {
            CompactedRegister compacted = new RegisterCompaction(database).compact();
            say.printf(Locale.ROOT, "   %s: %.1f MB before, %.1f MB after, in %.1f s; %d rows in %d tables read back the same%n",
                    compacted.file().getFileName(), compacted.bytesBefore() / 1e6, compacted.bytesAfter() / 1e6,
                    compacted.took().toMillis() / 1000.0, compacted.rows(), compacted.tables());
        } catch (RegisterException e) { // a refusal (CompactionRefused) too
            say.println("   not compacted, the register is as it was: " + e.getMessage());
        }
    }
}
