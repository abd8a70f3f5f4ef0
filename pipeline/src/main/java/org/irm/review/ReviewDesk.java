package org.irm.review;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.FieldId;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.State;
import org.irm.checklist.ChecklistIssuer;
import org.irm.checklist.ChecklistManifest;
import org.irm.checklist.IdentitySeal;
import org.irm.config.TemplateSource;
import org.irm.docx.RefusedDocumentException;

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
    private final Reviewers reviewers;
    private final Clock clock;

    public ReviewDesk(Catalogue catalogue, I18nLabels labels, IdentitySeal seal, TemplateSource templates,
                      Reviewers reviewers, Clock clock) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.seal = seal;
        this.templates = templates;
        this.reviewers = reviewers;
        this.clock = clock;
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
        Files.createDirectories(folder);
        Path file = ChecklistIssuer.freeName(folder, "review-" + state.iso3() + "-" + catalogue.instrument()
                + catalogue.cycle() + "-" + reviewer.toLowerCase(java.util.Locale.ROOT));
        ReviewCopyRequest request = new ReviewCopyRequest(UUID.randomUUID(), reviewId, state, language, reviewer,
                answers, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            return new Copy(file, new ReviewCopyWriter(catalogue, labels, seal, templates, reviewers).write(request, out));
        }
    }

    /**
     * Merges returned review copies of one State into {@code merged-<ISO3>-...docx} in the folder.
     * Copies that are not review copies of that State with a valid seal are refused with the reason.
     */
    public Consolidated merge(State state, Language language, List<Path> copyFiles, Path folder) throws IOException {
        ReviewIntake reader = new ReviewIntake(catalogue, seal, null);
        List<ReturnedCopy> copies = new ArrayList<>();
        for (Path file : copyFiles) {
            try {
                ReturnedCopy copy = reader.read(file);
                if (!copy.identity().state().equals(state.iso3())) {
                    throw new IllegalArgumentException(file.getFileName() + " is a review copy for "
                            + copy.identity().state() + ", not for " + state.iso3() + ".");
                }
                copies.add(copy);
            } catch (RefusedDocumentException | ReviewIntake.NotAReviewCopy e) {
                throw new IllegalArgumentException(file.getFileName() + " cannot be merged: " + e.getMessage());
            }
        }
        Files.createDirectories(folder);
        Path file = ChecklistIssuer.freeName(folder, "merged-review-" + state.iso3() + "-" + catalogue.instrument()
                + catalogue.cycle());
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            ReviewMerger.Merged merged = new ReviewMerger(catalogue, labels, templates, reviewers)
                    .write(copies, state.name(), language, out);
            return new Consolidated(file, merged, List.copyOf(copyFiles));
        }
    }
}
