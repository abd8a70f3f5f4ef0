package org.irm.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.irm.catalogue.Language;
import org.irm.mail.MailTexts;

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

    /**
     * One reply worded in each of the languages in turn (a file not identified is answered in
     * several): the subjects joined by " / ", the bodies separated by a rule.
     */
    static Reply inEach(String to, List<Language> languages, Function<Language, MailTexts.Text> wording) {
        List<String> subjects = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Language language : languages) {
            MailTexts.Text text = wording.apply(language);
            subjects.add(text.subject());
            bodies.add(text.body());
        }
        return new Reply(to, String.join(" / ", subjects), String.join("\n----\n\n", bodies), List.of());
    }
}
