package org.irm.submission.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file about to be screened: its path, size and first bytes, read once. Checks look only at the
 * content, never at the file name, which a sender controls.
 */
public record CandidateFile(Path path, long size, byte[] head) {

    private static final int HEAD_BYTES = 8;

    public static CandidateFile of(Path path) throws IOException {
        long size = Files.size(path);
        try (InputStream in = Files.newInputStream(path)) {
            return new CandidateFile(path, size, in.readNBytes(HEAD_BYTES));
        }
    }

    public boolean startsWith(byte... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A zip archive (local file header or an empty archive's end record). */
    public boolean isZip() {
        return startsWith((byte) 'P', (byte) 'K', (byte) 3, (byte) 4) || startsWith((byte) 'P', (byte) 'K', (byte) 5, (byte) 6);
    }

    /** An OLE2 compound file: legacy Office binaries, and password-protected OOXML. */
    public boolean isCompoundFile() {
        return startsWith((byte) 0xD0, (byte) 0xCF, (byte) 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, (byte) 0x1A, (byte) 0xE1);
    }
}
