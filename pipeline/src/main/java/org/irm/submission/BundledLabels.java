package org.irm.submission;

import org.irm.catalogue.CatalogueException;
import org.irm.catalogue.I18nLabels;
import org.irm.catalogue.Labels;
import org.irm.config.TemplateSource;

/**
 * The labels bundled in the jar, loaded once, for wording what reading a checklist found when the
 * inspector was given no catalogues (pre-filling from an earlier checklist reads answers only).
 */
final class BundledLabels {

    private static Labels labels;

    private BundledLabels() {
    }

    static synchronized Labels get() {
        if (labels == null) {
            try {
                labels = I18nLabels.load(TemplateSource.bundled());
            } catch (CatalogueException e) {
                throw new IllegalStateException("The labels bundled in the jar cannot be read: " + e.getMessage(), e);
            }
        }
        return labels;
    }
}
