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

    /** Where claims are kept: the register's, shared by every instance, or none for one instance alone. */
    interface Claims {
        boolean claim(String key, String instance, Instant now);

        boolean claimed(String key, Instant now);

        void release(String key, String instance);

        /** The claims of one instance alone: every claim is granted, none is ever held by another. */
        Claims ALONE = new Claims() {
            @Override
            public boolean claim(String key, String instance, Instant now) {
                return true;
            }

            @Override
            public boolean claimed(String key, Instant now) {
                return false;
            }

            @Override
            public void release(String key, String instance) {
                // Nothing is kept, so nothing to give up.
            }
        };

        /** The claims kept in the register, shared by the instances on one inbox and mailbox. */
        static Claims in(IntakeClaims register) {
            return new Claims() {
                @Override
                public boolean claim(String key, String instance, Instant now) {
                    return register.claim(key, instance, now);
                }

                @Override
                public boolean claimed(String key, Instant now) {
                    return register.claimed(key, now);
                }

                @Override
                public void release(String key, String instance) {
                    register.release(key, instance);
                }
            };
        }
    }

    private final String prefix;
    private final String instance;
    private final Claims claims;
    private final Clock clock;

    /**
     * @param prefix   what the claimed keys are ({@code file:}, {@code mail:}), so files and messages never collide
     * @param claims   where the claims are kept ({@link Claims#ALONE} for one instance alone)
     */
    ClaimRepository(String prefix, String instance, Claims claims, Clock clock) {
        this.prefix = prefix;
        this.instance = instance;
        this.claims = claims;
        this.clock = clock;
    }

    @Override
    public boolean add(String key) {
        return claims.claim(prefix + key, instance, clock.instant());
    }

    @Override
    public boolean contains(String key) {
        return claims.claimed(prefix + key, clock.instant());
    }

    @Override
    public boolean remove(String key) {
        claims.release(prefix + key, instance);
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
