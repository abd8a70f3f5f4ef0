package org.irm.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The answer to send back to whoever sent a file, worded in the checklist's language (or, when
 * the file could not be identified, in the languages the secretariat configured for that case).
 *
 * @param to          the address to answer, or null when the file did not come by e-mail
 * @param attachments files to attach, such as the sender's own file annotated with what to fix
 */
public record Reply(String to, String subject, String body, List<Path> attachments) {
    public Reply {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
    }
}
