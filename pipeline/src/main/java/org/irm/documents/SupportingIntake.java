package org.irm.documents;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.Language;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.Setting;
import org.irm.mail.MailQueue;
import org.irm.mail.MailTexts;
import org.irm.mail.OutgoingMessage;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.SupportingDocuments.Document;
import org.irm.submission.Acknowledgement;
import org.irm.submission.Arrival;
import org.irm.submission.Disposition;
import org.irm.submission.MailedReplies;
import org.irm.submission.Reply;

/**
 * Where the intake ({@code irm run}'s mailbox and inbox folder, {@code irm ingest --supporting}) hands the files
 * that come with a return and are not one: it decides which files are supporting documents and of which State,
 * has the {@link SupportingDesk} take them, and answers. Files it does not take go to the return desk as before.
 * <ul>
 *   <li>An e-mail from a focal point of one State: its attachments that are supporting documents are that State's,
 *       taken before the return, so the return's receipt lists them; when no receipt listed them (no return in the
 *       message, or the return refused), the sender gets a receipt of its own for them.</li>
 *   <li>A file dropped in {@code inbox/<ISO3>/}: that State's, answered with a receipt in {@code outbox/<ISO3>/}
 *       (and listed in the State's next checklist receipt from the folder).</li>
 *   <li>{@code irm ingest --supporting --state ISO3 FILE...}: that State's, answered like a dropped file.</li>
 * </ul>
 *
 * <p><b>Password-protected Office files</b> (a .docx or .xlsx saved with a password to open): nobody can see
 * inside one, so it may be a law or the State's checklist itself. The rule:
 * <ul>
 *   <li>attached to a focal point's e-mail that also carries a return (a file with one of our identities), it is a
 *       supporting document: archived, registered flagged "encrypted (text not read)", listed in the return's
 *       receipt with a request for a copy without the password should the reviewers need its text;</li>
 *   <li>attached to an e-mail that carries no return, it goes to the return desk, which archives it (nothing is
 *       lost) and refuses it {@code ENCRYPTED}, asking to remove the password and send it again: the focal point
 *       who mailed a protected checklist alone learns what to do, at once;</li>
 *   <li>dropped in {@code inbox/<ISO3>/} or named on {@code irm ingest --supporting}, it is a supporting document
 *       (flagged): the State's folder is where its laws go beside its returns, and files there are taken one by
 *       one as they settle, so what came "with" it cannot be told; its receipt asks for a copy without the
 *       password, and says that a checklist must come without one.</li>
 * </ul>
 */
public final class SupportingIntake {

    /** An e-mail's attachments, sorted: the supporting documents of its sender's State, and the rest for the desk. */
    public record MailBatch(String state, String sender, String messageId, List<Arrival> supporting,
                            List<SupportingFormat> formats, List<Arrival> others, List<SupportingDesk.Taken> taken) {
    }

    private final SupportingDesk desk;
    private final SupportingReceipts receipts;
    private final FocalPoints focalPoints;
    private final MailedReplies replies;
    private final StateList states;

    SupportingIntake(SupportingDesk desk, SupportingReceipts receipts, FocalPoints focalPoints, MailedReplies replies,
                     StateList states) {
        this.desk = desk;
        this.receipts = receipts;
        this.focalPoints = focalPoints;
        this.replies = replies;
        this.states = states;
    }

    /** Over the configured watch folders, templates, mail queue and register. */
    public static SupportingIntake over(IrmConfig config, Register register) {
        StateList states;
        try {
            states = StateList.load(config.templates());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
        Path root = config.path(Setting.WATCH_ROOT);
        SupportingReceipts receipts = new SupportingReceipts(new MailTexts(config.templates()), root.resolve("outbox"),
                (iso3, language) -> states.names().find(iso3, language).map(name -> name + " (" + iso3 + ")").orElse(iso3));
        return new SupportingIntake(SupportingDesk.over(config, register), receipts, new FocalPoints(register),
                new MailedReplies(MailQueue.under(root), config.get(Setting.MAIL_FROM)), states);
    }

    /** The desk behind this intake (listing, search). */
    public SupportingDesk desk() {
        return desk;
    }

    /**
     * Sorts an e-mail's attachments. Supporting documents are recognised only in a message from a focal point of
     * exactly one State that is not an automatic message: otherwise every attachment goes to the desk, as before.
     * A password-protected Office file is a supporting document only when the message also carries a return (an
     * attachment with one of our identities); alone (or only with other supporting documents) it may be the
     * checklist itself, and goes to the desk, which archives it and refuses it {@code ENCRYPTED}.
     */
    public MailBatch sortMail(String sender, String messageId, boolean automatic, List<Arrival> attachments) {
        Set<String> senderStates = automatic ? Set.of() : focalPoints.statesOf(sender);
        if (senderStates.size() != 1) {
            return new MailBatch(null, sender, messageId, List.of(), List.of(), attachments, List.of());
        }
        List<Optional<SupportingFormat>> recognised = attachments.stream().map(a -> desk.recognise(a.file())).toList();
        boolean carriesAReturn = false;
        for (int i = 0; i < attachments.size() && !carriesAReturn; i++) {
            carriesAReturn = recognised.get(i).isEmpty() && desk.isReturn(attachments.get(i).file());
        }
        List<Arrival> supporting = new ArrayList<>();
        List<SupportingFormat> formats = new ArrayList<>();
        List<Arrival> others = new ArrayList<>();
        for (int i = 0; i < attachments.size(); i++) {
            Optional<SupportingFormat> format = recognised.get(i);
            // A password-protected Office file alone may be the checklist itself: the desk refuses it ENCRYPTED
            // (archived first), asking for it without the password. Beside a return it is one of its documents.
            if (format.isPresent() && (carriesAReturn || !format.get().mayBeAReturn())) {
                supporting.add(attachments.get(i));
                formats.add(format.get());
            } else {
                others.add(attachments.get(i));
            }
        }
        return new MailBatch(senderStates.iterator().next(), sender, messageId, supporting, formats, others, List.of());
    }

    /** Takes the batch's supporting documents in (before its returns go to the desk). */
    public MailBatch takeMail(MailBatch batch) {
        List<SupportingDesk.Taken> taken = new ArrayList<>();
        for (int i = 0; i < batch.supporting().size(); i++) {
            taken.add(desk.take(batch.supporting().get(i), batch.state(), batch.formats().get(i)));
        }
        return new MailBatch(batch.state(), batch.sender(), batch.messageId(), batch.supporting(), batch.formats(),
                batch.others(), taken);
    }

    /**
     * After the desk took the message's other files: when no return's receipt listed the supporting documents,
     * the sender gets a receipt for them (queued once per message), which also says whether the State has an open
     * review, also written into {@code outbox/<ISO3>/}.
     *
     * @param returns the desk's acknowledgements of the message's other files
     * @return the acknowledgements of the supporting documents, for the log
     */
    public List<Acknowledgement> answerMail(MailBatch batch, List<Acknowledgement> returns) {
        if (batch.taken().isEmpty()) {
            return List.of();
        }
        Set<String> returnShas = Set.copyOf(returns.stream().map(Acknowledgement::sha256).toList());
        List<Long> ids = batch.taken().stream().map(t -> t.document().id()).toList();
        boolean listed = desk.of(batch.state()).stream()
                .anyMatch(d -> ids.contains(d.id()) && d.listedIn() != null && returnShas.contains(d.listedIn()))
                || batch.messageId() != null && desk.documents().resentInMessage(batch.messageId()).stream()
                .anyMatch(r -> r.listedIn() != null && returnShas.contains(r.listedIn()));
        Language language = languageFor(batch.state(), batch.sender());
        ReviewRecord review = desk.openReview(batch.state()).orElse(null);
        if (listed) {
            return batch.taken().stream().map(t -> acknowledgement(t, language, review, null)).toList();
        }
        SupportingReceipts.Receipt receipt = receipts.write(batch.state(), language, review, batch.taken());
        if (batch.sender() != null && batch.messageId() != null) {
            replies.post("documents", batch.messageId(), new OutgoingMessage(List.of(batch.sender()),
                    receipt.text().subject(), receipt.text().body(), List.of(), batch.messageId(), language.code()));
        }
        return batch.taken().stream().map(t -> acknowledgement(t, language, review, receipt)).toList();
    }

    /**
     * Takes a file dropped in a State's folder ({@code inbox/<ISO3>/}) when it is a supporting document; empty
     * when it is not one, or the folder is not a State's (the desk takes it then).
     */
    public Optional<Acknowledgement> takeDropped(Arrival arrival) {
        if (arrival.folderState() == null) {
            return Optional.empty();
        }
        return take(arrival, arrival.folderState());
    }

    /**
     * Takes one file as a supporting document of the State ({@code irm ingest --supporting}, a dropped file) and
     * answers it with a receipt in {@code outbox/<ISO3>/}; empty when it is not a supporting document or the State
     * is not in the States list (the desk answers it then).
     */
    public Optional<Acknowledgement> take(Arrival arrival, String state) {
        String iso3 = state.trim().toUpperCase(Locale.ROOT);
        if (states.find(iso3).isEmpty()) {
            return Optional.empty();
        }
        Optional<SupportingFormat> format = desk.recognise(arrival.file());
        if (format.isEmpty()) {
            return Optional.empty();
        }
        SupportingDesk.Taken taken = desk.take(arrival, iso3, format.get());
        Language language = languageFor(iso3, arrival.sender());
        ReviewRecord review = desk.openReview(iso3).orElse(null);
        SupportingReceipts.Receipt receipt = receipts.write(iso3, language, review, List.of(taken));
        return Optional.of(acknowledgement(taken, language, review, receipt));
    }

    /** The sender's language as a focal point of the State, else the State's open review's, else English. */
    private Language languageFor(String state, String sender) {
        if (sender != null) {
            Optional<Language> own = focalPoints.list(state).stream()
                    .filter(f -> f.email().equalsIgnoreCase(sender) && f.language() != null)
                    .map(FocalPoint::language).findFirst();
            if (own.isPresent()) {
                return own.get();
            }
        }
        return desk.openReview(state).map(ReviewRecord::reviewLanguage).orElse(Language.EN);
    }

    private static Acknowledgement acknowledgement(SupportingDesk.Taken taken, Language language, ReviewRecord review,
                                                   SupportingReceipts.Receipt receipt) {
        Document document = taken.document();
        String flags = (document.encrypted() ? ", encrypted (text not read)" : "")
                + (document.macros() ? ", holds macros (not opened)" : "")
                + (!document.encrypted() && !document.macros() && !document.textLayer() ? ", no text layer" : "");
        String message = taken.name() + (taken.alreadyReceived() ? " already received on "
                + document.receivedAt().toString().substring(0, 10)
                + (taken.name().equals(document.originalName()) ? "" : " as " + document.originalName()) : " registered")
                + " as a supporting document of " + document.state() + " (" + document.format() + flags + "), "
                + (document.reviewId() != null ? "review " + document.reviewId()
                : review != null ? "review " + review.id() : "no open review");
        // Listed in a return's receipt (receipt null), the documents have no answer of their own.
        return new Acknowledgement(taken.alreadyReceived() ? Disposition.DUPLICATE : Disposition.REGISTERED,
                document.sha256(), document.state(), language, null, message,
                receipt == null ? List.of() : List.of(receipt.file()),
                receipt == null ? new Reply(null, message, message, List.of())
                        : new Reply(null, receipt.text().subject(), receipt.text().body(), List.of()));
    }
}
