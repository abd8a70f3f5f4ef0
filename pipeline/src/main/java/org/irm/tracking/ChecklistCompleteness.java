package org.irm.tracking;

import java.util.List;
import java.util.Optional;
import org.irm.catalogue.Catalogue;
import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.CatalogueLoader;
import org.irm.config.ConfigurationException;
import org.irm.config.TemplateSource;
import org.irm.register.MasterChecklist;
import org.irm.register.MasterChecklists;
import org.irm.register.ReviewRecord;

/**
 * The one meaning of "the State's checklist is complete": every provision of the review's catalogue
 * has come back in the State's returns (its master checklist, every part and version merged), as
 * {@code irm status} counts it: none {@link ProvisionProgress#MISSING}. Open findings do not hold it;
 * they are the State's to fix while the reviewers read. The stage check {@code checklist-complete},
 * the review copies mailed to the reviewers and the reviewers' comments reminder all ask this class.
 * Read-only.
 */
public final class ChecklistCompleteness {

    private final MasterChecklists masters;
    private final CatalogueLoader catalogues;

    public ChecklistCompleteness(MasterChecklists masters, TemplateSource templates) {
        this.masters = masters;
        this.catalogues = new CatalogueLoader(templates);
    }

    /**
     * Where the review's checklist stands against its catalogue.
     *
     * @throws ConfigurationException when the review's catalogue cannot be read
     */
    public Completeness of(ReviewRecord review) {
        Optional<MasterChecklist> master = masters.forReview(review.id());
        if (master.isEmpty()) {
            return new Completeness(Optional.empty(), List.of());
        }
        Catalogue catalogue;
        try {
            catalogue = catalogues.review(review.instrument(), review.cycle());
        } catch (CatalogueException e) {
            throw new ConfigurationException("The catalogue of " + review.instrument() + " cycle " + review.cycle()
                    + " cannot be read: " + e.getMessage());
        }
        return of(master, catalogue);
    }

    /**
     * A master checklist already read against its catalogue: for a reader that holds both (the
     * console's overview), the same meaning without reading the register again.
     */
    public static Completeness of(Optional<MasterChecklist> master, Catalogue catalogue) {
        return new Completeness(master, master.map(m -> ProvisionProgress.of(m, catalogue)).orElse(List.of()));
    }

    /**
     * A review's checklist against its catalogue.
     *
     * @param master   the State's master checklist, empty when nothing came back yet
     * @param progress every provision of the catalogue as the master checklist has it (empty with no master)
     */
    public record Completeness(Optional<MasterChecklist> master, List<ProvisionProgress> progress) {

        public Completeness {
            progress = List.copyOf(progress);
        }

        /** The provisions no return has carried yet, in the catalogue's order. */
        public List<String> missing() {
            return progress.stream().filter(p -> ProvisionProgress.MISSING.equals(p.status()))
                    .map(ProvisionProgress::provision).toList();
        }

        /** The master checklist when every provision has come back; empty otherwise. */
        public Optional<MasterChecklist> complete() {
            return master.isPresent() && missing().isEmpty() ? master : Optional.empty();
        }
    }
}
