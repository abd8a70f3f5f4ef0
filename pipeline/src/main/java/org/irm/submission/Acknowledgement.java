package org.irm.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.irm.catalogue.Language;

/**
 * What the desk decided about one arrival and what it has written for the sender. By the time
 * an acknowledgement exists, the file's bytes are in the archive and its outcome is in the
 * register, so the arrival's own copy may be removed from an inbox.
 *
 * @param state        the State the file was identified as coming from, or null when unknown
 * @param language     the language the answer is worded in
 * @param reasonCode   the refusal's code ({@code NOT_WORD}, {@code BAD_SEAL}, {@code FOREIGN_STATE}...)
 *                     or null when registered
 * @param message      one plain sentence for logs and the command line
 * @param filesWritten the receipt, annotated copy, rejected copy and reason file the desk wrote
 * @param reply        what to send back to the sender
 */
public record Acknowledgement(Disposition disposition, String sha256, String state, Language language,
                              String reasonCode, String message, List<Path> filesWritten, Reply reply) {
    public Acknowledgement {
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(message, "message");
        filesWritten = List.copyOf(filesWritten);
        Objects.requireNonNull(reply, "reply");
    }
}
