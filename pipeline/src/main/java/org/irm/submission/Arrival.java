package org.irm.submission;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.irm.register.SubmissionSource;

/**
 * A file that has just reached the pipeline, before anything is decided about it: dropped into a
 * watched folder, attached to an e-mail, or named on the command line.
 *
 * @param file         where its bytes are now; the desk only reads it
 * @param originalName the name the sender gave it (an attachment's name, the dropped file's name);
 *                     kept for messages and the register, never used as a path
 * @param sender       the e-mail address it came from, or null (a shared folder, the command line)
 * @param folderState  the ISO3 code of the per-State subfolder it was dropped in, or null when
 *                     the folder is not per State
 * @param messageId    the Message-ID of the e-mail it was attached to, or null: the answer is threaded
 *                     under it, and a re-read of the same e-mail is answered once, not twice
 */
public record Arrival(Path file, String originalName, SubmissionSource source, String sender, String folderState,
                      Instant receivedAt, String messageId) {
    public Arrival {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A file that did not come attached to an e-mail with a Message-ID. */
    public Arrival(Path file, String originalName, SubmissionSource source, String sender, String folderState,
                   Instant receivedAt) {
        this(file, originalName, source, sender, folderState, receivedAt, null);
    }
}
