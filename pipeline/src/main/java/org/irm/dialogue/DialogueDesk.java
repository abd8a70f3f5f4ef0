package org.irm.dialogue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.catalogue.StateList;
import org.irm.config.ConfigurationException;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.TemplateSource;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter;
import org.irm.folders.OutputFolder;
import org.irm.identity.ChecklistIdentity;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentityParts;
import org.irm.identity.IdentitySeal;
import org.irm.mail.OutgoingMessage;
import org.irm.mail.SmtpSender;
import org.irm.register.DialogueQuestion;
import org.irm.register.DialogueRecords;
import org.irm.register.FocalPoint;
import org.irm.register.FocalPoints;
import org.irm.register.NoteKind;
import org.irm.register.Register;
import org.irm.register.ReviewRecord;
import org.irm.register.ReviewerNote;
import org.irm.register.Reviews;

/**
 * The written dialogue's front door for the command line, the review intake and tests (issue 18,
 * point 3): asks a question on a provision of a State's latest review (from a reviewing State or the
 * secretariat), lists the threads, and writes the State's sealed question list of every open question
 * into its outbox folder. Answers come back through the return desk ({@link QuestionListReturns}).
 * Bad input is an {@link IllegalArgumentException} with a sentence for the user; nothing is recorded then.
 */
public final class DialogueDesk {

    /** The longest question taken, in characters: a question is a paragraph or a few, not a document. */
    public static final int MAX_QUESTION = 10_000;

    private final DialogueRecords records;
    private final FocalPoints focalPoints;
    private final Reviews reviews;
    private final CatalogueLoader catalogues;
    private final I18nLabels i18n;
    private final DialogueLabels labels;
    private final StateList states;
    private final IdentitySeal seal;
    private final TemplateSource templates;
    private final Clock clock;

    public DialogueDesk(Register register, TemplateSource templates, IdentitySeal seal, Clock clock) {
        try {
            this.states = StateList.load(templates);
            this.i18n = I18nLabels.load(templates);
        } catch (CatalogueException e) {
            throw new ConfigurationException("The templates cannot be used: " + e.getMessage());
        }
        this.records = register.dialogue();
        this.focalPoints = new FocalPoints(register);
        this.reviews = register.reviews(clock);
        this.catalogues = new CatalogueLoader(templates);
        this.labels = DialogueLabels.load(templates);
        this.seal = seal;
        this.templates = templates;
        this.clock = clock;
    }

    /** The desk for the configured templates and sealing key. */
    public static DialogueDesk from(IrmConfig config, Register register, Clock clock) {
        return new DialogueDesk(register, config.templates(), new IdentitySeal(SecretKeys.sealingKey(config)), clock);
    }

    /**
     * A question to ask.
     *
     * @param from     a reviewing State of the review (ISO3), or {@code secretariat}; null: the secretariat
     * @param language the language the question is written in; null: the review's
     * @param author   who asks (a login, a name), or null
     */
    public record Ask(String state, String provision, String text, String from, Language language, String author) { }

    /** Records a question on a provision of the State's latest review; logs {@code dialogue.asked}. */
    public DialogueQuestion ask(Ask ask) {
        ReviewRecord review = latestReview(ask.state());
        Provision provision = provision(review, ask.provision());
        String from = asker(review, ask.from());
        String text = ask.text() == null ? "" : ask.text().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The question is empty: give its text with --text.");
        }
        if (text.length() > MAX_QUESTION) {
            throw new IllegalArgumentException("The question is " + text.length() + " characters long; at most "
                    + MAX_QUESTION + " are taken: split it, or send the material as a document.");
        }
        Language language = ask.language() != null ? ask.language() : review.reviewLanguage();
        return records.ask(new DialogueRecords.NewQuestion(review.id(), review.stateUnderReview(), provision.id(), from,
                blankToNull(ask.author()), language, text, DialogueQuestion.COMMAND, null, null,
                clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /**
     * Registers as questions the comments of a returned review copy whose text starts with a question marker
     * ({@code question.markers}, any of the six languages; "Q: Is the register public?"), each on the
     * provision it was made in, asked by the copy's reviewer; logs {@code dialogue.asked} for each. A copy
     * taken again registers none twice; a marked comment outside every provision is not a question to the State.
     *
     * @param copy  the review copy's sealed identity (its review, State, reviewer and language)
     * @param notes the notes the copy holds, as the review intake recorded them
     * @return the questions newly registered
     */
    public List<DialogueQuestion> fromReviewCopy(ChecklistIdentity copy, List<ReviewerNote> notes) {
        List<DialogueRecords.NewQuestion> marked = new ArrayList<>();
        for (ReviewerNote note : notes) {
            if (note.kind() != NoteKind.COMMENT || note.provisionId() == null || note.markId() == null) {
                continue;
            }
            labels.questionIn(note.text()).ifPresent(question -> marked.add(new DialogueRecords.NewQuestion(
                    copy.reviewId(), copy.state(), note.provisionId(), copy.reviewer(), blankToNull(note.author()),
                    copy.language(), question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question,
                    DialogueQuestion.REVIEW_COPY, note.fileSha256(), note.markId(), note.notedAt())));
        }
        return records.askFromCopy(marked);
    }

    /** Every question of the State's latest review with its answers, in the order asked. */
    public List<DialogueQuestion> questions(String state) {
        ReviewRecord review = latestReview(state);
        return records.ofState(review.stateUnderReview(), review.id());
    }

    /** Threads of a State's review, by provision in the order first asked: what the merged review and the console show. */
    public static Map<String, List<DialogueQuestion>> threads(List<DialogueQuestion> questions) {
        Map<String, List<DialogueQuestion>> threads = new LinkedHashMap<>();
        questions.forEach(q -> threads.computeIfAbsent(q.provisionId(), p -> new ArrayList<>()).add(q));
        return threads;
    }

    /** A question list written: where, its sealed identity and field map, and the questions it carries. */
    public record Written(Path file, ChecklistManifest manifest, List<DialogueQuestion> questions) {
        /** The list's id (its sealed identity's). */
        public String listId() {
            return manifest.identity().checklistId().toString();
        }
    }

    /**
     * Writes the State's sealed question list of every open question of its latest review (not yet
     * answered, sent before or not) into the folder (the State's outbox folder), and records it ({@code dialogue.sent}).
     *
     * @param language the list's language; null for the review's
     * @param actor    who sends it, for the log
     * @throws IllegalArgumentException when no question is open
     */
    public Written send(String state, Language language, Path folder, String actor) throws IOException {
        ReviewRecord review = latestReview(state);
        String iso3 = review.stateUnderReview();
        List<DialogueQuestion> all = records.ofState(iso3, review.id());
        List<DialogueQuestion> open = all.stream().filter(DialogueQuestion::open).toList();
        if (open.isEmpty()) {
            throw new IllegalArgumentException("No question to " + iso3 + " is open" + (all.isEmpty() ? "" : " (all "
                    + all.size() + " are answered)") + ": ask one first (irm dialogue ask --state " + iso3
                    + " --provision ... --text ...).");
        }
        Language listLanguage = language != null ? language : review.reviewLanguage();
        Catalogue catalogue = catalogue(review);
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ChecklistIdentity identity = seal.seal(new ChecklistIdentity(UUID.randomUUID(), review.id(), iso3,
                review.instrument(), review.cycle(), listLanguage, QuestionListReturns.LIST_FORMAT, null, issuedAt, null));
        List<QuestionListBody.ProvisionBlock> blocks = new ArrayList<>();
        threads(all).forEach((provisionId, thread) -> {
            List<DialogueQuestion> openHere = thread.stream().filter(DialogueQuestion::open).toList();
            if (!openHere.isEmpty()) {
                blocks.add(new QuestionListBody.ProvisionBlock(heading(catalogue, provisionId, listLanguage),
                        thread.stream().filter(q -> !q.open()).toList(), openHere));
            }
        });
        List<Map.Entry<String, String>> cover = List.of(
                Map.entry("list.cover.state", states.name(iso3, listLanguage) + " (" + iso3 + ")"),
                Map.entry("list.cover.review", review.id()),
                Map.entry("list.cover.date", org.irm.catalogue.DocumentDates.format(
                        issuedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate(), listLanguage)));
        QuestionListBody body = new QuestionListBody(labels, listLanguage, askers());
        String document = body.write(cover, blocks);
        ChecklistManifest manifest = new ChecklistManifest(identity, body.fieldMap());
        Path file = new OutputFolder(folder).write("questions-" + iso3 + "-" + review.instrument()
                + review.cycle() + "-" + listLanguage.code(), ".docx", out -> PackageWriter.withStyles("the question list",
                DocumentStyles.styles(templates, listLanguage)).body(document)
                .parts(pkg -> IdentityParts.identity(pkg, manifest)).save(out));
        List<DialogueQuestion> carried = blocks.stream().flatMap(b -> b.open().stream()).toList();
        records.recordList(identity.checklistId().toString(), review.id(), iso3, listLanguage, file.getFileName().toString(),
                carried.stream().map(DialogueQuestion::id).toList(), actor, issuedAt);
        return new Written(file, manifest, carried);
    }

    /**
     * The thread of every provision of the State's latest review, for the merged review; none when the
     * State has no review or no question.
     */
    public DialogueSection section(String state) {
        List<ReviewRecord> stateReviews = reviews.forStateUnderReview(state);
        if (stateReviews.isEmpty()) {
            return DialogueSection.none();
        }
        return DialogueSection.of(state, questions(state), labels, askers());
    }

    /**
     * E-mails a question list written by {@link #send} to the State's registered focal points and logs it
     * ({@code dialogue.mailed}); returns the addresses.
     *
     * @throws IllegalArgumentException when the State has no registered focal point (nothing was sent)
     */
    public List<String> mail(Written written, SmtpSender smtp, String actor) {
        ChecklistIdentity identity = written.manifest().identity();
        List<String> to = focalPoints.list(identity.state()).stream().map(FocalPoint::email).distinct().toList();
        if (to.isEmpty()) {
            throw new IllegalArgumentException("No focal point is registered for " + identity.state() + ": the question list"
                    + " is in " + written.file() + "; register the State's focal point (irm focal-points add), or send it"
                    + " by hand.");
        }
        Language language = identity.language();
        String stateName = states.name(identity.state(), language);
        OutgoingMessage message = new OutgoingMessage(to, labels.text(language, "mail.subject", stateName, identity.reviewId()),
                labels.text(language, "mail.body", Integer.toString(written.questions().size()), stateName,
                        identity.reviewId()), List.of(written.file()), null, language.code());
        smtp.send(message.toMime(smtp.session(), smtp.from()));
        records.recordMailed(written.listId(), to, actor, clock.instant());
        return to;
    }

    /** How askers are named ("France (FRA)", "Secretariat") in the lists, the receipts and the merged review. */
    Askers askers() {
        return new Askers(states.names(), labels);
    }

    DialogueLabels labels() {
        return labels;
    }

    /** A provision's reference and title as the list and the merged review show it. */
    String heading(Catalogue catalogue, String provisionId, Language language) {
        return catalogue.provision(provisionId)
                .map(p -> i18n.provisionTitle(language, p) + " (" + provisionId + "): " + articleTitle(p, language))
                .orElse(provisionId);
    }

    private String articleTitle(Provision provision, Language language) {
        try {
            return i18n.text(language, "article." + provision.article() + ".title");
        } catch (RuntimeException missing) {
            return "";
        }
    }

    /** The latest review of a State under review (the one the dialogue is about). */
    ReviewRecord latestReview(String state) {
        String iso3 = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        if (states.find(iso3).isEmpty()) {
            throw new IllegalArgumentException("'" + state + "' is not a State of the States list: give its ISO 3166 alpha-3"
                    + " code, such as KEN.");
        }
        return reviews.forStateUnderReview(iso3).stream().max(Comparator.comparing(ReviewRecord::createdAt)
                        .thenComparing(ReviewRecord::id))
                .orElseThrow(() -> new IllegalArgumentException(iso3 + " has no review in the register: draw it first"
                        + " (irm lots draw) or create it, then ask."));
    }

    Catalogue catalogue(ReviewRecord review) {
        try {
            return catalogues.load(review.instrument(), review.cycle());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The catalogue of " + review.id() + " cannot be used: " + e.getMessage());
        }
    }

    /** The provision named on the command line, "uncac.9.1.a" or "9.1.a", in the review's catalogue. */
    private Provision provision(ReviewRecord review, String written) {
        String text = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Name the provision the question is about with --provision, such as 9.1.a.");
        }
        Catalogue catalogue = catalogue(review);
        String id = text.startsWith(review.instrument() + ".") ? text : review.instrument() + "." + text;
        Optional<Provision> provision = catalogue.provision(id);
        return provision.orElseThrow(() -> new IllegalArgumentException("'" + written + "' is no provision of the "
                + review.instrument() + " catalogue of cycle " + review.cycle() + " (ids such as " + review.instrument()
                + ".9.1.a; irm checklist lists them)."));
    }

    private static String asker(ReviewRecord review, String from) {
        if (from == null || from.isBlank() || from.strip().equalsIgnoreCase(ChecklistIdentity.SECRETARIAT)) {
            return ChecklistIdentity.SECRETARIAT;
        }
        String iso3 = from.strip().toUpperCase(Locale.ROOT);
        if (!review.reviewingStates().contains(iso3)) {
            throw new IllegalArgumentException(iso3 + " is not a reviewing State of " + review.id() + " (its reviewers: "
                    + (review.reviewingStates().isEmpty() ? "none drawn yet" : String.join(", ", review.reviewingStates()))
                    + "): only they and the secretariat ask the State questions.");
        }
        return iso3;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
