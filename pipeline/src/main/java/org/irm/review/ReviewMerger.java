package org.irm.review;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.irm.catalogue.ArticleRef;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.config.TemplateSource;
import org.irm.dialogue.DialogueSection;
import org.irm.docx.CommentParts;
import org.irm.docx.DocumentStyles;
import org.irm.docx.PackageWriter;
import org.irm.docx.PageFooter;
import org.irm.identity.IdentityParts;

/**
 * Merges any number of returned review copies of one State's answers into one consolidated Word
 * document: the answers once; every reviewer's comments where they made them, replies in their
 * threads; every tracked change where it was made, its author naming the reviewing State
 * ("Kenya (KEN) — J. Doe"), so Word and LibreOffice accept and reject each as usual. Where two
 * reviewers' changes cannot both apply, the first copy's change stays a tracked change and the
 * other's becomes a comment on the same place, marked as a conflict; insertions at the same point
 * are all kept, in copy order, and an identical change is written once with a comment naming the
 * other reviewer who made it. Under each provision a table puts the reviewers' observations, good
 * practices and recommendations side by side.
 *
 * <p>Three steps: {@link MergePlan} decides what goes where (the rules are there),
 * {@link MergedReviewWriter} writes the body as planned, {@link PackageWriter} assembles the package.
 */
public final class ReviewMerger {

    private final Catalogue catalogue;
    private final I18nLabels labels;
    private final TemplateSource templates;
    private final Reviewers reviewers;

    public ReviewMerger(Catalogue catalogue, I18nLabels labels, TemplateSource templates, Reviewers reviewers) {
        this.catalogue = catalogue;
        this.labels = labels;
        this.templates = templates;
        this.reviewers = reviewers;
    }

    /**
     * What the merge wrote.
     *
     * @param changes   tracked changes written (each w:ins, w:del, w:moveFrom, w:moveTo, w:rPrChange, paragraph mark)
     * @param comments  comments written, replies and conflict comments included
     * @param conflicts changes turned into conflict comments
     */
    public record Merged(int changes, int comments, int conflicts) { }

    /** Writes the consolidated document of these copies (of one State's review) to the stream, not closed. */
    Merged write(List<ReturnedCopy> copies, String stateName, Language language, OutputStream out) throws IOException {
        return write(copies, stateName, language, MergeContext.NONE, DialogueSection.none(), out);
    }

    /** As {@link #write(List, String, Language, OutputStream)}, with each provision's written dialogue under its notes. */
    Merged write(List<ReturnedCopy> copies, String stateName, Language language, DialogueSection dialogue,
                 OutputStream out) throws IOException {
        return write(copies, stateName, language, MergeContext.NONE, dialogue, out);
    }

    /**
     * Writes the consolidated document, experts named and their copies checked against their articles
     * as the context gives them, provisions ordered by its priority levels, each provision's written
     * dialogue under its notes.
     */
    Merged write(List<ReturnedCopy> copies, String stateName, Language language, MergeContext context,
                 DialogueSection dialogue, OutputStream out) throws IOException {
        UnassignedArticles unassigned = new UnassignedArticles(catalogue);
        List<MergePlan.Flag> flags = new ArrayList<>();
        for (int c = 0; c < copies.size(); c++) {
            ReturnedCopy copy = copies.get(c);
            if (copy.identity().isExpertCopy()) {
                List<ArticleRef> assigned = UnassignedArticles.assigned(copy, context.assignments().of(
                        copy.identity().reviewId(), copy.identity().reviewer(), copy.identity().expert()));
                List<ArticleRef> carried = unassigned.of(copy, assigned);
                if (!carried.isEmpty()) {
                    flags.add(new MergePlan.Flag(c, carried, assigned));
                }
            }
        }
        MergePlan plan = MergePlan.of(copies, catalogue, language, labels, reviewers, Instant.now(), context.expertNames(),
                flags);
        MergedReviewWriter writer = new MergedReviewWriter(catalogue, labels, language, plan,
                new ReviewOrder(catalogue, PriorityRule.load(templates), context.levels())).withDialogue(dialogue);
        PackageWriter pkg = PackageWriter.withStyles("the consolidated review", DocumentStyles.styles(templates, language));
        // Pages numbered as the checklist's are ("Page 3 of 12"), in the review's language.
        String footer = pkg.footer(PageFooter.xml(labels.text(language, "checklist.footer.page", PageFooter.PAGE,
                PageFooter.PAGES), language.rightToLeft()));
        pkg.body(writer.document(stateName, footer));
        // Which bookmark is which answer: irm inspect names the field of each comment and change by it.
        pkg.parts(p -> IdentityParts.fieldMap(p, writer.marked()));
        if (!writer.comments().isEmpty()) {
            pkg.comments(CommentParts.comments(writer.comments()), CommentParts.threads(writer.comments()));
        }
        pkg.application(IdentityParts.APPLICATION);
        pkg.save(out);
        return new Merged(writer.changes(), writer.comments().size(), plan.conflicts());
    }
}
