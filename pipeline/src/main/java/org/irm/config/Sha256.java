package org.irm.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, as the pipeline names archived files, draw inputs, bookmarks and mail keys by it: lower-case
 * hex of the digest. The one place that asks the runtime for the algorithm (every Java runtime has it).
 */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest, for input fed in pieces. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }

    /** The digest of the bytes. */
    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The digest of the text's UTF-8 bytes. */
    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of the bytes, in hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** The digest of the text's UTF-8 bytes, in hex. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(of(text));
    }

    /** The first {@code bytes} bytes of the text's digest, in hex: a short stable code. */
    public static String prefix(String text, int bytes) {
        return HexFormat.of().formatHex(of(text), 0, bytes);
    }

    /** The digest of the file's content in hex, read in blocks. */
    public static String hex(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
