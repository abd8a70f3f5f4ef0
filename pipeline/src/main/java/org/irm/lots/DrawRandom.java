package org.irm.lots;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.irm.config.Sha256;

/**
 * The draw's source of chance: a counter-mode generator over SHA-256, so anyone can recompute a
 * draw from its published seed in any language, on any Java version.
 *
 * <p>Derivation. Block {@code i} (from 0) of the stream named {@code label} is
 * {@code SHA-256(UTF-8(seed) || 0x00 || UTF-8(label) || 0x00 || i as 8 bytes big-endian)}.
 * The stream is the concatenation of the blocks, read as unsigned 32-bit big-endian words. A
 * uniform integer below {@code n} is the first word {@code w} with {@code w < 2^32 - (2^32 mod n)},
 * taken {@code w mod n} (rejection sampling, so no code is favoured). Labels separate the uses:
 * {@code uncac/c2/2026/order}, {@code uncac/c2/2026/level-0}, {@code uncac/c2/2026/redraw-1},
 * {@code uncac/c3/years}.
 */
public final class DrawRandom {

    private static final long TWO_POW_32 = 1L << 32;

    private final byte[] prefix;
    private long counter;
    private ByteBuffer block = ByteBuffer.allocate(0);

    /** The stream named {@code label} under {@code seed}. */
    public DrawRandom(String seed, String label) {
        byte[] s = seed.getBytes(StandardCharsets.UTF_8);
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        prefix = new byte[s.length + l.length + 2];
        System.arraycopy(s, 0, prefix, 0, s.length);
        System.arraycopy(l, 0, prefix, s.length + 1, l.length);
    }

    /** A uniform integer in {@code [0, bound)}. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = TWO_POW_32 - (TWO_POW_32 % bound);
        while (true) {
            long word = nextWord();
            if (word < limit) {
                return (int) (word % bound);
            }
        }
    }

    /** Shuffles the list in place: Fisher–Yates from the last position down. */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private long nextWord() {
        if (block.remaining() < 4) {
            block = ByteBuffer.wrap(nextBlock());
        }
        return Integer.toUnsignedLong(block.getInt());
    }

    private byte[] nextBlock() {
        MessageDigest sha = Sha256.digest();
        sha.update(prefix);
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(counter++).array());
        return sha.digest();
    }
}
