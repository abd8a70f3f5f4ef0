package org.irm.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.catalogue.StateList;
import org.irm.config.IrmConfig;
import org.irm.config.SecretKeys;
import org.irm.config.TemplateSource;
import org.irm.dialogue.DialogueSection;
import org.irm.docx.PackageLimits;
import org.irm.docx.RefusedDocumentException;
import org.irm.folders.OutputFolder;
import org.irm.identity.ChecklistManifest;
import org.irm.identity.IdentitySeal;
import org.irm.register.ReviewCopyRecord;
import org.irm.register.ReviewNotes;

/**
 * The review stage's front door for the CLI, the demo and the intake: writes review copies into a
 * State's outbox folder, and merges returned copies into the consolidated review there. Files are
 * never overwritten (name, name-2, ...).
 */
public final class ReviewDesk {

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final IdentitySeal seal;
    private final TemplateSource templates;
    private final StateList states;
    private final Clock clock;
    private final List<ReviewCopySection> sections;
    /** Each State's written dialogue for its merged review (issue 18); none unless given. */
    private Function<String, DialogueSection> dialogue = iso3 -> DialogueSection.none();

    public ReviewDesk(Catalogue catalogue, I18nLabels labels, IdentitySeal seal, TemplateSource templates,
                      StateList states, Clock clock) {
        this(catalogue, labels, seal, templates, states, clock, List.of());
    }

    private ReviewDesk(Catalogue catalogue, I18nLabels labels, IdentitySeal seal, TemplateSource templates,
                       StateList states, Clock clock, List<ReviewCopySection> sections) {
        this.sections = List.copyOf(sections);
        this.catalogue = catalogue;
        this.labels = labels;
        this.seal = seal;
        this.templates = templates;
        this.states = states;
        this.clock = clock;
    }

    /** The desk for the configured catalogue, templates and sealing key. */
    public static ReviewDesk from(IrmConfig config, Clock clock) throws CatalogueException {
        Catalogue catalogue = CatalogueLoader.configured(config);
        return new ReviewDesk(catalogue, I18nLabels.load(config.templates()), new IdentitySeal(SecretKeys.sealingKey(config)),
                config.templates(), StateList.load(config.templates()), clock);
    }

    /** The desk with each State's written dialogue written into its merged review, under each provision. */
    public ReviewDesk withDialogue(Function<String, DialogueSection> threads) {
        this.dialogue = threads;
        return this;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** This desk writing these sections at the end of its review copies (contributors' input, supporting documents...), after any it had. */
    public ReviewDesk withSections(List<ReviewCopySection> more) {
        List<ReviewCopySection> all = new ArrayList<>(sections);
        all.addAll(more);
        ReviewDesk desk = new ReviewDesk(catalogue, labels, seal, templates, states, clock, all);
        desk.dialogue = dialogue;
        return desk;
    }

    public IdentitySeal seal() {
        return seal;
    }

    /** How reviewers are named in a language ("Secretariat", "Kenya (KEN) — J. Doe"). */
    public Reviewers reviewers(Language language) {
        return new Reviewers(states, language, labels.text(language, "review.cover.secretariat"),
                labels.text(language, "review.editedAs"));
    }

    /** The secretariat's priority rule ({@code templates/review/priority.properties}). */
    public PriorityRule priorityRule() {
        return PriorityRule.load(templates);
    }

    /**
     * Each provision's priority level: the secretariat's own where it set one, else the rule's from
     * the register's facts of the last cycle.
     */
    public Map<String, String> levels(PriorityFacts facts, Map<String, String> setBySecretariat) {
        return ReviewOrder.levels(catalogue, priorityRule(), facts, setBySecretariat);
    }

    /** The provisions in the order review copies and the consolidated review give them, under these levels. */
    public ReviewOrder order(Map<String, String> levels) {
        return new ReviewOrder(catalogue, priorityRule(), levels);
    }

    /** A review copy written, and what it says about itself. */
    public record Copy(Path file, ChecklistManifest manifest) { }

    /** A consolidated review written. */
    public record Consolidated(Path file, ReviewMerger.Merged merged, List<Path> copies) { }

    /**
     * Writes a review copy of the State's answers for a reviewer (ISO3 or "secretariat") into the folder.
     *
     * @param answers the State's current answers by field (the register's master answers, or a filled checklist's)
     */
    public Copy reviewCopy(State state, String reviewId, Language language, String reviewer,
                           Map<FieldId, String> answers, Path folder) throws IOException {
        return reviewCopy(state, reviewId, language, reviewer, null, Map.of(), answers, folder);
    }

    /**
     * Writes a review copy as above, its provisions ordered by priority, and for one expert of the
     * reviewing State holding only the expert's articles (its seal naming the expert and them).
     *
     * @param expert the expert's share, or null for the reviewer's whole copy
     * @param levels each provision's priority level ({@link #levels}); empty: the Convention's order
     */
    public Copy reviewCopy(State state, String reviewId, Language language, String reviewer, ExpertShare expert,
                           Map<String, String> levels, Map<FieldId, String> answers, Path folder) throws IOException {
        for (ArticleRef article : expert == null ? List.<ArticleRef>of() : expert.articles()) {
            if (catalogue.articles(article).isEmpty()) {
                throw new IllegalArgumentException("Article " + article + " is not part of the " + catalogue.instrument()
                        + " checklist of cycle " + catalogue.cycle() + " (its articles: " + String.join(", ",
                        catalogue.articles().map(a -> Integer.toString(a.number())).toList()) + ").");
            }
        }
        ReviewCopyRequest request = new ReviewCopyRequest(UUID.randomUUID(), reviewId, state, language, reviewer,
                answers, clock.instant().truncatedTo(ChronoUnit.SECONDS), expert, levels);
        ReviewCopyWriter writer = new ReviewCopyWriter(catalogue.answeredBy(state), labels, seal, templates,
                reviewers(language), sections);
        String name = "review-" + state.iso3() + "-" + catalogue.instrument() + catalogue.cycle() + "-"
                + reviewer.toLowerCase(Locale.ROOT) + (expert == null ? "" : "-" + fileSafe(expert.email()));
        OutputFolder.Written<ChecklistManifest> written = new OutputFolder(folder).produce(name, ".docx",
                out -> writer.write(request, out));
        return new Copy(written.file(), written.value());
    }

    /** An address as a file-name part: "marie.curie@fr.example" becomes "marie-curie-fr-example". */
    private static String fileSafe(String email) {
        return email.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /**
     * Merges each reviewer's latest copy of the State's reviews that the register holds, read from the
     * archive ({@code <archive>/<sha256>}), into the folder.
     */
    public Consolidated mergeRegistered(State state, ReviewNotes register, Path archive, Path folder) throws IOException {
        return mergeRegistered(state, register, archive, folder, MergeContext.NONE);
    }

    /** Merges as above, experts named, checked and provisions ordered as the context gives. */
    public Consolidated mergeRegistered(State state, ReviewNotes register, Path archive, Path folder,
                                        MergeContext context) throws IOException {
        List<Path> files = new ArrayList<>();
        for (ReviewCopyRecord copy : register.latestCopiesOfState(state.iso3())) {
            Path file = archive.resolve(copy.sha256());
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("The archived original of " + copy.originalName() + " (" + copy.sha256()
                        + ") is missing from " + archive + ": restore it, or name the review copies to merge.");
            }
            files.add(file);
        }
        return merge(state, files, folder, context);
    }

    /**
     * Merges returned review copies of one State into {@code merged-<ISO3>-...docx} in the folder.
     * Copies that are not review copies of that State with a valid seal are refused with the reason.
     */
    public Consolidated merge(State state, List<Path> copyFiles, Path folder) throws IOException {
        return merge(state, copyFiles, folder, MergeContext.NONE);
    }

    /** Merges as above, experts named, checked and provisions ordered as the context gives. */
    public Consolidated merge(State state, List<Path> copyFiles, Path folder, MergeContext context) throws IOException {
        if (copyFiles.isEmpty()) {
            throw new IllegalArgumentException("No review copy of " + state.name() + " to merge yet.");
        }
        ReviewCopyReader reader = new ReviewCopyReader(catalogue, seal, PackageLimits.DEFAULTS);
        List<ReturnedCopy> copies = new ArrayList<>();
        for (Path file : copyFiles) {
            try {
                ReturnedCopy copy = reader.read(file);
                if (!copy.identity().state().equals(state.iso3())) {
                    throw new IllegalArgumentException(file.getFileName() + " is a review copy for "
                            + copy.identity().state() + ", not for " + state.iso3() + ".");
                }
                copies.add(copy);
            } catch (RefusedDocumentException | ReviewCopyReader.NotAReviewCopy e) {
                throw new IllegalArgumentException(file.getFileName() + " cannot be merged: " + e.getMessage());
            }
        }
        Language language = copies.get(0).identity().language();
        ReviewMerger merger = new ReviewMerger(catalogue.answeredBy(state), labels, templates, reviewers(language));
        OutputFolder.Written<ReviewMerger.Merged> written = new OutputFolder(folder).produce("merged-review-"
                + state.iso3() + "-" + catalogue.instrument() + catalogue.cycle(), ".docx",
                out -> merger.write(copies, states.name(state.iso3(), language), language, context,
                        dialogue.apply(state.iso3()), out));
        return new Consolidated(written.file(), written.value(), List.copyOf(copyFiles));
    }
}
