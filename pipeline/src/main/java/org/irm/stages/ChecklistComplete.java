package org.irm.stages;

import java.util.List;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.ReviewRecord;
import org.irm.tracking.ProvisionProgress;

/**
 * {@code checklist-complete}: every provision of the review's catalogue has come back in the
 * State's returns (its master checklist, every part and version merged), as {@code irm status}
 * counts it: none {@code missing}. Open findings do not hold the review back; they are the State's
 * to fix while the reviewers read.
 */
public final class ChecklistComplete implements StageCheck {

    /** The name in the stage list. */
    public static final String NAME = "checklist-complete";
    private static final int LISTED = 8;

    private final MasterChecklists masters;
    private final CatalogueLoader catalogues;

    public ChecklistComplete(MasterChecklists masters, TemplateSource templates) {
        this.masters = masters;
        this.catalogues = new CatalogueLoader(templates);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> unmet(ReviewRecord review) {
        MasterChecklist master = masters.forReview(review.id()).orElse(null);
        if (master == null) {
            return List.of("No checklist of " + review.stateUnderReview() + " has come back for review " + review.id()
                    + " yet: issue it (irm checklist --state " + review.stateUnderReview() + ") and take the return in"
                    + " (irm ingest, or the inbox).");
        }
        Catalogue catalogue;
        try {
            catalogue = catalogues.load(review.instrument(), review.cycle());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The catalogue of " + review.instrument() + " cycle " + review.cycle()
                    + " cannot be read: " + e.getMessage());
        }
        List<ProvisionProgress> progress = ProvisionProgress.of(master, catalogue);
        List<String> missing = progress.stream().filter(p -> ProvisionProgress.MISSING.equals(p.status()))
                .map(ProvisionProgress::provision).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        String listed = String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                + (missing.size() > LISTED ? " and " + (missing.size() - LISTED) + " more" : "");
        return List.of(review.stateUnderReview() + "'s checklist is not complete: " + missing.size() + " of "
                + progress.size() + " provisions have not come back (" + listed + "); irm status --state "
                + review.stateUnderReview() + " shows them.");
    }
}
