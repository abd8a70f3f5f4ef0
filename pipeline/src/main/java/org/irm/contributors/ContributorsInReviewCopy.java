package org.irm.contributors;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.catalogue.DocumentDates;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Language;
import org.irm.catalogue.Provision;
import org.irm.config.IrmConfig;
import org.irm.docx.Paragraphs;
import org.irm.register.ContributorInput;
import org.irm.register.Contributors;
import org.irm.register.Register;
import org.irm.review.ReviewCopySection;
import org.irm.review.ReviewCopyRequest;

/**
 * The review copy's contributors section: after the provisions, the input contributors gave on the
 * provisions the State agreed to share with reviewers (the latest return of each form; withdrawn
 * contributors left out), per provision in the catalogue's order, each attributed to its
 * organisation and kind. Plain paragraphs: reviewers read it, it is never taken back as theirs. No
 * section at all when nothing is shared. An expert's copy lists only the input on the provisions it holds (the
 * expert's articles and the general questions): the rest is a colleague's to read.
 */
public final class ContributorsInReviewCopy implements ReviewCopySection {

    private final Contributors contributors;
    private final Catalogue catalogue;
    private final I18nLabels catalogueLabels;
    private final ContributorLabels labels;

    public ContributorsInReviewCopy(Contributors contributors, Catalogue catalogue, I18nLabels catalogueLabels,
                                    ContributorLabels labels) {
        this.contributors = contributors;
        this.catalogue = catalogue;
        this.catalogueLabels = catalogueLabels;
        this.labels = labels;
    }

    /** The section over the configured catalogue and templates and this register. */
    public static ContributorsInReviewCopy from(IrmConfig config, Register register) throws CatalogueException {
        return new ContributorsInReviewCopy(new Contributors(register), CatalogueLoader.configured(config),
                I18nLabels.load(config.templates()), ContributorLabels.load(config.templates()));
    }

    @Override
    public void write(ReviewCopyRequest request, Paragraphs text) {
        Map<String, List<ContributorInput>> byProvision = new LinkedHashMap<>();
        for (ContributorInput input : contributors.current(request.state().iso3(), false)) {
            if (input.sharedWithReviewers() && input.reviewId().equals(request.reviewId())) {
                byProvision.computeIfAbsent(input.provisionId(), p -> new ArrayList<>()).add(input);
            }
        }
        List<Provision> order = new ArrayList<>();
        order.add(catalogue.general());
        catalogue.provisions().forEach(order::add);
        // An expert's copy: the input on the provisions it holds alone.
        order.removeIf(provision -> !byProvision.containsKey(provision.id())
                || !provision.equals(catalogue.general()) && !request.holds(provision));
        if (order.isEmpty()) {
            return;
        }
        Language language = request.language();
        text.paragraph("Heading1", labels.text(language, "review.heading"));
        text.paragraph("IrmHelp", labels.text(language, "review.intro"));
        for (Provision provision : order) {
            List<ContributorInput> inputs = byProvision.get(provision.id());
            text.paragraph("Heading3", catalogueLabels.provisionTitle(language, provision));
            for (ContributorInput input : inputs) {
                text.paragraph("IrmQuestion", labels.text(language, "review.by", input.contributor().organisation(),
                        labels.kind(language, input.contributor().kind()),
                        DocumentDates.format(LocalDate.ofInstant(input.receivedAt(), ZoneOffset.UTC), language)));
                for (String line : input.text().split("\n")) {
                    text.paragraph("IrmAnswer", line);
                }
            }
        }
    }
}
