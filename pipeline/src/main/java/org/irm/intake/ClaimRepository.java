package org.irm.intake;

import java.time.Clock;
import java.time.Instant;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.irm.register.IntakeClaims;

/**
 * Camel's idempotent repository over the register's {@link IntakeClaims}: the read lock of the
 * watch folders ({@code readLock=idempotent}) and the mailbox consumer ask it before taking a
 * file or a message, so of several pipeline instances on one shared folder and mailbox exactly
 * one takes each. A claim is kept after the work is done (until it expires), so an instance that
 * listed the file or message just before it went away does not take it again; it is given up when
 * the work failed, so the next look of any instance tries again. Without a register (tests of the
 * routes alone) there is one instance only and every claim is granted: Camel's own in-progress
 * bookkeeping already keeps a file or message to one consumer of the instance.
 */
final class ClaimRepository extends ServiceSupport implements IdempotentRepository {

    private final String prefix;
    private final String instance;
    private final IntakeClaims claims;
    private final Clock clock;

    /**
     * @param prefix   what the claimed keys are ({@code file:}, {@code mail:}), so files and messages never collide
     * @param claims   the register's claims, or null to hold them in memory
     */
    ClaimRepository(String prefix, String instance, IntakeClaims claims, Clock clock) {
        this.prefix = prefix;
        this.instance = instance;
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public boolean add(String key) {
        Instant now = clock.instant();
        if (claims != null) {
            return claims.claim(prefix + key, instance, now);
        }
        return true;
    }

    @Override
    public boolean contains(String key) {
        Instant now = clock.instant();
        if (claims != null) {
            return claims.claimed(prefix + key, now);
        }
        return false;
    }

    @Override
    public boolean remove(String key) {
        if (claims != null) {
            claims.release(prefix + key, instance);
        }
        return true;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        // Claims are shared with other instances: never cleared wholesale; expired ones are forgotten on start.
    }
}
