package org.irm.contributors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.Language;
import org.irm.config.IrmConfig;
import org.irm.docx.DocxReading;
import org.irm.docx.Refusal;
import org.irm.docx.RefusalReason;
import org.irm.folders.OutputFolder;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.IdentityCheck;
import org.irm.identity.IdentityVerifier;
import org.irm.register.Answer;
import org.irm.register.Contributor;
import org.irm.register.ContributorForm;
import org.irm.register.Contributors;
import org.irm.register.IntakeFacts;
import org.irm.register.IntakeRegister;
import org.irm.register.NewSubmission;
import org.irm.register.Outcome;
import org.irm.register.Recording;
import org.irm.register.Register;
import org.irm.register.SubmissionRecord;
import org.irm.submission.Acknowledgement;
import org.irm.submission.AnswerExtractor;
import org.irm.submission.Arrival;
import org.irm.submission.ChecklistReturn;
import org.irm.submission.Disposition;
import org.irm.submission.FolderCheck;
import org.irm.submission.Received;
import org.irm.submission.Reply;
import org.irm.submission.ReplyPost;
import org.irm.submission.ReturnHandler;
import org.irm.submission.ReturnRefused;
import org.irm.submission.DeskGround;
import org.irm.submission.SealCheck;

/**
 * The return desk's handler for contributors' forms. It recognises a form by the format its sealed
 * identity names ({@link ContributorFields#FORM_FORMAT}), checks it (the seal; a form this register
 * issued to a contributor whose invitation stands, else {@code CONTRIBUTOR_WITHDRAWN}; by e-mail, from
 * that contributor's registered address, else {@code NOT_THE_CONTRIBUTOR}; dropped in a per-State
 * folder, that State's), reads the input of each provision the form was issued with (content
 * controls by tag, bookmark or field map, as a checklist's answers are read), and registers it apart
 * from the State's answers in one transaction ({@link Contributors#takeReturn}: the commit point): a
 * new version of the form, the earlier ones kept. It then answers the contributor in the form's
 * language: a receipt in {@code outbox/<ISO3>/contributors/} and, for a form that came by e-mail, the
 * reply, posted before the return counts as answered. A refusal is thrown before anything is recorded,
 * for the desk to register and answer with its code and sentence.
 */
public final class ContributorReturns implements ReturnHandler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final IdentityVerifier verifier;
    private final Contributors contributors;
    private final ContributorLabels labels;
    private final Function<String, String> stateNames;
    private final Path outbox;
    private final IntakeRegister intake;
    private final ReplyPost replies;
    private final Clock clock;
    private final AnswerExtractor extractor = new AnswerExtractor();

    /**
     * @param stateNames a State's name by ISO3, for refusals
     * @param outbox     the outbox root; receipts go into {@code <outbox>/<ISO3>/contributors/}
     * @param replies    where the reply to an e-mailed form is posted before it counts as answered
     */
    public ContributorReturns(IdentityVerifier verifier, Contributors contributors, ContributorLabels labels,
                              Function<String, String> stateNames, Path outbox, IntakeRegister intake, ReplyPost replies,
                              Clock clock) {
        this.verifier = verifier;
        this.contributors = contributors;
        this.labels = labels;
        this.stateNames = stateNames;
        this.outbox = outbox;
        this.intake = intake;
        this.replies = replies;
        this.clock = clock;
    }

    /** The handler for the configured register, key, templates and watch folders (as the desk is built). */
    public static ContributorReturns from(IrmConfig config, Register register, Clock clock) {
        DeskGround desk = DeskGround.from(config, register);
        return new ContributorReturns(desk.verifier(), new Contributors(register),
                ContributorLabels.load(config.templates()), desk.stateNames(), desk.outbox(), desk.intake(),
                desk.replies(), clock);
    }

    /** A contributor's form, sealed or not: recognised by its format, so a forged one is refused here with its reason. */
    @Override
    public boolean recognises(DocxReading reading) {
        return verifier.check(reading).identity().map(id -> ContributorFields.FORM_FORMAT.equals(id.catalogueVersion()))
                .orElse(false);
    }

    @Override
    public Acknowledgement take(Received received, DocxReading reading) {
        Assessed assessed = assess(received, reading);
        Arrival arrival = received.arrival();
        ChecklistIdentity form = assessed.identity();
        Recording recording = contributors.takeReturn(new NewSubmission(received.sha256(), form.checklistId(),
                        arrival.source(), arrival.sender(), arrival.originalName(), arrival.receivedAt(), Outcome.ACCEPTED,
                        null, List.of()),
                new IntakeFacts(form.state(), form.reviewId(), part(assessed.contributor()), form.language(), null,
                        arrival.folderState(), arrival.messageId()),
                assessed.inputs());
        // Registered by another instance meanwhile: answering again writes and posts nothing twice.
        return answer(received, assessed, recording.submission());
    }

    /** Answers a return registered before a crash came between its registration and its answer; records nothing. */
    @Override
    public Acknowledgement finish(Received received, DocxReading reading, SubmissionRecord registered) {
        Assessed assessed;
        try {
            assessed = assess(received, reading);
        } catch (ReturnRefused refused) {
            throw new IllegalStateException("Contributor's return " + registered.id() + " was registered as accepted, but"
                    + " its archived copy is now refused: " + refused.refusal().message());
        }
        return answer(received, assessed, registered);
    }

    /** A form checked and read: its identity, its contributor and registered form, and the input per provision. */
    private record Assessed(ChecklistIdentity identity, Contributor contributor, ContributorForm form,
                            Map<String, String> inputs) { }

    private Assessed assess(Received received, DocxReading reading) {
        IdentityCheck identity = verifier.check(reading);
        ChecklistIdentity claimed = identity.identity().orElseThrow();
        ChecklistReturn candidate = new ChecklistReturn(received, reading, identity);
        Optional<Refusal> badSeal = new SealCheck().check(candidate);
        if (badSeal.isPresent()) {
            throw new ReturnRefused(badSeal.get(), claimed);
        }
        String state = stateNames.apply(claimed.state());
        ContributorForm form = contributors.form(claimed.checklistId().toString()).orElseThrow(() -> new ReturnRefused(
                new Refusal(RefusalReason.CONTRIBUTOR_WITHDRAWN, "This contributor's form for " + state + " was not issued"
                        + " by this secretariat's register, or no longer is: it cannot be taken. Ask the State's focal point"
                        + " for a new invitation."), claimed));
        Contributor contributor = contributors.contributor(form.contributorId()).orElseThrow();
        if (!contributor.active() || !contributor.state().equals(claimed.state())) {
            throw new ReturnRefused(new Refusal(RefusalReason.CONTRIBUTOR_WITHDRAWN, state + " withdrew its invitation of "
                    + contributor.organisation() + " to contribute to its self-assessment: this form can no longer be taken."
                    + " If you think this is a mistake, write to the State's focal point."), claimed);
        }
        String sender = received.arrival().sender();
        if (sender != null && !sender.strip().equalsIgnoreCase(contributor.email())) {
            throw new ReturnRefused(new Refusal(RefusalReason.NOT_THE_CONTRIBUTOR, "This contributor's form was sent from "
                    + sender + ", which is not the address " + state + " invited (the form is " + contributor.organisation()
                    + "'s). Send it again from the address the invitation was sent to, or place it in the State's shared"
                    + " folder."), claimed);
        }
        Optional<Refusal> foreignFolder = new FolderCheck(stateNames).check(candidate);
        if (foreignFolder.isPresent()) {
            throw new ReturnRefused(foreignFolder.get(), claimed);
        }
        Map<FieldId, String> read = new LinkedHashMap<>();
        for (Answer answer : extractor.extract(reading, identity.manifest()).answers()) {
            read.put(answer.fieldId(), answer.value());
        }
        // Only the provisions the form was issued with, as registered: the field map is not sealed.
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String provision : form.provisions()) {
            inputs.put(provision, read.getOrDefault(ContributorFields.input(provision), "").strip());
        }
        return new Assessed(claimed, contributor, form, inputs);
    }

    /**
     * Writes the receipt, posts the reply, then marks the return answered. A receipt written before is
     * reused, so answering again after a crash writes nothing twice; the reply is posted once per arrival.
     */
    private Acknowledgement answer(Received received, Assessed assessed, SubmissionRecord registered) {
        int version = registered.version() == null ? 0 : registered.version();
        ChecklistIdentity form = assessed.identity();
        Language language = form.language();
        Arrival arrival = received.arrival();
        Contributor contributor = assessed.contributor();
        long given = assessed.inputs().values().stream().filter(text -> !text.isBlank()).count();
        Path folder = outbox.resolve(form.state()).resolve("contributors");
        String subject = labels.text(language, "receipt.subject", contributor.organisation(), Integer.toString(version));
        String body = labels.text(language, "receipt.body", arrival.originalName(), WHEN.format(registered.receivedAt()),
                Integer.toString(version), Long.toString(given), contributor.organisation() + " ("
                        + labels.kind(language, contributor.kind()) + ")")
                + (given == 0 ? "\n\n" + labels.text(language, "receipt.none") : "") + "\n";
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Path receipt = folder.resolve(OutputFolder.safeBase(arrival.originalName()) + "-" + received.sha256().substring(0, 8)
                    + "-receipt.txt");
            if (!Files.exists(receipt)) {
                Files.write(receipt, (subject + "\n\n" + body).getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW);
            }
            written.add(receipt);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the receipt into " + folder + ": " + e.getMessage(), e);
        }
        String message = String.format(Locale.ROOT, "%s registered: contributor's input for %s from %s (%s), version %d,"
                + " %d of %d provisions", arrival.originalName(), form.state(), contributor.organisation(), contributor.kind(),
                version, given, assessed.inputs().size());
        // The receipt goes to the contributor: to the sender of an e-mailed form (its registered address).
        Acknowledgement acknowledgement = new Acknowledgement(Disposition.REGISTERED, received.sha256(), form.state(),
                language, null, message, written, new Reply(arrival.sender(), subject, body, List.of()));
        replies.post(arrival, acknowledgement);
        intake.markAnswered(registered.id(), received.sha256(), clock.instant(), written.stream().map(Path::toString).toList());
        return acknowledgement;
    }

    /** The part a contributor's return is registered under (intake's facts): never a part of the State's checklist. */
    private static String part(Contributor contributor) {
        String part = "contributor:" + contributor.organisation();
        return part.length() > 300 ? part.substring(0, 300) : part;
    }
}
