package org.irm.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code watch-folders/archive/}: every original received, content-addressed by the sha256 of
 * its bytes, written once and never changed or deleted. A file is copied to a temporary file in
 * the archive while its digest is computed, forced to disk, then renamed into place; when the
 * same bytes are already archived the copy is dropped. The archive is the safe copy: the register
 * and the answer come after it.
 */
public final class Archive {

    private final Path folder;

    public Archive(Path folder) {
        this.folder = folder;
    }

    /** Archives the arrival's bytes and says where they are now. */
    public Received store(Arrival arrival) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".arriving-", ".tmp");
        try {
            MessageDigest sha256 = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(arrival.file()), sha256);
                 OutputStream out = Files.newOutputStream(temporary)) {
                in.transferTo(out);
            }
            OutputFolder.force(temporary);
            String digest = HexFormat.of().formatHex(sha256.digest());
            Path archived = path(digest);
            if (!Files.exists(archived)) {
                try {
                    Files.move(temporary, archived, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException sameBytesMeanwhile) {
                    // another instance archived the same bytes: theirs is identical
                }
                OutputFolder.forceFolder(folder);
            }
            return new Received(arrival, digest, archived);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Where the file with this digest is (or would be) archived. */
    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a sha256 digest: " + sha256);
        }
        return folder.resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", impossible);
        }
    }
}
