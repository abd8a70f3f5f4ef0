package org.irm.intake;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.irm.catalogue.Language;
import org.irm.documents.SupportingIntake;
import org.irm.mail.MailTexts;
import org.irm.mail.OutgoingMessage;
import org.irm.register.SubmissionSource;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.LogText;
import org.irm.submission.MailedReplies;
import org.irm.submission.ReturnDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the attachments of one e-mail to the desk, every one of them (the desk refuses what is
 * not a Word return, with a reason the sender is told), with the sender's address. A message
 * without attachment gets a polite answer saying what to send. When this returns, every
 * attachment is archived and registered and every answer is queued, so the message may be
 * marked done; when it throws, the message is to stay unread for the next look.
 *
 * <p>A message read again (a kill came before it was marked done) is answered once, not twice:
 * the answers are queued by Message-ID, file and sender ({@link MailedReplies}), and the desk
 * posts the answer to a file it registers before recording it as answered; what was queued the
 * first time is not queued again, what was not is queued now.
 */
public final class MailArrivals {

    private static final Logger LOG = LoggerFactory.getLogger(MailArrivals.class);

    private final ReturnDesk desk;
    private final MailedReplies answers;
    private final MailTexts texts;
    private final List<Language> unknownLanguage;
    private final Path workFolder;
    private final Clock clock;
    private final long maxFileBytes;
    private final SupportingIntake documents;

    /**
     * @param unknownLanguage the languages, in order, of an answer whose checklist is unknown
     * @param workFolder      where attachments wait while they are taken (created private)
     */
    public MailArrivals(ReturnDesk desk, MailedReplies answers, MailTexts texts, List<Language> unknownLanguage,
                        Path workFolder, Clock clock) {
        this(desk, answers, texts, unknownLanguage, workFolder, clock, Long.MAX_VALUE);
    }

    /** @param maxFileBytes the file limit: of a larger attachment only this much and one byte is written */
    public MailArrivals(ReturnDesk desk, MailedReplies answers, MailTexts texts, List<Language> unknownLanguage,
                        Path workFolder, Clock clock, long maxFileBytes) {
        this(desk, answers, texts, unknownLanguage, workFolder, clock, maxFileBytes, null);
    }

    private MailArrivals(ReturnDesk desk, MailedReplies answers, MailTexts texts, List<Language> unknownLanguage,
                         Path workFolder, Clock clock, long maxFileBytes, SupportingIntake documents) {
        this.documents = documents;
        this.maxFileBytes = maxFileBytes;
        this.desk = desk;
        this.answers = answers;
        this.texts = texts;
        this.unknownLanguage = List.copyOf(unknownLanguage);
        this.workFolder = workFolder;
        this.clock = clock;
    }

    /**
     * The same, with the attachments that are supporting documents of the sender's State (issue 19.3) taken by
     * {@code documents} before the returns, so the return's receipt lists them.
     */
    public MailArrivals with(SupportingIntake documents) {
        return new MailArrivals(desk, answers, texts, unknownLanguage, workFolder, clock, maxFileBytes, documents);
    }

    /** Takes one message's attachments and answers its sender. */
    public List<Acknowledgement> take(Message message) throws MessagingException, IOException {
        Files.createDirectories(workFolder);
        Path folder = Files.createTempDirectory(workFolder, "message-");
        try {
            ReceivedMail mail = ReceivedMail.read(message, folder, maxFileBytes);
            boolean answer = mail.sender() != null && !mail.automatic();
            if (mail.attachments().isEmpty()) {
                LOG.info("Message from {} ('{}') has no attachment{}", LogText.of(mail.sender()), LogText.of(mail.subject()),
                        answer ? ": asked for the checklist" : "; automatic message, not answered");
                if (answer) {
                    answers.post("no-attachment", mail.messageId(), noAttachment(mail));
                }
                return List.of();
            }
            List<Acknowledgement> taken = new ArrayList<>();
            // An automatic message is never answered (no mail loops), not even after a crash: its
            // arrival carries no Message-ID to answer, and the register keeps none.
            List<Arrival> arrivals = mail.attachments().stream().map(attachment -> new Arrival(attachment.file(),
                    attachment.originalName(), SubmissionSource.MAIL, mail.sender(), null, clock.instant(),
                    answer ? mail.messageId() : null)).toList();
            SupportingIntake.MailBatch supporting = documents == null ? null
                    : documents.takeMail(documents.sortMail(mail.sender(), mail.messageId(), !answer, arrivals));
            for (Arrival arrival : supporting == null ? arrivals : supporting.others()) {
                Acknowledgement acknowledgement = desk.take(arrival);
                LOG.info("{} from {}: {} {} {}", LogText.of(arrival.originalName()), LogText.of(mail.sender()),
                        acknowledgement.disposition(),
                        acknowledgement.reasonCode() == null ? "" : acknowledgement.reasonCode(),
                        LogText.of(acknowledgement.message()));
                // The desk posted what it recorded as answered already (this queues nothing then);
                // "already received" and the answers of handlers that record none are queued here.
                answers.post(arrival, acknowledgement);
                taken.add(acknowledgement);
            }
            if (supporting != null) {
                for (Acknowledgement document : documents.answerMail(supporting, taken)) {
                    LOG.info("Supporting document from {}: {}", LogText.of(mail.sender()), LogText.of(document.message()));
                    taken.add(document);
                }
            }
            return taken;
        } finally {
            delete(folder);
        }
    }

    private OutgoingMessage noAttachment(ReceivedMail mail) {
        List<MailTexts.Text> versions = unknownLanguage.stream()
                .map(language -> texts.render("no-attachment", language, Map.of("subject", mail.subject())))
                .toList();
        String subject = versions.stream().map(MailTexts.Text::subject).distinct().collect(Collectors.joining(" / "));
        String body = versions.stream().map(MailTexts.Text::body).collect(Collectors.joining("\n----\n\n"));
        return new OutgoingMessage(List.of(mail.sender()), subject, body, List.of(), mail.messageId(),
                unknownLanguage.size() == 1 ? unknownLanguage.get(0).code() : null);
    }

    private static void delete(Path folder) {
        try {
            PathUtils.delete(folder);
        } catch (IOException e) {
            // The attachments are archived by now; a leftover copy in the private work folder loses nothing.
            LOG.warn("Could not remove the work folder {}: {}", folder, e.getMessage());
        }
    }

    /** Removes what a stop left in the work folder: copies of attachments whose messages are still unread. */
    static void clearWorkFolder(Path workFolder) {
        if (Files.isDirectory(workFolder)) {
            try (Stream<Path> left = Files.list(workFolder)) {
                left.forEach(MailArrivals::delete);
            } catch (IOException e) {
                LOG.warn("Could not clear the mail work folder {}: {}", workFolder, e.getMessage());
            }
        }
    }

    static List<Language> languages(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(code -> !code.isEmpty())
                .map(code -> Language.of(code.toLowerCase(Locale.ROOT))).toList();
    }
}
