package org.irm.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.irm.catalogue.Language;
import org.irm.docx.Refusal;
import org.irm.identity.ChecklistIdentity;
import org.irm.mail.MailTexts;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Recording;
import org.irm.register.SubmissionRecord;

/**
 * Refuses a file: registers the refusal (one transaction, the commit point), then puts a copy in
 * {@code watch-folders/rejected/} with {@code <name>.reason.txt} beside it and words the reply.
 * The reply is in the language of the identity the file claims when one could be read, else in
 * the languages configured for unidentified files (English and French by default).
 */
public final class Rejections {

    private final IntakeRegister register;
    private final ReplyPost replies;
    private final OutputFolder rejected;
    private final MailTexts texts;
    private final RefusalReasons reasons;
    private final List<Language> unidentifiedLanguages;
    private final Clock clock;

    /** Where replies to mailed files are queued; the quarantine posts its notice there too. */
    ReplyPost replies() {
        return replies;
    }

    Rejections(IntakeRegister register, ReplyPost replies, Path rejectedFolder, MailTexts texts, RefusalReasons reasons,
               List<Language> unidentifiedLanguages, Clock clock) {
        this.register = register;
        this.replies = replies;
        this.rejected = new OutputFolder(rejectedFolder);
        this.texts = texts;
        this.reasons = reasons;
        this.unidentifiedLanguages = List.copyOf(unidentifiedLanguages);
        this.clock = clock;
    }

    /**
     * Registers and answers a refusal.
     *
     * @param claimed the identity the file claims (even with a bad seal); empty when none was read
     */
    public Acknowledgement refuse(Received received, Refusal refusal, Optional<ChecklistIdentity> claimed) {
        Arrival arrival = received.arrival();
        IntakeFacts facts = claimed.map(id -> new IntakeFacts(id.state(), id.reviewId(), id.part(), id.language(),
                        refusal.code(), arrival.folderState(), arrival.messageId()))
                .orElseGet(() -> new IntakeFacts(null, null, null, unidentifiedLanguages.get(0), refusal.code(),
                        arrival.folderState(), arrival.messageId()));
        Recording recording = register.record(new NewSubmission(received.sha256(),
                claimed.map(ChecklistIdentity::checklistId).orElse(null), arrival.source(), arrival.sender(), arrival.originalName(),
                arrival.receivedAt(), Outcome.REFUSED, reasonColumn(refusal), List.of()), List.of(), facts);
        return answer(received, recording.submission(), facts, refusal.message());
    }

    /** Answers a refusal registered before (after a crash, or when the same bytes were just registered by another). */
    public Acknowledgement answer(Received received, SubmissionRecord registered, IntakeFacts facts, String message) {
        Arrival arrival = received.arrival();
        List<Language> languages = languagesFor(facts);
        String code = facts != null && facts.reasonCode() != null ? facts.reasonCode() : codeOf(registered.reason());
        String english = message != null ? message : messageOf(registered.reason());
        List<Path> written = keep(received, code, english);
        Reply reply = Reply.inEach(arrival.sender(), languages, language -> {
            Map<String, Object> model = new HashMap<>();
            model.put("fileName", arrival.originalName());
            model.put("received", AnswerWording.when(registered.receivedAt(), language));
            model.put("code", code);
            model.put("reason", reasons.in(language, code, english));
            model.put("sha256", received.sha256());
            return texts.render("refused", language, model);
        });
        Acknowledgement acknowledgement = new Acknowledgement(Disposition.REFUSED, received.sha256(),
                facts == null ? null : facts.state(), languages.get(0), code,
                arrival.originalName() + " refused (" + code + "): " + english, written, reply);
        // Posted before the refusal counts as answered (see ChecklistReturns#answer).
        replies.post(arrival, acknowledgement);
        register.markAnswered(registered.id(), received.sha256(), clock.instant(),
                written.stream().map(Path::toString).toList());
        return acknowledgement;
    }

    /**
     * Puts a copy of the archived file in {@code rejected/} with its reason beside it, once: when
     * the copy and its reason are there already (an answer given again) they are reused.
     *
     * @return the copy and its reason file
     */
    List<Path> keep(Received received, String code, String reason) {
        Arrival arrival = received.arrival();
        List<Path> written = new ArrayList<>();
        try {
            String base = OutputFolder.safeBase(arrival.originalName()) + "-" + received.sha256().substring(0, 8);
            String extension = OutputFolder.safeExtension(arrival.originalName());
            String suffix = extension.isEmpty() ? "" : "." + extension;
            if (rejected.has(base + suffix) && rejected.has(base + suffix + ".reason.txt")) {
                written.add(rejected.resolve(base + suffix));
                written.add(rejected.resolve(base + suffix + ".reason.txt"));
            } else {
                Path copy = rejected.copy(received.archived(), base, suffix);
                written.add(copy);
                written.add(rejected.write(copy.getFileName().toString(), ".reason.txt",
                        reasonFile(arrival, received, code, reason).getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + rejected.path() + ": " + e.getMessage(), e);
        }
        return written;
    }

    /** The languages a file's answer is worded in: its checklist's, or those for files not identified. */
    List<Language> languagesFor(IntakeFacts facts) {
        return facts != null && facts.state() != null ? List.of(facts.language()) : unidentifiedLanguages;
    }

    /** The register's reason column holds 2,000 characters; the full sentence is in the reason file. */
    private static String reasonColumn(Refusal refusal) {
        String reason = refusal.code() + ": " + refusal.message();
        return reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
    }

    private static String reasonFile(Arrival arrival, Received received, String code, String message) {
        return "File:        " + arrival.originalName() + "\n"
                + "Received:    " + arrival.receivedAt() + " by " + arrival.source().name().toLowerCase(Locale.ROOT)
                + (arrival.sender() == null ? "" : " from " + arrival.sender()) + "\n"
                + "SHA-256:     " + received.sha256() + "\n"
                + "Reason:      " + code + "\n\n" + message + "\n";
    }

    private static String codeOf(String reason) {
        if (reason == null) {
            return "REFUSED";
        }
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    private static String messageOf(String reason) {
        if (reason == null) {
            return "The file was not accepted.";
        }
        int colon = reason.indexOf(": ");
        return colon < 0 ? reason : reason.substring(colon + 2);
    }
}
